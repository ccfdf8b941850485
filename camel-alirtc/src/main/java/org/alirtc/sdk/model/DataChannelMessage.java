package org.alirtc.sdk.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A data-channel message, sent or received. Build application messages with {@link #custom(byte[])} or
 * {@link #custom(String)}. The data channel must be enabled on the engine before messages flow.
 * <p>The record keeps {@code data} as given, without copying: a received message owns a fresh array; for a sent
 * one, do not change the array until the send call has returned.
 *
 * @param type        message kind as the raw vendor code, see {@link #msgType()}
 * @param networkTime an application-chosen time value; carried through, does not affect delivery
 * @param progress    accompaniment progress; reserved, 0 for custom messages
 * @param data        payload bytes
 */
public record DataChannelMessage(int type, long networkTime, long progress, byte[] data) {

    public DataChannelMessage {
        Checks.notNull(data, "data", "pass the message bytes");
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
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(data) + type) + Long.hashCode(networkTime);
    }

    @Override
    public String toString() {
        return "DataChannelMessage[type=" + type + ", networkTime=" + networkTime + ", progress=" + progress + ", data="
                + data.length + " bytes]";
    }
}
