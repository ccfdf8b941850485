package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.PythonJson;

/**
 * JSON text exactly as the vendor binding writes it: Python's {@code json.dumps} defaults, that is
 * {@code ", "} and {@code ": "} separators, keys in insertion order, and every non-ASCII character
 * escaped as {@code \\uXXXX}. The core service has only ever been seen parsing this shape, so the
 * client reproduces it byte for byte instead of relying on a lenient parser on the other side.
 */
public final class ProtocolJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private ProtocolJson() {}

    /** A new, empty object whose fields keep insertion order. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The shared mapper for parsing; configured once, thread-safe. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(JsonNode node) {
        return PythonJson.write(node);
    }

    public static byte[] writeBytes(JsonNode node) {
        // Every character above 0x7f is escaped, so the text is pure ASCII.
        return write(node).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Parses JSON text into a tree. Built straight from the token stream rather than through
     * {@code ObjectMapper.readTree}, which sets up a deserialisation context per call: headers are parsed once
     * per message, hundreds of thousands of times a second on the audio path.
     *
     * @throws UncheckedIOException when the text is not one complete JSON value
     */
    public static JsonNode parse(byte[] utf8, int offset, int length) {
        try (JsonParser parser = FACTORY.createParser(utf8, offset, length)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("empty JSON text");
            }
            JsonNode value = readValue(parser, first);
            if (parser.nextToken() != null) {
                throw new IOException("trailing data after the JSON value");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readValue(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, readValue(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(readValue(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IOException("unexpected JSON token " + token);
        }
    }
}
