package org.alirtc.camel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.alirtc.sdk.model.MediaLimits;
import org.alirtc.sdk.model.MessageJson;

/**
 * A media extension (SEI) message: small application data carried inside the published video stream.
 * As a consumer body, {@code userId} is the sender and the sending options are 0/false (the receiver does not learn
 * them); as a producer body, {@code userId} is ignored and the other fields control the send.
 * <p>The record keeps {@code data} as given; received messages own a fresh array.
 * <p>As JSON (Jackson) it reads
 * {@code {"sender":"bob","text":"hi","repeatCount":0,"delayMs":0,"keyFrame":false,"receivedAt":1700000000123}},
 * the payload as text when it is UTF-8, else as {@code base64}. The core-service protocol carries no time of its own
 * with an SEI message, so the receive time is the only timestamp.
 *
 * @param userId      the remote user that sent the message (consumer side), or {@code null}
 * @param data        payload bytes, at most {@value MediaLimits#MAX_SEI_BYTES}
 * @param repeatCount how many times the message is repeated to survive packet loss
 * @param delayMs     delay in milliseconds before the message is sent
 * @param keyFrame    attach the message to key frames only
 * @param receivedAt  when the consumer got the message, wall clock in epoch milliseconds; 0 on a message to send
 */
public record SeiMessage(String userId, byte[] data, int repeatCount, int delayMs, boolean keyFrame, long receivedAt) {

    public SeiMessage {
        Objects.requireNonNull(data, "data must not be null: pass the SEI payload bytes");
        if (repeatCount < 0 || delayMs < 0) {
            throw new IllegalArgumentException("SEI repeatCount (" + repeatCount + ") and delayMs (" + delayMs
                    + ") must not be negative: use 0 for no repetition or no delay");
        }
    }

    private static final String REPEAT_COUNT = "repeatCount";
    private static final String DELAY_MS = "delayMs";
    private static final String KEY_FRAME = "keyFrame";

    /** A message to send with these options; {@code userId} is ignored by the send. */
    public SeiMessage(String userId, byte[] data, int repeatCount, int delayMs, boolean keyFrame) {
        this(userId, data, repeatCount, delayMs, keyFrame, 0);
    }

    /** A message to send once, at once, on any frame. */
    public static SeiMessage of(byte[] data) {
        return new SeiMessage(null, data, 0, 0, false);
    }

    /** A message as received from {@code userId} at {@code receivedAt} (epoch milliseconds). */
    public static SeiMessage received(String userId, byte[] data, long receivedAt) {
        return new SeiMessage(userId, data, 0, 0, false, receivedAt);
    }

    /** The JSON form described on the class. */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(MessageJson.SENDER, userId);
        MessageJson.putPayload(json, data);
        json.put(REPEAT_COUNT, repeatCount);
        json.put(DELAY_MS, delayMs);
        json.put(KEY_FRAME, keyFrame);
        json.put(MessageJson.RECEIVED_AT, receivedAt);
        return json;
    }

    /**
     * The message of a JSON form as {@link #toJson()} writes it; absent sending options and receive time are 0 and
     * false.
     *
     * @throws IllegalArgumentException when the payload is missing or malformed
     */
    @JsonCreator
    public static SeiMessage fromJson(Map<String, Object> json) {
        return new SeiMessage(
                MessageJson.string(json, MessageJson.SENDER),
                MessageJson.payload(json, "SEI message"),
                (int) MessageJson.number(json, REPEAT_COUNT, 0),
                (int) MessageJson.number(json, DELAY_MS, 0),
                Boolean.TRUE.equals(json.get(KEY_FRAME)),
                MessageJson.number(json, MessageJson.RECEIVED_AT, 0));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeiMessage that
                && Objects.equals(userId, that.userId)
                && repeatCount == that.repeatCount
                && delayMs == that.delayMs
                && keyFrame == that.keyFrame
                && receivedAt == that.receivedAt
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(userId) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "SeiMessage[userId=" + userId + ", data=" + data.length + " bytes, repeatCount=" + repeatCount
                + ", delayMs=" + delayMs + ", keyFrame=" + keyFrame
                + (receivedAt != 0 ? ", receivedAt=" + receivedAt : "") + "]";
    }
}
