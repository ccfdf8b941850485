package org.alirtc.sdk;

import java.util.function.LongSupplier;

import org.alirtc.sdk.model.DataChannelBudget;

import static org.alirtc.sdk.model.MediaLimits.MAX_DATA_CHANNEL_BYTES_PER_SECOND;
import static org.alirtc.sdk.model.MediaLimits.MAX_DATA_CHANNEL_MESSAGES_PER_SECOND;

/**
 * ARTC's per-second data channel limits, kept on the client so that a message over a limit is refused whole instead
 * of being dropped somewhere in the cloud. Thread-safe: senders on any thread share one window.
 */
final class DataChannelRateLimiter {

    private final LongSupplier nanoClock;
    private final DataChannelBudget budget = new DataChannelBudget();

    DataChannelRateLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * Records a message of {@code bytes} bytes if it fits in the current window.
     *
     * @throws RtcLimitException naming the limit it would exceed
     */
    synchronized void acquire(int bytes) {
        switch (budget.admit(bytes, nanoClock.getAsLong())) {
            case ADMITTED -> {}
            case TOO_MANY_MESSAGES ->
                throw new RtcLimitException("Data channel limit reached: "
                        + MAX_DATA_CHANNEL_MESSAGES_PER_SECOND + " messages per second were already sent in the last"
                        + " second; send fewer, larger messages or wait");
            case TOO_MANY_BYTES ->
                throw new RtcLimitException("Data channel limit reached: this " + bytes
                        + "-byte message would exceed " + MAX_DATA_CHANNEL_BYTES_PER_SECOND + " bytes ("
                        + MAX_DATA_CHANNEL_BYTES_PER_SECOND / 1024 + " KB) per second (" + budget.bytesInWindow()
                        + " bytes sent in the last second); wait or send less");
        }
    }
}
