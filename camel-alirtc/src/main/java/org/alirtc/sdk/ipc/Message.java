package org.alirtc.sdk.ipc;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One protocol message: a JSON header plus the binary payload that follows it on the wire (empty when the
 * message has none). The id is the header's {@code "Command"} value for commands and its {@code "Request"}
 * value for callbacks.
 */
public record Message(int id, ObjectNode header, byte[] payload) {

    private static final byte[] NONE = new byte[0];

    public Message {
        Objects.requireNonNull(header, "header");
        payload = payload == null ? NONE : payload;
    }

    /** A command header with {@code "Command"} as its first key, ready for further fields. */
    public static ObjectNode commandHeader(int commandId) {
        ObjectNode header = ProtocolJson.object();
        header.put(Direction.CLIENT_TO_CORE.idKey(), commandId);
        return header;
    }

    /** A callback header with {@code "Request"} as its first key, ready for further fields. */
    public static ObjectNode callbackHeader(int callbackId) {
        ObjectNode header = ProtocolJson.object();
        header.put(Direction.CORE_TO_CLIENT.idKey(), callbackId);
        return header;
    }

    public static Message command(ObjectNode header) {
        return new Message(header.path(Direction.CLIENT_TO_CORE.idKey()).asInt(), header, null);
    }

    public static Message command(ObjectNode header, byte[] payload) {
        return new Message(header.path(Direction.CLIENT_TO_CORE.idKey()).asInt(), header, payload);
    }

    public static Message callback(ObjectNode header, byte[] payload) {
        return new Message(header.path(Direction.CORE_TO_CLIENT.idKey()).asInt(), header, payload);
    }

    public String text(String key) {
        JsonNode node = header.get(key);
        return node == null || node.isNull() ? null : node.asText();
    }

    public int intValue(String key, int fallback) {
        JsonNode node = header.get(key);
        return node == null || !node.canConvertToInt() ? fallback : node.asInt();
    }

    public long longValue(String key, long fallback) {
        JsonNode node = header.get(key);
        return node == null || !node.isNumber() ? fallback : node.asLong();
    }

    public boolean bool(String key) {
        JsonNode node = header.get(key);
        return node != null && (node.isBoolean() ? node.booleanValue() : node.asInt() != 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m
                && m.id == id
                && m.header.equals(header)
                && java.util.Arrays.equals(m.payload, payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, header) * 31 + java.util.Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Message[" + header + (payload.length > 0 ? " + " + payload.length + " bytes" : "") + "]";
    }
}
