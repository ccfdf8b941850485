package org.alirtc.sdk.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A data-channel message, sent or received. Build application messages with {@link #custom(byte[])} or
 * {@link #custom(String)}. The data channel must be enabled on the engine before messages flow.
 * <p>The record keeps {@code data} as given, without copying: a received message owns a fresh array; for a sent
 * one, do not change the array until the send call has returned.
 * <p>As JSON (Jackson) it reads
 * {@code {"sender":"bob","type":"CUSTOM","text":"hi","networkTime":0,"progress":0,"receivedAt":1700000000123}}:
 * the payload as text when it is UTF-8, else as {@code base64}; the type by name when it is known, else its code.
 *
 * @param type        message kind as the raw vendor code, see {@link #msgType()}
 * @param networkTime an application-chosen time value; carried through, does not affect delivery
 * @param progress    accompaniment progress; reserved, 0 for custom messages
 * @param data        payload bytes
 * @param userId      the user that sent a received message, where the receiver knows it (the Camel consumer sets
 *                    it); null on a message to send, and ignored by the send
 * @param receivedAt  when the receiver got the message, wall clock in epoch milliseconds (the Camel consumer sets
 *                    it as the callback arrives); 0 on a message to send, and ignored by the send
 */
public record DataChannelMessage(
        int type, long networkTime, long progress, byte[] data, String userId, long receivedAt) {

    private static final String TYPE = "type";
    private static final String NETWORK_TIME = "networkTime";
    private static final String PROGRESS = "progress";

    public DataChannelMessage {
        Checks.notNull(data, "data", "pass the message bytes");
    }

    /** A message without a known sender and receive time, as the engine gives it and as one to send. */
    public DataChannelMessage(int type, long networkTime, long progress, byte[] data) {
        this(type, networkTime, progress, data, null, 0);
    }

    /** This message as received from {@code sender} at {@code receivedAt} (epoch milliseconds). */
    public DataChannelMessage receivedFrom(String sender, long receivedAt) {
        return new DataChannelMessage(type, networkTime, progress, data, sender, receivedAt);
    }

    /** The JSON form described on the class. */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(MessageJson.SENDER, userId);
        json.put(TYPE, msgType().<Object>map(Enum::name).orElse(type));
        MessageJson.putPayload(json, data);
        json.put(NETWORK_TIME, networkTime);
        json.put(PROGRESS, progress);
        json.put(MessageJson.RECEIVED_AT, receivedAt);
        return json;
    }

    /**
     * The message of a JSON form as {@link #toJson()} writes it; an absent type means {@link DataMsgType#CUSTOM}.
     *
     * @throws IllegalArgumentException when the payload or the type is missing or malformed
     */
    @JsonCreator
    public static DataChannelMessage fromJson(Map<String, Object> json) {
        Object kind = json.getOrDefault(TYPE, DataMsgType.CUSTOM.name());
        int code;
        if (kind instanceof Number number) {
            code = number.intValue();
        } else {
            try {
                code = DataMsgType.valueOf(kind.toString()).code();
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(
                        "Unknown data channel message type \"" + kind + "\": use "
                                + Arrays.toString(DataMsgType.values()) + " or a numeric code",
                        unknown);
            }
        }
        return new DataChannelMessage(
                code,
                MessageJson.number(json, NETWORK_TIME, 0),
                MessageJson.number(json, PROGRESS, 0),
                MessageJson.payload(json, "data channel message"),
                MessageJson.string(json, MessageJson.SENDER),
                MessageJson.number(json, MessageJson.RECEIVED_AT, 0));
    }

    /** A {@link DataMsgType#CUSTOM} message with these bytes, network time 0 and progress 0. */
    public static DataChannelMessage custom(byte[] data) {
        return new DataChannelMessage(DataMsgType.CUSTOM.code(), 0, 0, data);
    }

    /** A {@link DataMsgType#CUSTOM} message carrying {@code text} as UTF-8. */
    public static DataChannelMessage custom(String text) {
        Checks.notNull(text, "text", "pass the message text");
        return custom(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The payload decoded as UTF-8 (malformed bytes become U+FFFD). */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** The message kind, or empty for a code this version does not know. */
    public Optional<DataMsgType> msgType() {
        return DataMsgType.fromCode(type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataChannelMessage that
                && type == that.type
                && networkTime == that.networkTime
                && progress == that.progress
                && Arrays.equals(data, that.data)
                && Objects.equals(userId, that.userId)
                && receivedAt == that.receivedAt;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(data) + type) + Long.hashCode(networkTime);
    }

    @Override
    public String toString() {
        return "DataChannelMessage[type=" + type + ", networkTime=" + networkTime + ", progress=" + progress + ", data="
                + data.length + " bytes" + (userId != null ? ", userId=" + userId : "")
                + (receivedAt != 0 ? ", receivedAt=" + receivedAt : "") + "]";
    }
}
