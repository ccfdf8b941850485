package org.alirtc.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One in-process run of the tool: its exit code and what it printed. */
record CliResult(int exitCode, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@link AliRtcCli#run} with captured output. */
    static CliResult run(String... args) {
        return run(new ByteArrayOutputStream(), args);
    }

    /** Runs with {@code out} as stdout, so that another thread can watch the output while it runs. */
    static CliResult run(ByteArrayOutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AliRtcCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The stdout lines parsed as JSON objects (with --json-events every line is one). */
    List<JsonNode> events() throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        return events;
    }

    /** The last line on stderr: the reason of a failure. */
    String lastErrorLine() {
        String[] lines = err.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
