package org.alirtc.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.ProtocolJson;

/**
 * Throughput, allocation and latency of the inbound path (core service to listener) over real loopback TCP.
 * A server thread plays the core service and writes pre-encoded callback messages as fast as the client reads them:
 * <ol>
 *   <li>audio: per-user PCM callbacks (1022), 10 ms of 48 kHz mono, 960-byte payload, delivered to an
 *       {@code RtcEngine} listener;</li>
 *   <li>video: 1920x1080 I420 callbacks (1021), 3,110,400 bytes in 65,536-byte chunks, delivered to an
 *       {@code RtcEngine} listener;</li>
 *   <li>baselines: the same audio and video byte streams read with {@code DataInputStream.readFully} into one reused
 *   array, message by message.</li>
 * </ol>
 * Each scenario warms up, then measures several fixed windows; video and baseline take turns window by window.
 * Reported: frames/s, payload MB/s (10^6 bytes), bytes allocated by the reader thread per frame, and latency
 * percentiles from the send time stamped into each payload to the listener call. The server always has the next
 * message ready, so latency includes the time spent queued in the socket buffers of a saturated connection.
 *
 * <p>Run: {@code cd camel-alirtc && mvn -q test-compile exec:java
 * -Dexec.mainClass=org.alirtc.bench.InboundPathBenchmark -Dexec.classpathScope=test}. Window lengths can be
 * changed with {@code -Dalirtc.bench.warmupSeconds}, {@code -Dalirtc.bench.runSeconds} and
 * {@code -Dalirtc.bench.runs}.
 */
public final class InboundPathBenchmark {

    static final int AUDIO_TARGET_FRAMES_PER_SECOND = 300_000;
    static final double VIDEO_TARGET_RATIO = 0.5;

    private static final int AUDIO_PAYLOAD = 960;
    private static final int VIDEO_WIDTH = 1920;
    private static final int VIDEO_HEIGHT = 1080;
    private static final int VIDEO_PAYLOAD = VIDEO_WIDTH * VIDEO_HEIGHT * 3 / 2;
    private static final int AUDIO_MESSAGES_PER_BLOCK = 256;
    /** Time for a resumed stream to reach full speed before a window starts. */
    private static final long SETTLE_MILLIS = 500;

    private final int warmupSeconds = Integer.getInteger("alirtc.bench.warmupSeconds", 3);
    private final int runSeconds = Integer.getInteger("alirtc.bench.runSeconds", 5);
    private final int runs = Integer.getInteger("alirtc.bench.runs", 3);

    public static void main(String[] args) throws Exception {
        // The engine logs its start and stop at INFO; only the figures belong on the console.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        new InboundPathBenchmark().run();
    }

    /** Runs every scenario, prints the report and returns the figures. */
    Map<String, Object> run() throws Exception {
        System.out.println(machine());
        System.out.println("Load average before: " + loadAverage());
        System.out.printf(
                Locale.ROOT, "Warm-up %d s, then %d x %d s per scenario%n%n", warmupSeconds, runs, runSeconds);
        EncodedStream audio = new EncodedStream(audioMessage(), AUDIO_MESSAGES_PER_BLOCK);
        EncodedStream video = new EncodedStream(videoMessage(), 1);
        // Its own copy: a server stamps its block in place, and the two video servers may overlap for a moment.
        EncodedStream baselineVideo = new EncodedStream(videoMessage(), 1);
        EncodedStream baselineAudio = new EncodedStream(audioMessage(), AUDIO_MESSAGES_PER_BLOCK);
        List<Result> audioResults = measureInTurns(List.of(
                new Scenario("audio: 1022 per-user PCM, 960 B, through RtcEngine", audio, EngineReceiver::new),
                new Scenario(
                        "audio baseline: byte[] socket copy of the same audio stream",
                        baselineAudio,
                        port -> new SocketCopyReceiver(port, baselineAudio))));
        Result audioResult = audioResults.get(0);
        // Video and its baseline take turns window by window, so that load from elsewhere hits both alike.
        List<Result> videoResults = measureInTurns(List.of(
                new Scenario("video: 1021 I420 1920x1080, through RtcEngine", video, EngineReceiver::new),
                new Scenario(
                        "baseline: byte[] socket copy of the same video stream",
                        baselineVideo,
                        port -> new SocketCopyReceiver(port, baselineVideo))));
        Result videoResult = videoResults.get(0);
        Result baselineResult = videoResults.get(1);

        double ratio = videoResult.framesPerSecond() / baselineResult.framesPerSecond();
        System.out.printf(
                Locale.ROOT,
                "%naudio / baseline = %.2f%n",
                audioResult.framesPerSecond() / audioResults.get(1).framesPerSecond());
        System.out.printf(Locale.ROOT, "video / baseline = %.2f%n", ratio);
        System.out.printf(
                Locale.ROOT,
                "target audio >= %,d callbacks/s: %s (%,.0f)%n",
                AUDIO_TARGET_FRAMES_PER_SECOND,
                audioResult.framesPerSecond() >= AUDIO_TARGET_FRAMES_PER_SECOND ? "met" : "MISSED",
                audioResult.framesPerSecond());
        System.out.printf(
                Locale.ROOT,
                "target video >= %.1f x baseline: %s (%.2f)%n",
                VIDEO_TARGET_RATIO,
                ratio >= VIDEO_TARGET_RATIO ? "met" : "MISSED",
                ratio);
        System.out.println("Load average after: " + loadAverage());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("audio", audioResult.json());
        figures.put("audioBaseline", audioResults.get(1).json());
        figures.put(
                "audioOverBaseline",
                round(audioResult.framesPerSecond() / audioResults.get(1).framesPerSecond()));
        figures.put("video", videoResult.json());
        figures.put("videoBaseline", baselineResult.json());
        figures.put("videoOverBaseline", round(ratio));
        return figures;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** How a scenario's client is built on the server's port. */
    @FunctionalInterface
    private interface ReceiverFactory {
        Receiver connect(int port) throws IOException;
    }

    private record Scenario(String name, EncodedStream stream, ReceiverFactory receiver) {}

    /**
     * Sets up every scenario, warms each up, then measures them in turns: window 1 of each, window 2 of each, and so
     * on. Only one server writes at a time.
     */
    private List<Result> measureInTurns(List<Scenario> scenarios) throws Exception {
        List<CallbackStreamServer> servers = new ArrayList<>();
        List<Receiver> receivers = new ArrayList<>();
        List<List<Result>> windows = new ArrayList<>();
        try {
            for (Scenario scenario : scenarios) {
                CallbackStreamServer server = new CallbackStreamServer(scenario.stream());
                servers.add(server);
                receivers.add(scenario.receiver().connect(server.port()));
                windows.add(new ArrayList<>());
            }
            for (int s = 0; s < scenarios.size(); s++) {
                servers.get(s).resume();
                awaitFirstFrame(receivers.get(s), servers.get(s));
                Thread.sleep(warmupSeconds * 1000L);
                servers.get(s).pause();
            }
            for (int i = 0; i < runs; i++) {
                for (int s = 0; s < scenarios.size(); s++) {
                    servers.get(s).resume();
                    Thread.sleep(SETTLE_MILLIS);
                    Snapshot start = Snapshot.of(receivers.get(s));
                    Thread.sleep(runSeconds * 1000L);
                    windows.get(s).add(Result.between(start, Snapshot.of(receivers.get(s))));
                    servers.get(s).pause();
                    requireWriting(servers.get(s));
                }
            }
        } finally {
            for (int s = receivers.size() - 1; s >= 0; s--) {
                receivers.get(s).close();
            }
            for (CallbackStreamServer server : servers) {
                server.close();
            }
        }
        List<Result> totals = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            System.out.println(scenarios.get(s).name());
            for (int i = 0; i < windows.get(s).size(); i++) {
                System.out.println("  run " + (i + 1) + ": " + windows.get(s).get(i));
            }
            Result total = Result.combine(windows.get(s));
            System.out.println("  all  : " + total);
            totals.add(total);
        }
        return totals;
    }

    private static void requireWriting(CallbackStreamServer server) throws IOException {
        if (server.failure() != null) {
            throw new IOException(
                    "The server stopped writing: " + server.failure().getMessage(), server.failure());
        }
    }

    private static void awaitFirstFrame(Receiver receiver, CallbackStreamServer server) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (receiver.counter().frames() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IOException("No frame arrived within 10 s");
            }
            requireWriting(server);
            Thread.sleep(10);
        }
    }

    static Message audioMessage() {
        ObjectNode header = Message.callbackHeader(CallbackId.ON_SUBSCRIBE_AUDIO_FRAME);
        header.put("uid", "bench-user");
        header.put("type", 0);
        header.put("frame_ms", 10);
        header.put("sample_rates", 48_000);
        header.put("samples", AUDIO_PAYLOAD / 2);
        header.put("channels", 1);
        header.put("sample_bits", 16);
        header.put("stream_index", 0);
        header.put("frame_size", AUDIO_PAYLOAD);
        return Message.callback(header, new byte[AUDIO_PAYLOAD]);
    }

    static Message videoMessage() {
        ObjectNode header = Message.callbackHeader(CallbackId.ON_REMOTE_VIDEO_SAMPLE);
        header.put("uid", "bench-user");
        header.put("track", 0);
        header.put("type", 0);
        header.put("frame_ms", 40);
        header.put("width", VIDEO_WIDTH);
        header.put("height", VIDEO_HEIGHT);
        header.put("frame_num", 1);
        header.put("frame_size", VIDEO_PAYLOAD);
        header.put("qp", 0);
        header.set("mv_infos", ProtocolJson.mapper().createArrayNode());
        header.put("slice_type", 0);
        return Message.callback(header, new byte[VIDEO_PAYLOAD]);
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(cpu);
        }
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, " + cpu + "; Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** Other work on the machine skews every figure, so the report says how busy it was. */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }

    /** The receiver's counters at one moment. */
    private record Snapshot(long nanos, long frames, long bytes, long allocatedBytes, long[] latency) {

        static Snapshot of(Receiver receiver) {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            FrameCounter counter = receiver.counter();
            return new Snapshot(
                    System.nanoTime(),
                    counter.frames(),
                    counter.bytes(),
                    threads.getThreadAllocatedBytes(counter.readerThread().getId()),
                    counter.latency().snapshot());
        }
    }

    /** What one or more measuring windows saw. */
    private record Result(double seconds, long frames, long bytes, long allocatedBytes, long[] latency) {

        static Result between(Snapshot start, Snapshot end) {
            return new Result(
                    (end.nanos() - start.nanos()) / 1e9,
                    end.frames() - start.frames(),
                    end.bytes() - start.bytes(),
                    end.allocatedBytes() - start.allocatedBytes(),
                    LatencyHistogram.difference(end.latency(), start.latency()));
        }

        static Result combine(List<Result> windows) {
            double seconds = 0;
            long frames = 0;
            long bytes = 0;
            long allocated = 0;
            long[] latency = new long[windows.get(0).latency().length];
            for (Result w : windows) {
                seconds += w.seconds();
                frames += w.frames();
                bytes += w.bytes();
                allocated += w.allocatedBytes();
                for (int i = 0; i < latency.length; i++) {
                    latency[i] += w.latency()[i];
                }
            }
            return new Result(seconds, frames, bytes, allocated, latency);
        }

        double framesPerSecond() {
            return frames / seconds;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("perSecond", Math.round(framesPerSecond()));
            m.put("allocatedBytesPerFrame", frames == 0 ? 0 : allocatedBytes / frames);
            m.put("latencyP50Micros", LatencyHistogram.percentile(latency, 0.50) / 1000);
            m.put("latencyP99Micros", LatencyHistogram.percentile(latency, 0.99) / 1000);
            m.put("latencyP999Micros", LatencyHistogram.percentile(latency, 0.999) / 1000);
            return m;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,12.0f frames/s %,9.1f MB/s %,12.0f B/frame allocated   latency p50 %s p99 %s p99.9 %s",
                    framesPerSecond(),
                    bytes / seconds / 1e6,
                    frames == 0 ? 0.0 : (double) allocatedBytes / frames,
                    micros(LatencyHistogram.percentile(latency, 0.50)),
                    micros(LatencyHistogram.percentile(latency, 0.99)),
                    micros(LatencyHistogram.percentile(latency, 0.999)));
        }

        private static String micros(long nanos) {
            return String.format(Locale.ROOT, "%,.0f us", nanos / 1e3);
        }
    }
}
