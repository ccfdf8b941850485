package org.alirtc.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Prints events to the console, one line each: {@code 12:00:01.234 OnJoinChannelResult result=0 channel=demo} for
 * people (fields without a value left out), or with {@code --json-events} one JSON object per line,
 * {@code {"event":"OnJoinChannelResult","time":"2026-...Z","result":0,...}}, for scripts. Safe to call from several
 * threads; lines never interleave.
 */
public final class EventLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream out;
    private final boolean json;
    private final Clock clock;

    public EventLog(PrintStream out, boolean json, Clock clock) {
        this.out = out;
        this.json = json;
        this.clock = clock;
    }

    /** Prints one event; fields keep their order; values are numbers, text, booleans, lists, maps or records. */
    public void emit(String event, Map<String, ?> fields) {
        String line = json ? jsonLine(event, fields) : textLine(event, fields);
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** Turns a value into JSON, for values built from records. */
    static JsonNode toJson(Object value) {
        return JSON.valueToTree(value);
    }

    /** One JSON object as a line, for files such as messages.jsonl. */
    static String jsonLine(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write event fields as JSON: " + e.getMessage(), e);
        }
    }

    private String jsonLine(String event, Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("event", event);
        all.put("time", clock.instant().toString());
        all.putAll(fields);
        return jsonLine(all);
    }

    private String textLine(String event, Map<String, ?> fields) {
        StringBuilder line = new StringBuilder(96)
                .append(LocalTime.ofInstant(clock.instant(), ZoneId.systemDefault())
                        .format(CLOCK))
                .append(' ')
                .append(event);
        fields.forEach((key, value) -> {
            if (value != null) {
                line.append(' ').append(key).append('=').append(text(value));
            }
        });
        return line.toString();
    }

    private static String text(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof CharSequence chars) {
            String s = chars.toString();
            return s.isEmpty() || s.chars().anyMatch(c -> c <= ' ' || c == '"')
                    ? toJson(s).toString()
                    : s;
        }
        JsonNode node = toJson(value);
        return node instanceof ObjectNode || node.isArray() ? node.toString() : node.asText();
    }
}
