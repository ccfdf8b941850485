package org.alirtc.local;

import org.alirtc.sdk.model.DataChannelBudget;

import static org.alirtc.sdk.model.MediaLimits.MAX_DATA_CHANNEL_BYTES_PER_SECOND;
import static org.alirtc.sdk.model.MediaLimits.MAX_DATA_CHANNEL_MESSAGES_PER_SECOND;
import static org.alirtc.sdk.model.MediaLimits.MAX_DATA_CHANNEL_MESSAGE_BYTES;

/**
 * The vendor's documented data-channel limits ({@link org.alirtc.sdk.model.MediaLimits}) for one sender: the size
 * of each message, and the messages and bytes in any one-second window. Not thread-safe: used under the room's
 * lock.
 */
final class DataChannelLimits {

    // The names of the limits appear in the core's log, in the units the vendor documents them in.
    private static final String MESSAGE_SIZE = MAX_DATA_CHANNEL_MESSAGE_BYTES / 1024 + " KB per message";
    private static final String MESSAGE_RATE = MAX_DATA_CHANNEL_MESSAGES_PER_SECOND + " messages per second";
    private static final String BYTE_RATE = MAX_DATA_CHANNEL_BYTES_PER_SECOND / 1024 + " KB per second";

    private final DataChannelBudget budget = new DataChannelBudget();
    private long dropped;

    /** Counts a dropped message and returns how many were dropped so far. */
    long countDrop() {
        return ++dropped;
    }

    /** Null when the message may go, else the name of the limit it breaks; an allowed message is counted. */
    String admit(int bytes, long nowNanos) {
        if (bytes > MAX_DATA_CHANNEL_MESSAGE_BYTES) {
            return MESSAGE_SIZE;
        }
        return switch (budget.admit(bytes, nowNanos)) {
            case ADMITTED -> null;
            case TOO_MANY_MESSAGES -> MESSAGE_RATE;
            case TOO_MANY_BYTES -> BYTE_RATE;
        };
    }
}
