package org.alirtc.sdk.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shape shared by the message records: the payload as {@code text} when it is valid UTF-8, so that people
 * and tools can read it, and as {@code base64} only otherwise; the sender as {@code sender}.
 */
public final class MessageJson {

    public static final String SENDER = "sender";
    public static final String TEXT = "text";
    public static final String BASE64 = "base64";
    /** When the message arrived, in epoch milliseconds; 0 on a message built to send. */
    public static final String RECEIVED_AT = "receivedAt";

    private MessageJson() {}

    /** Puts the payload into {@code json} as {@code text}, or as {@code base64} when it is not valid UTF-8. */
    public static void putPayload(Map<String, Object> json, byte[] data) {
        utf8Text(data)
                .ifPresentOrElse(
                        text -> json.put(TEXT, text),
                        () -> json.put(BASE64, Base64.getEncoder().encodeToString(data)));
    }

    /** The payload as text when it is valid UTF-8, else empty. */
    public static Optional<String> utf8Text(byte[] data) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data))
                    .toString());
        } catch (CharacterCodingException notText) {
            return Optional.empty();
        }
    }

    /**
     * The payload of {@code json}, from {@code text} or {@code base64}.
     *
     * @throws IllegalArgumentException when neither is there, or base64 is malformed
     */
    public static byte[] payload(Map<String, Object> json, String what) {
        Object text = json.get(TEXT);
        if (text != null) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        Object base64 = json.get(BASE64);
        if (base64 != null) {
            return Base64.getDecoder().decode(base64.toString());
        }
        throw new IllegalArgumentException("The JSON of a " + what + " has neither \"" + TEXT + "\" nor \"" + BASE64
                + "\": give the payload as text, or as base64 when it is not UTF-8");
    }

    /** The number under {@code key}, or {@code fallback} when absent. */
    public static long number(Map<String, Object> json, String key, long fallback) {
        Object value = json.get(key);
        return value instanceof Number number ? number.longValue() : fallback;
    }

    /** The text under {@code key}, or null when absent. */
    public static String string(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value == null ? null : value.toString();
    }
}
