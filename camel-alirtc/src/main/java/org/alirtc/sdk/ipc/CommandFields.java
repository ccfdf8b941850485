package org.alirtc.sdk.ipc;

import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The header shapes many commands share, and the tolerant reads the plain {@link Message} getters lack. */
final class CommandFields {

    private CommandFields() {}

    static Message bare(int commandId) {
        return Message.command(Message.commandHeader(commandId));
    }

    static Message flag(int commandId, String key, boolean value) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put(key, value);
        return Message.command(h);
    }

    static Message number(int commandId, String key, int value) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put(key, value);
        return Message.command(h);
    }

    static Message text(int commandId, String key, String value) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put(key, value);
        return Message.command(h);
    }

    static Message timeRange(int commandId, long startTime, long endTime) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put(WireKeys.START_TIME, startTime);
        h.put(WireKeys.END_TIME, endTime);
        return Message.command(h);
    }

    static String text(Message m, String key, String fallback) {
        String value = m.text(key);
        return value == null ? fallback : value;
    }

    /** The int under {@code key}, or empty when the header has none (or one that is not an int). */
    static OptionalInt optionalInt(Message m, String key) {
        JsonNode node = m.header().get(key);
        return node == null || !node.canConvertToInt() ? OptionalInt.empty() : OptionalInt.of(node.asInt());
    }
}
