package org.alirtc.sdk.ipc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tolerant reads of callback header fields, where the vendor wrapper dies: a missing key reads as 0, false or "",
 * and a number read as a boolean is a C-style truth value, since a C++ peer may send either. Fields are read
 * straight from the header, without reflection or intermediate maps, because the audio callbacks run hundreds of
 * thousands of times a second.
 */
final class CallbackFields {

    private CallbackFields() {}

    static int i(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n == null ? 0 : n.asInt();
    }

    static long lng(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n == null ? 0 : n.asLong();
    }

    static double dbl(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n == null ? 0 : n.asDouble();
    }

    static boolean bool(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n != null && n.asBoolean();
    }

    static String str(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n == null || n.isNull() ? "" : n.asText();
    }

    /** A JSON value passed through as text: a string as it is, anything else written out as JSON. */
    static String json(JsonNode h, String key) {
        JsonNode n = h.get(key);
        if (n == null || n.isNull()) {
            return "";
        }
        return n.isTextual() ? n.textValue() : ProtocolJson.write(n);
    }

    /** A callback without a binary payload. */
    static Message plain(ObjectNode header) {
        return Message.callback(header, null);
    }

    static void requireId(int id, int first, int second) {
        if (id != first && id != second) {
            throw new IllegalArgumentException(unexpected(id));
        }
    }

    static void requireId(int id, int first, int second, int third) {
        if (id != first && id != second && id != third) {
            throw new IllegalArgumentException(unexpected(id));
        }
    }

    static void requireIdBetween(int id, int first, int last) {
        if (id < first || id > last) {
            throw new IllegalArgumentException(unexpected(id));
        }
    }

    private static String unexpected(int id) {
        return "Callback id " + id + " (" + CallbackId.name(id) + ") does not carry this record";
    }
}
