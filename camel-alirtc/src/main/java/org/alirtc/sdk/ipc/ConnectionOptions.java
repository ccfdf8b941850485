package org.alirtc.sdk.ipc;

import java.time.Duration;

/**
 * Limits of one core-service connection.
 *
 * @param maxChunkBytes largest chunk the reader accepts; larger ones are skipped without being allocated
 * @param writeTimeout  longest a single write may stay blocked because the peer stopped reading; past it the
 *                      connection is closed, which also fails every waiting writer
 */
public record ConnectionOptions(int maxChunkBytes, Duration writeTimeout) {

    public ConnectionOptions {
        if (maxChunkBytes < 1024) {
            throw new IllegalArgumentException("maxChunkBytes must be at least 1024, was " + maxChunkBytes);
        }
        if (writeTimeout == null || writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("writeTimeout must be a positive duration, was " + writeTimeout);
        }
    }

    public static ConnectionOptions defaults() {
        return new ConnectionOptions(MessageReader.DEFAULT_MAX_CHUNK_BYTES, Duration.ofSeconds(10));
    }

    public ConnectionOptions withMaxChunkBytes(int bytes) {
        return new ConnectionOptions(bytes, writeTimeout);
    }

    public ConnectionOptions withWriteTimeout(Duration timeout) {
        return new ConnectionOptions(maxChunkBytes, timeout);
    }
}
