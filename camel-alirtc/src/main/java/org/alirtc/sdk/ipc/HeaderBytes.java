package org.alirtc.sdk.ipc;

import java.util.Arrays;

import org.alirtc.sdk.model.PythonJson;

/**
 * Writes a flat command header (numbers and strings, no nesting) straight to its JSON bytes, in the same text
 * {@link ProtocolJson} writes for the equivalent tree: {@code ", "} and {@code ": "} separators, keys in the order
 * written, non-printable and non-ASCII characters escaped as Python does. For the per-frame push commands.
 */
final class HeaderBytes {

    private byte[] bytes = new byte[160];
    private int length;

    private HeaderBytes(int commandId) {
        put('{');
        text(WireKeys.COMMAND);
        put(':');
        put(' ');
        digits(commandId);
    }

    static HeaderBytes command(int commandId) {
        return new HeaderBytes(commandId);
    }

    HeaderBytes number(String key, long value) {
        key(key);
        digits(value);
        return this;
    }

    HeaderBytes text(String key, String value) {
        key(key);
        text(value);
        return this;
    }

    byte[] toBytes() {
        put('}');
        return Arrays.copyOf(bytes, length);
    }

    private void key(String key) {
        put(',');
        put(' ');
        text(key);
        put(':');
        put(' ');
    }

    private void text(String s) {
        if (!isPlain(s)) {
            ascii(PythonJson.quote(s));
            return;
        }
        put('"');
        ascii(s);
        put('"');
    }

    /** Printable ASCII with nothing to escape: the ids and keys the pushes carry. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private void digits(long value) {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        if (value < 0) {
            put('-');
            value = -value;
        }
        int start = length;
        do {
            put((char) ('0' + value % 10));
            value /= 10;
        } while (value > 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte b = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = b;
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    private void put(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
