package org.alirtc.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What every receiver counts per delivered frame: the frame, its payload bytes, and the latency from the send time
 * stamped into the payload to now. Written by the one reader thread only.
 */
final class FrameCounter {

    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final LatencyHistogram latency = new LatencyHistogram();
    private volatile Thread readerThread;

    /** Counts a frame whose send time sits at {@code stampOffset} of {@code buffer}. */
    void delivered(byte[] buffer, int stampOffset, int payloadBytes) {
        latency.record(System.nanoTime() - EncodedStream.stampOf(buffer, stampOffset));
        if (readerThread == null) {
            readerThread = Thread.currentThread();
        }
        // Single writer: ordered plain writes instead of atomic increments.
        frames.lazySet(frames.get() + 1);
        bytes.lazySet(bytes.get() + payloadBytes);
    }

    long frames() {
        return frames.get();
    }

    long bytes() {
        return bytes.get();
    }

    LatencyHistogram latency() {
        return latency;
    }

    Thread readerThread() {
        return readerThread;
    }
}
