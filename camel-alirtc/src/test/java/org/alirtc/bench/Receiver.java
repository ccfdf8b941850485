package org.alirtc.bench;

/**
 * The client side of one benchmark scenario: reads the server's stream on one thread and counts what it got. The
 * counters have a single writer (the reader thread) and are read by the measuring thread.
 */
interface Receiver extends AutoCloseable {

    /** Frames delivered so far. */
    long frames();

    /** Payload bytes (PCM or I420) delivered so far. */
    long payloadBytes();

    /** Send-to-delivery latencies so far. */
    LatencyHistogram latency();

    /** The thread that reads and delivers, once it has delivered a frame; null before. */
    Thread readerThread();

    @Override
    void close() throws Exception;
}
