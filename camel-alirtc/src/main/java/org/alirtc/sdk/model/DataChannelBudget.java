package org.alirtc.sdk.model;

import java.util.ArrayDeque;

/**
 * The per-second part of ARTC's data channel limits for one sender: at most
 * {@value MediaLimits#MAX_DATA_CHANNEL_MESSAGES_PER_SECOND} messages and
 * {@value MediaLimits#MAX_DATA_CHANNEL_BYTES_PER_SECOND} bytes in any one-second window. The SDK keeps one to refuse a
 * message whole before it is sent, the local core one per participant to drop what the cloud would drop. Not
 * thread-safe.
 */
public final class DataChannelBudget {

    /** What {@link #admit(int, long)} decided. */
    public enum Verdict {
        /** The message fits and is counted. */
        ADMITTED,
        /** The window already holds the most messages allowed. */
        TOO_MANY_MESSAGES,
        /** The message would take the window over the bytes allowed. */
        TOO_MANY_BYTES
    }

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private record Sent(long nanos, int bytes) {}

    private final ArrayDeque<Sent> window = new ArrayDeque<>();
    private long bytesInWindow;

    /** Counts a message of {@code bytes} bytes sent at {@code nowNanos} if it fits in the window ending then. */
    public Verdict admit(int bytes, long nowNanos) {
        while (!window.isEmpty() && nowNanos - window.peekFirst().nanos() >= WINDOW_NANOS) {
            bytesInWindow -= window.removeFirst().bytes();
        }
        if (window.size() >= MediaLimits.MAX_DATA_CHANNEL_MESSAGES_PER_SECOND) {
            return Verdict.TOO_MANY_MESSAGES;
        }
        if (bytesInWindow + bytes > MediaLimits.MAX_DATA_CHANNEL_BYTES_PER_SECOND) {
            return Verdict.TOO_MANY_BYTES;
        }
        window.addLast(new Sent(nowNanos, bytes));
        bytesInWindow += bytes;
        return Verdict.ADMITTED;
    }

    /** The bytes counted in the window as of the last {@link #admit(int, long)}. */
    public long bytesInWindow() {
        return bytesInWindow;
    }
}
