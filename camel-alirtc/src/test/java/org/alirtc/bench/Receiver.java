package org.alirtc.bench;

/**
 * The client side of one benchmark scenario: reads the server's stream on one thread and counts what it got. The
 * counters have a single writer (the reader thread) and are read by the measuring thread.
 */
interface Receiver extends AutoCloseable {

    /** What the reader thread has delivered so far: frames, payload bytes, latencies, and the thread itself. */
    FrameCounter counter();

    @Override
    void close() throws Exception;
}
