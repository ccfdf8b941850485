package org.alirtc.camel;

import java.util.Arrays;
import java.util.Objects;

import org.alirtc.sdk.model.MediaLimits;

/**
 * A media extension (SEI) message: small application data carried inside the published video stream.
 * As a consumer body, {@code userId} is the sender and the sending options are 0/false (the receiver does not learn
 * them); as a producer body, {@code userId} is ignored and the other fields control the send.
 * <p>The record keeps {@code data} as given; received messages own a fresh array.
 *
 * @param userId      the remote user that sent the message (consumer side), or {@code null}
 * @param data        payload bytes, at most {@value MediaLimits#MAX_SEI_BYTES}
 * @param repeatCount how many times the message is repeated to survive packet loss
 * @param delayMs     delay in milliseconds before the message is sent
 * @param keyFrame    attach the message to key frames only
 */
public record SeiMessage(String userId, byte[] data, int repeatCount, int delayMs, boolean keyFrame) {

    public SeiMessage {
        Objects.requireNonNull(data, "data must not be null: pass the SEI payload bytes");
        if (repeatCount < 0 || delayMs < 0) {
            throw new IllegalArgumentException("SEI repeatCount (" + repeatCount + ") and delayMs (" + delayMs
                    + ") must not be negative: use 0 for no repetition or no delay");
        }
    }

    /** A message to send once, at once, on any frame. */
    public static SeiMessage of(byte[] data) {
        return new SeiMessage(null, data, 0, 0, false);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeiMessage that
                && Objects.equals(userId, that.userId)
                && repeatCount == that.repeatCount
                && delayMs == that.delayMs
                && keyFrame == that.keyFrame
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(userId) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "SeiMessage[userId=" + userId + ", data=" + data.length + " bytes, repeatCount=" + repeatCount
                + ", delayMs=" + delayMs + ", keyFrame=" + keyFrame + "]";
    }
}
