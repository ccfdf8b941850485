package org.alirtc.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Appends received data channel and SEI messages to {@code messages.jsonl}, one JSON object per line:
 * {@code {"type":"data","uid":"bob","text":"hello","time":"2026-01-01T12:00:00.123Z"}}, with {@code base64} instead
 * of {@code text} when the payload is not UTF-8 text. Each line is flushed at once, so the file can be followed
 * while the tool runs.
 */
final class MessageRecorder implements AutoCloseable {

    static final String FILE = "messages.jsonl";

    private final BufferedWriter writer;
    private final Clock clock;
    private boolean closed;

    MessageRecorder(Path directory, Clock clock) throws IOException {
        this.writer = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Records one message; {@code type} is {@code data} or {@code sei}. */
    synchronized void record(String type, String uid, byte[] payload) throws IOException {
        if (closed) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", type);
        line.put("uid", uid);
        line.putAll(Payloads.describe(payload));
        line.put("time", clock.instant().toString());
        writer.write(EventLog.jsonLine(line));
        writer.newLine();
        writer.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        writer.close();
    }
}
