package org.alirtc.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows message payloads readably: as text when they are valid UTF-8, otherwise as base64. */
final class Payloads {

    private Payloads() {}

    /**
     * {@code {"text": ...}} for valid UTF-8 without control characters other than tab and line breaks, else
     * {@code {"base64": ...}}.
     */
    static Map<String, Object> describe(byte[] payload) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String text = textOrNull(payload);
        if (text != null) {
            fields.put("text", text);
        } else {
            fields.put("base64", Base64.getEncoder().encodeToString(payload));
        }
        return fields;
    }

    private static String textOrNull(byte[] payload) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        boolean printable = text.chars().allMatch(c -> c >= ' ' || c == '\t' || c == '\n' || c == '\r');
        return printable ? text : null;
    }
}
