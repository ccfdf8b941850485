package org.alirtc.local;

import java.util.ArrayDeque;

/**
 * The vendor's documented data-channel limits for one sender: at most {@value #MAX_MESSAGE_BYTES} bytes per
 * message, {@value #MAX_MESSAGES_PER_SECOND} messages and {@value #MAX_BYTES_PER_SECOND} bytes in any one-second
 * window. Not thread-safe: used under the room's lock.
 */
final class DataChannelLimits {

    static final int MAX_MESSAGE_BYTES = 1024;
    static final int MAX_MESSAGES_PER_SECOND = 60;
    static final int MAX_BYTES_PER_SECOND = 30 * 1024;

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private record Sent(long nanos, int bytes) {
    }

    private final ArrayDeque<Sent> window = new ArrayDeque<>();
    private int windowBytes;
    private long dropped;

    /** Counts a dropped message and returns how many were dropped so far. */
    long countDrop() {
        return ++dropped;
    }

    /** Null when the message may go, else the name of the limit it breaks; an allowed message is counted. */
    String admit(int bytes, long nowNanos) {
        if (bytes > MAX_MESSAGE_BYTES) {
            return "1 KB per message";
        }
        while (!window.isEmpty() && nowNanos - window.peekFirst().nanos() >= WINDOW_NANOS) {
            windowBytes -= window.removeFirst().bytes();
        }
        if (window.size() >= MAX_MESSAGES_PER_SECOND) {
            return "60 messages per second";
        }
        if (windowBytes + bytes > MAX_BYTES_PER_SECOND) {
            return "30 KB per second";
        }
        window.addLast(new Sent(nowNanos, bytes));
        windowBytes += bytes;
        return null;
    }
}
