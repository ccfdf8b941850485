package org.alirtc.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.alirtc.media.I420;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneGenerator;
import org.alirtc.sdk.EngineCounters;
import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcEngineFactory;
import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.RenderMode;
import org.alirtc.sdk.model.TokenGenerator;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoFrame;
import org.alirtc.sdk.model.VideoSource;

/**
 * Soak measurement through {@link RtcEngine} in local mode (not a unit test). {@code cycles}: engines that each
 * join, push audio and video, leave and are released, one after the other. {@code room}: {@code users} engines in one
 * room pushing 10 ms of audio every 10 ms and a 320x240 video frame every 70 ms for {@code minutes}. Both print heap
 * after GC, live threads, open file descriptors and child processes at the start and the end, and account every
 * frame the harness read from its sources: accepted by the engine, or refused as buffer-full and counted by the
 * engine ({@link EngineCounters#droppedBufferFullPushes()}). Exits 1 when the accounting does not add up, or when
 * a cycles run left heap (beyond {@link #CYCLES_HEAP_SLACK_BYTES}), threads, descriptors or child processes behind.
 *
 * <pre>
 * mvn -q -pl camel-alirtc test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.alirtc.bench.SoakHarness -Dexec.args="cycles 1000"
 * mvn -q -pl camel-alirtc test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.alirtc.bench.SoakHarness -Dexec.args="room 10 10"
 * </pre>
 */
public final class SoakHarness {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final PcmFormat FORMAT = PcmFormat.of(16000, 1);
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int VIDEO_EVERY_TICKS = 7;
    private static final int WARM_UP_CYCLES = 5;
    /**
     * Heap after GC a cycles run may gain whatever its length: caches the JDK and the logger fill once. Engines that
     * stayed reachable after release cost about 110 KB each (1,000 cycles once grew the heap by 70-110 MB).
     */
    public static final long CYCLES_HEAP_SLACK_BYTES = 8_000_000;

    /** Heap after GC, live threads, open descriptors and child processes of this JVM. */
    public record Resources(long heapBytes, int threads, long fds, long children) {

        /** Threads the JVM may start on its own during a run (a GC or JIT helper, the common pool). */
        public static final int THREAD_SLACK = 2;
        /** Descriptors the JVM may open on its own (a jar, a class-data file). */
        public static final int FD_SLACK = 4;

        public static Resources measure() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            Runtime runtime = Runtime.getRuntime();
            return new Resources(
                    runtime.totalMemory() - runtime.freeMemory(),
                    ManagementFactory.getThreadMXBean().getThreadCount(),
                    openFds(),
                    ProcessHandle.current().descendants().count());
        }

        private static long openFds() {
            try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
                return fds.count();
            } catch (IOException e) {
                return -1;
            }
        }

        /**
         * What grew since {@code before} beyond the slack the JVM needs on its own: heap after GC by more than
         * {@code heapSlackBytes}, threads by more than {@link #THREAD_SLACK}, descriptors by more than
         * {@link #FD_SLACK}, or any child process. Empty when flat.
         */
        public List<String> growthSince(Resources before, long heapSlackBytes) {
            List<String> growth = new ArrayList<>();
            if (heapBytes > before.heapBytes + heapSlackBytes) {
                growth.add(String.format(
                        "heap after GC grew %.1f MB (bound %.1f MB)",
                        (heapBytes - before.heapBytes) / 1e6, heapSlackBytes / 1e6));
            }
            if (threads > before.threads + THREAD_SLACK) {
                growth.add("threads " + before.threads + " -> " + threads);
            }
            if (fds > before.fds + FD_SLACK) {
                growth.add("fds " + before.fds + " -> " + fds);
            }
            if (children != before.children) {
                growth.add("child processes " + before.children + " -> " + children);
            }
            return growth;
        }

        @Override
        public String toString() {
            return String.format(
                    "heap %.1f MB, threads %d, fds %d, children %d", heapBytes / 1e6, threads, fds, children);
        }
    }

    /** Frames the harness read from its sources and what became of them. */
    public static final class Accounting {
        final AtomicLong read = new AtomicLong();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        long countedDropped;
        final AtomicLong audioReceived = new AtomicLong();
        final AtomicLong videoReceived = new AtomicLong();
        long problems;
        /** Set by {@link #cycles}: the resources before the measured cycles and after them. */
        public Resources before;

        public Resources after;

        void push(int result) {
            read.incrementAndGet();
            (result == 0 ? accepted : refused).incrementAndGet();
        }

        /** Adds what a released engine counted. */
        void add(EngineCounters counters) {
            countedDropped += counters.droppedBufferFullPushes();
            problems += counters.malformedMessages() + counters.listenerFailures();
        }

        /** Frames read = frames emitted to the core + frames the engine counted as dropped. */
        public boolean balanced() {
            return read.get() == accepted.get() + countedDropped && refused.get() == countedDropped && problems == 0;
        }

        @Override
        public String toString() {
            return "frames read " + read + " = emitted " + accepted + " + counted dropped " + countedDropped
                    + (balanced()
                            ? " (balanced)"
                            : " (NOT balanced: " + refused + " refused, " + problems
                                    + " malformed messages or listener failures)")
                    + "; received audio " + audioReceived + ", video " + videoReceived;
        }
    }

    private SoakHarness() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "cycles";
        boolean balanced;
        if (mode.equals("cycles")) {
            Accounting accounting = cycles(args.length > 1 ? Integer.parseInt(args[1]) : 1000, System.out);
            List<String> growth = accounting.after.growthSince(accounting.before, CYCLES_HEAP_SLACK_BYTES);
            System.out.println(growth.isEmpty() ? "flat: nothing grew" : "GREW: " + String.join(", ", growth));
            balanced = accounting.balanced() && growth.isEmpty();
        } else if (mode.equals("room")) {
            int users = args.length > 1 ? Integer.parseInt(args[1]) : 10;
            double minutes = args.length > 2 ? Double.parseDouble(args[2]) : 10;
            balanced = room(users, Duration.ofMillis((long) (minutes * 60_000))).balanced();
        } else {
            System.err.println("Usage: SoakHarness cycles [N=1000] | room [users=10] [minutes=10]");
            System.exit(2);
            return;
        }
        System.exit(balanced ? 0 : 1);
    }

    /** {@code count} engines, one after the other, each joining, pushing 10 audio frames and 1 video frame, leaving. */
    public static Accounting cycles(int count, PrintStream out) throws Exception {
        String channel = "soak-cycles-" + System.nanoTime();
        ToneGenerator tone = new ToneGenerator(FORMAT, 440, 0.3);
        // Warm-up: the first cycles load classes and open the jars they come from, which is not growth.
        cycles(WARM_UP_CYCLES, channel, tone, new Accounting());
        Resources before = Resources.measure();
        out.println("start (after " + WARM_UP_CYCLES + " warm-up cycles): " + before);
        Accounting accounting = new Accounting();
        long started = System.nanoTime();
        cycles(count, channel, tone, accounting);
        long elapsed = System.nanoTime() - started;
        Resources after = Resources.measure();
        out.printf("%d cycles in %.1f s (%.0f ms each)%n", count, elapsed / 1e9, elapsed / 1e6 / count);
        out.println("end:   " + after);
        out.println(accounting);
        accounting.before = before;
        accounting.after = after;
        return accounting;
    }

    private static void cycles(int count, String channel, ToneGenerator tone, Accounting accounting) throws Exception {
        for (int i = 0; i < count; i++) {
            cycle(channel, tone, accounting);
        }
    }

    /** One engine that joins, pushes 10 audio frames and 1 video frame, leaves and is released; returned closed. */
    static RtcEngine cycle(String channel, ToneGenerator tone, Accounting accounting) throws Exception {
        try (RtcEngine engine = joined(channel, "cycler", accounting)) {
            for (int f = 0; f < 10; f++) {
                pushAudio(engine, tone, accounting, f * 10L);
            }
            pushVideo(engine, 0, accounting);
            if (engine.leave(TIMEOUT).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) != 0) {
                throw new IllegalStateException("leave failed in channel " + channel);
            }
            engine.release();
            accounting.add(engine.counters());
            return engine;
        }
    }

    /** {@code users} engines in one room pushing audio and video in real time for {@code duration}. */
    public static Accounting room(int users, Duration duration) throws Exception {
        Resources before = Resources.measure();
        System.out.println("start: " + before);
        Accounting accounting = new Accounting();
        String channel = "soak-room-" + System.nanoTime();
        List<RtcEngine> engines = new ArrayList<>();
        List<ToneGenerator> tones = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            engines.add(joined(channel, "user" + u, accounting));
            tones.add(new ToneGenerator(FORMAT, 200 + 50 * u, 0.3));
        }
        Resources joined = Resources.measure();
        System.out.println("joined: " + joined);
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        long tick = 0;
        long nextReport = started + TimeUnit.MINUTES.toNanos(1);
        for (long next = started; next < end; next += 10_000_000L, tick++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            for (int u = 0; u < users; u++) {
                pushAudio(engines.get(u), tones.get(u), accounting, tick * 10);
                if (tick % VIDEO_EVERY_TICKS == u % VIDEO_EVERY_TICKS) {
                    pushVideo(engines.get(u), tick * 10, accounting);
                }
            }
            if (System.nanoTime() > nextReport) {
                nextReport += TimeUnit.MINUTES.toNanos(1);
                System.out.printf(
                        "%.0f s: read %d, received audio %d, video %d%n",
                        (System.nanoTime() - started) / 1e9,
                        accounting.read.get(),
                        accounting.audioReceived.get(),
                        accounting.videoReceived.get());
            }
        }
        long elapsed = System.nanoTime() - started;
        Resources busy = Resources.measure();
        for (RtcEngine engine : engines) {
            engine.leave(TIMEOUT).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            engine.release();
            accounting.add(engine.counters());
            engine.close();
        }
        Resources after = Resources.measure();
        System.out.printf("%d users for %.1f s%n", users, elapsed / 1e9);
        System.out.println("before leaving: " + busy);
        System.out.println("end:   " + after);
        System.out.println(accounting);
        return accounting;
    }

    private static RtcEngine joined(String channel, String userId, Accounting accounting) throws Exception {
        RtcEngine engine = RtcEngineFactory.create(EngineOptions.local(), new RtcEngineListener() {
            @Override
            public void onSubscribeMixAudioFrame(AudioPcmFrame frame) {
                accounting.audioReceived.incrementAndGet();
            }

            @Override
            public void onRemoteVideoSample(String uid, VideoFrame frame) {
                accounting.videoReceived.incrementAndGet();
            }
        });
        try {
            engine.setExternalAudioSource(true, FORMAT.sampleRate(), FORMAT.channels());
            engine.setExternalVideoSource(true, VideoSource.CAMERA, RenderMode.AUTO);
            engine.publishLocalAudioStream(true);
            engine.publishLocalVideoStream(true);
            String token = TokenGenerator.generate(
                    "soak-app", "soak-key", channel, userId, System.currentTimeMillis() / 1000 + 3600);
            engine.join(token, channel, userId, userId, JoinChannelConfig.defaults(), TIMEOUT)
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return engine;
        } catch (Exception e) {
            engine.close();
            throw e;
        }
    }

    private static void pushAudio(RtcEngine engine, ToneGenerator tone, Accounting accounting, long timestampMs) {
        byte[] pcm = tone.next10ms();
        accounting.push(engine.pushExternalAudioFrameRawData(pcm, pcm.length, timestampMs));
    }

    private static void pushVideo(RtcEngine engine, long timestampMs, Accounting accounting) {
        VideoDataSample sample =
                VideoDataSample.i420(I420.testPattern(WIDTH, HEIGHT, (int) timestampMs), WIDTH, HEIGHT, timestampMs);
        accounting.push(engine.pushExternalVideoFrame(sample, VideoSource.CAMERA));
    }
}
