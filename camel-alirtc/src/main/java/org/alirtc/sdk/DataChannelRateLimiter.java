package org.alirtc.sdk;

import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * ARTC's data channel limits, kept on the client so that a message over a limit is refused whole instead of being
 * dropped somewhere in the cloud: at most {@value #MAX_MESSAGES} messages and {@value #MAX_BYTES} bytes in any
 * one-second window.
 */
final class DataChannelRateLimiter {

    static final int MAX_MESSAGES = 60;
    static final int MAX_BYTES = 30 * 1024;
    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final LongSupplier nanoClock;
    private final ArrayDeque<long[]> window = new ArrayDeque<>();
    private long bytesInWindow;

    DataChannelRateLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * Records a message of {@code bytes} bytes if it fits in the current window.
     *
     * @throws RtcLimitException naming the limit it would exceed
     */
    synchronized void acquire(int bytes) {
        long now = nanoClock.getAsLong();
        while (!window.isEmpty() && now - window.peekFirst()[0] >= WINDOW_NANOS) {
            bytesInWindow -= window.pollFirst()[1];
        }
        if (window.size() >= MAX_MESSAGES) {
            throw new RtcLimitException("Data channel limit reached: " + MAX_MESSAGES
                    + " messages per second were already sent in the last second; send fewer, larger messages or wait");
        }
        if (bytesInWindow + bytes > MAX_BYTES) {
            throw new RtcLimitException("Data channel limit reached: this " + bytes + "-byte message would exceed "
                    + MAX_BYTES + " bytes (30 KB) per second (" + bytesInWindow
                    + " bytes sent in the last second); wait or send less");
        }
        window.addLast(new long[] {now, bytes});
        bytesInWindow += bytes;
    }
}
