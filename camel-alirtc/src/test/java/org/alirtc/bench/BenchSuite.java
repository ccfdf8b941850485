package org.alirtc.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.alirtc.sdk.ipc.ProtocolJson;

/**
 * Runs every benchmark of the performance page in one JVM, each figure next to its baseline from the same run, and
 * writes them all to {@code target/bench/results.json} (or {@code -Dalirtc.bench.out}). About five minutes on a
 * 2-core machine with the default windows. {@code -Dalirtc.bench.parts=camelInbound,outbound} runs only the parts
 * named (camelInbound, sdkInbound, outbound, pacing, publishingBots, idleBots).
 *
 * <p>Run: {@code cd camel-alirtc && mvn -q test-compile exec:java -Dexec.mainClass=org.alirtc.bench.BenchSuite
 * -Dexec.classpathScope=test}.
 */
public final class BenchSuite {

    private BenchSuite() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int runSeconds = Integer.getInteger("alirtc.bench.runSeconds", 5);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("started", Instant.now().toString());
        results.put(
                "loadAverageBefore", Files.readString(Path.of("/proc/loadavg")).strip());
        results.put("cpus", Runtime.getRuntime().availableProcessors());
        results.put("java", System.getProperty("java.runtime.version"));
        CamelPathBenchmark camel = new CamelPathBenchmark(runSeconds);
        ManyBotsBenchmark bots = new ManyBotsBenchmark(runSeconds * 2);
        section(results, "camelInbound", camel::inbound);
        section(results, "sdkInbound", () -> new InboundPathBenchmark().run());
        section(results, "outbound", camel::outbound);
        section(results, "pacing", camel::pacing);
        section(results, "publishingBots", () -> bots.publishing(17));
        section(results, "idleBots", () -> bots.idle(200));
        results.put(
                "loadAverageAfter", Files.readString(Path.of("/proc/loadavg")).strip());
        results.put("finished", Instant.now().toString());
        Path out = Path.of(System.getProperty("alirtc.bench.out", "target/bench/results.json"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(
                out, ProtocolJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println("Wrote " + out.toAbsolutePath());
        System.exit(0);
    }

    /** Runs one part; a part that fails is reported with its error and the others still run. */
    private static void section(Map<String, Object> results, String name, Callable<Map<String, Object>> part) {
        String only = System.getProperty("alirtc.bench.parts", "");
        if (!only.isEmpty() && !Arrays.asList(only.split(",")).contains(name)) {
            return;
        }
        try {
            results.put(name, part.call());
        } catch (Exception e) {
            e.printStackTrace();
            results.put(name, Map.of("error", e.toString()));
        }
    }
}
