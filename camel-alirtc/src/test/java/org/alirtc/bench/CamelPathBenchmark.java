package org.alirtc.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.PooledExchangeFactory;

import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcEngineFactory;
import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.VideoBufferType;
import org.alirtc.sdk.model.VideoDataFormat;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoFrame;
import org.alirtc.sdk.model.VideoSource;

/**
 * The Camel paths against their SDK baselines, each pair in the same run, over real loopback TCP to a
 * {@link BenchCoreServer} that plays the core service:
 * <ul>
 *   <li>inbound: core's send to a no-op route's processor (consumer, hand-off queue, route) against an
 *       {@code RtcEngine} listener: audio exchanges/s flat out, latency at a fixed 10,000 messages/s, allocation per
 *       exchange (all threads of the JVM except the server's), and 1080p I420 frames/s; audio both with the
 *       consumer's hand-off queue and without it ({@code queueSize=0}). {@code -Dalirtc.bench.pooledExchanges=true}
 *       runs the Camel side with Camel's pooled exchange factory;</li>
 *   <li>outbound: 48 kHz PCM through the producer ({@code pacing=none}), and 1080p I420 and H264 video one exchange
 *       a frame, each against the engine's own push in a loop (frames/s and allocation per frame);</li>
 *   <li>pacing: the jitter of {@code pacing=realTime} (arrival of 10 ms frames at the core) against a plain
 *       {@link ScheduledExecutorService} loop pushing through an engine at the same time.</li>
 * </ul>
 */
final class CamelPathBenchmark {

    private static final int LATENCY_RATE = 10_000;
    private static final long SETTLE_MILLIS = 500;
    /** 10 ms of 48 kHz mono 16-bit PCM: one frame of the producer's publishing format in this benchmark. */
    private static final int PCM_FRAME_BYTES = 480 * 2;
    /** The consumer without its hand-off queue: the route runs on the SDK reader thread. */
    private static final String NO_QUEUE = "&queueSize=0";
    /** A 1080p H264 frame at about 4 Mbit/s and 25 frames/s. */
    private static final int H264_FRAME_BYTES = 20_000;

    private final int runSeconds;

    CamelPathBenchmark(int runSeconds) {
        this.runSeconds = runSeconds;
    }

    /** What one side of a comparison saw in its window. */
    record Window(double seconds, long frames, long allocatedBytes, long[] latency, long dropped) {

        double perSecond() {
            return frames / seconds;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("perSecond", Math.round(perSecond()));
            m.put("allocatedBytesPerFrame", frames == 0 ? 0 : allocatedBytes / frames);
            m.put("latencyP50Micros", LatencyHistogram.percentile(latency, 0.50) / 1000);
            m.put("latencyP99Micros", LatencyHistogram.percentile(latency, 0.99) / 1000);
            m.put("latencyP999Micros", LatencyHistogram.percentile(latency, 0.999) / 1000);
            m.put("dropped", dropped);
            return m;
        }
    }

    /** A receiving side: the Camel route or the SDK listener. */
    private interface Side extends AutoCloseable {
        FrameCounter counter();

        long dropped();
    }

    Map<String, Object> inbound() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("audioFlatOut", compare(audio(), "audio", -1, ""));
        out.put("audioFlatOutWithoutQueue", compare(audio(), "audio", -1, NO_QUEUE));
        out.put("audioAt10000PerSecond", compare(audio(), "audio", LATENCY_RATE, ""));
        out.put("audioAt10000PerSecondWithoutQueue", compare(audio(), "audio", LATENCY_RATE, NO_QUEUE));
        out.put("video1080pFlatOut", compare(video(), "video", -1, ""));
        return out;
    }

    private static EncodedStream audio() {
        return new EncodedStream(InboundPathBenchmark.audioMessage(), 256);
    }

    private static EncodedStream video() {
        return new EncodedStream(InboundPathBenchmark.videoMessage(), 1);
    }

    /** Camel and SDK, each with its own server, measured in turns for {@code runs} windows each. */
    private Map<String, Object> compare(EncodedStream stream, String messageType, int rate, String consumerOptions)
            throws Exception {
        Window camel;
        Window sdk;
        EncodedStream sdkStream = new EncodedStream(stream.message(), stream.messagesPerBlock());
        try (BenchCoreServer camelServer = new BenchCoreServer(stream);
                BenchCoreServer sdkServer = new BenchCoreServer(sdkStream);
                CamelSide camelSide = new CamelSide(camelServer.port(), messageType + consumerOptions);
                SdkSide sdkSide = new SdkSide(sdkServer.port())) {
            camel = measure(camelServer, camelSide, rate);
            sdk = measure(sdkServer, sdkSide, rate);
            // Second window in the other order, so that load from elsewhere hits both alike.
            Window sdk2 = measure(sdkServer, sdkSide, rate);
            Window camel2 = measure(camelServer, camelSide, rate);
            camel = combine(camel, camel2);
            sdk = combine(sdk, sdk2);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("camel", camel.json());
        m.put("sdk", sdk.json());
        m.put("camelOverSdk", Math.round(camel.perSecond() / sdk.perSecond() * 100) / 100.0);
        System.out.printf(
                "%s%s rate %d: camel %s%n   sdk %s%n", messageType, consumerOptions, rate, camel.json(), sdk.json());
        return m;
    }

    private static Window combine(Window a, Window b) {
        long[] latency = a.latency().clone();
        for (int i = 0; i < latency.length; i++) {
            latency[i] += b.latency()[i];
        }
        return new Window(
                a.seconds() + b.seconds(),
                a.frames() + b.frames(),
                a.allocatedBytes() + b.allocatedBytes(),
                latency,
                a.dropped() + b.dropped());
    }

    private Window measure(BenchCoreServer server, Side side, int rate) throws Exception {
        if (rate < 0) {
            server.flatOut();
        } else {
            server.paced(rate);
        }
        Thread.sleep(SETTLE_MILLIS);
        long t0 = System.nanoTime();
        long f0 = side.counter().frames();
        long a0 = allocatedByJvm();
        long d0 = side.dropped();
        long[] l0 = side.counter().latency().snapshot();
        Thread.sleep(runSeconds * 500L);
        long[] l1 = side.counter().latency().snapshot();
        long f1 = side.counter().frames();
        long a1 = allocatedByJvm();
        Window w = new Window(
                (System.nanoTime() - t0) / 1e9,
                f1 - f0,
                a1 - a0,
                LatencyHistogram.difference(l1, l0),
                side.dropped() - d0);
        server.pause();
        if (server.failure() != null) {
            throw server.failure();
        }
        Thread.sleep(200);
        return w;
    }

    /** Bytes allocated so far by every live thread except the benchmark server's own. */
    static long allocatedByJvm() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.getName().startsWith("alirtc-bench")) {
                total += Math.max(0, threads.getThreadAllocatedBytes(t.getId()));
            }
        }
        return total;
    }

    /** A no-op route behind the consumer: it reads the send time from the payload and counts. */
    private static final class CamelSide implements Side {
        private final FrameCounter counter = new FrameCounter();
        private final CoreScript script;
        private final CamelContext context = new DefaultCamelContext();

        CamelSide(int port, String messageType) throws Exception {
            script = new CoreScript(port);
            if (Boolean.getBoolean("alirtc.bench.pooledExchanges")) {
                // Camel's own fast path for consumers that release their exchanges, which the consumer does.
                context.getCamelContextExtension().setExchangeFactory(new PooledExchangeFactory());
            }
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(benchUri(script, "bot") + "&messageTypes=" + messageType)
                            .routeId("bench")
                            .process(e -> {
                                Object body = e.getMessage().getBody();
                                byte[] data = body instanceof AudioPcmFrame f ? f.data() : ((VideoFrame) body).data();
                                counter.delivered(data, 0, data.length);
                            });
                }
            });
            context.start();
        }

        @Override
        public FrameCounter counter() {
            return counter;
        }

        @Override
        public long dropped() {
            return ((org.alirtc.camel.AliRtcConsumer) context.getRoute("bench").getConsumer()).getDroppedCount();
        }

        @Override
        public void close() throws Exception {
            context.close();
            script.close();
        }
    }

    private static String benchUri(CoreScript script, String user) {
        return "alirtc:benchRoom?mode=sdk&appId=bench&appKey=benchkey01&userId=" + user + "&coreServicePath="
                + script.path() + "&enableCoreDumps=false&destroyGrace=300&livenessTimeout=0";
    }

    private static final class SdkSide implements Side {
        private final EngineReceiver receiver;

        SdkSide(int port) throws Exception {
            receiver = new EngineReceiver(port);
        }

        @Override
        public FrameCounter counter() {
            return receiver.counter();
        }

        @Override
        public long dropped() {
            return 0;
        }

        @Override
        public void close() throws Exception {
            receiver.close();
        }
    }

    Map<String, Object> outbound() throws Exception {
        Map<String, Object> out = onOutboundRig((template, uri, engine, camelServer, sdkServer) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            int frames = 100 * runSeconds;
            byte[] pcm = new byte[PCM_FRAME_BYTES * frames];
            byte[] frame = new byte[PCM_FRAME_BYTES];
            CamelContext context = template.getCamelContext();
            // Resolved once, as a route's endpoint is: resolving the URI on every send would be measured otherwise.
            Endpoint unpaced = context.getEndpoint(uri + "&pacing=none");
            // Throughput: the producer with pacing=none against the engine's own push in a loop, once to warm up.
            Runnable camelPcm = () -> template.sendBody(unpaced, pcm);
            Runnable sdkPcm = () -> {
                for (int i = 0; i < frames; i++) {
                    pushAudio(engine, frame, i * 10L);
                }
            };
            m.put(
                    "pcm48kThroughput",
                    compare(camelServer::audioPushes, camelPcm, sdkServer::audioPushes, sdkPcm, frames));
            m.put(
                    "videoI420x1080pThroughput",
                    videoThroughput(
                            template,
                            unpaced,
                            engine,
                            camelServer,
                            sdkServer,
                            VideoDataSample.i420(new byte[1920 * 1080 * 3 / 2], 1920, 1080, 0),
                            10 * runSeconds));
            byte[] h264 = new byte[H264_FRAME_BYTES];
            m.put(
                    "videoH264x1080pThroughput",
                    videoThroughput(
                            template,
                            unpaced,
                            engine,
                            camelServer,
                            sdkServer,
                            new VideoDataSample(
                                    VideoDataFormat.H264,
                                    VideoBufferType.RAW_DATA,
                                    h264,
                                    h264.length,
                                    0,
                                    0,
                                    0,
                                    1920,
                                    1080,
                                    0,
                                    0),
                            100 * runSeconds));
            return m;
        });
        System.out.println("outbound: " + out);
        return out;
    }

    /** Jitter of {@code pacing=realTime} against a plain scheduled loop. */
    Map<String, Object> pacing() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("realTimePacingJitterMicros", onOutboundRig(this::pacingJitter));
        System.out.println("pacing: " + out);
        return out;
    }

    /** Something measured on the outbound rig. */
    private interface OutboundRun {
        Map<String, Object> run(
                ProducerTemplate template,
                String uri,
                RtcEngine engine,
                BenchCoreServer camelServer,
                BenchCoreServer sdkServer)
                throws Exception;
    }

    /**
     * Two core servers, a Camel context whose producer URI (without {@code pacing}) pushes into one, and an engine
     * that pushes into the other.
     */
    private static Map<String, Object> onOutboundRig(OutboundRun run) throws Exception {
        try (BenchCoreServer camelServer = new BenchCoreServer(audio());
                BenchCoreServer sdkServer = new BenchCoreServer(audio());
                CoreScript camelScript = new CoreScript(camelServer.port());
                CoreScript sdkScript = new CoreScript(sdkServer.port());
                CamelContext context = new DefaultCamelContext()) {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            String uri = benchUri(camelScript, "speaker") + "&audioSampleRate=48000&bufferFullPolicy=wait";
            RtcEngine engine = RtcEngineFactory.create(sdkOptions(sdkScript), new RtcEngineListener() {});
            try {
                return run.run(template, uri, engine, camelServer, sdkServer);
            } finally {
                engine.release();
            }
        }
    }

    /** One side's pass: how long {@code frames} pushes took to arrive, and what the JVM allocated meanwhile. */
    private record Pass(double seconds, long frames, long allocatedBytes) {

        double perSecond() {
            return frames / seconds;
        }

        Pass plus(Pass other) {
            return new Pass(seconds + other.seconds, frames + other.frames, allocatedBytes + other.allocatedBytes);
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("perSecond", Math.round(perSecond()));
            m.put("allocatedBytesPerFrame", allocatedBytes / frames);
            return m;
        }
    }

    /**
     * Camel and SDK passes of {@code frames} frames after a warm-up pass each, in turns (Camel, SDK, SDK, Camel) so
     * that load from elsewhere hits both alike.
     */
    private static Map<String, Object> compare(
            LongSupplier camelArrived, Runnable camelPush, LongSupplier sdkArrived, Runnable sdkPush, int frames)
            throws Exception {
        pass(camelArrived, frames, camelPush);
        pass(sdkArrived, frames, sdkPush);
        Pass camel = pass(camelArrived, frames, camelPush);
        Pass sdk = pass(sdkArrived, frames, sdkPush);
        sdk = sdk.plus(pass(sdkArrived, frames, sdkPush));
        camel = camel.plus(pass(camelArrived, frames, camelPush));
        return json(camel, sdk);
    }

    /** Runs {@code push}, which sends {@code frames} frames, and waits until the server has them all. */
    private static Pass pass(LongSupplier arrived, int frames, Runnable push) throws Exception {
        long f0 = arrived.getAsLong();
        Map<Long, Long> a0 = allocatedByThread();
        long t0 = System.nanoTime();
        push.run();
        awaitPushes(arrived, f0 + frames);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Pass(seconds, frames, allocatedSince(a0));
    }

    /** Bytes allocated so far by each live thread except the benchmark server's, by thread id. */
    private static Map<Long, Long> allocatedByThread() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> bytes = new java.util.HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.getName().startsWith("alirtc-bench")) {
                bytes.put(t.getId(), Math.max(0, threads.getThreadAllocatedBytes(t.getId())));
            }
        }
        return bytes;
    }

    /**
     * Bytes allocated since {@code before} by the threads alive now; a thread that ended in between is left out
     * rather than making the sum negative.
     */
    private static long allocatedSince(Map<Long, Long> before) {
        long total = 0;
        for (Map.Entry<Long, Long> now : allocatedByThread().entrySet()) {
            total += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return total;
    }

    private static Map<String, Object> json(Pass camel, Pass sdk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("camel", camel.json());
        m.put("sdk", sdk.json());
        m.put("camelOverSdk", Math.round(camel.perSecond() / sdk.perSecond() * 100) / 100.0);
        return m;
    }

    /** Video frames one exchange each through the producer, against the engine's push in a loop. */
    private static Map<String, Object> videoThroughput(
            ProducerTemplate template,
            Endpoint endpoint,
            RtcEngine engine,
            BenchCoreServer camelServer,
            BenchCoreServer sdkServer,
            VideoDataSample sample,
            int frames)
            throws Exception {
        Runnable camel = () -> {
            for (int i = 0; i < frames; i++) {
                template.sendBody(endpoint, sample);
            }
        };
        Runnable sdk = () -> {
            for (int i = 0; i < frames; i++) {
                while (engine.pushExternalVideoFrame(sample, VideoSource.CAMERA) == RtcEngine.BUFFER_FULL) {
                    Thread.onSpinWait();
                }
            }
        };
        return compare(camelServer::videoPushes, camel, sdkServer::videoPushes, sdk, frames);
    }

    private static void pushAudio(RtcEngine engine, byte[] frame, long timestampMs) {
        while (engine.pushExternalAudioFrameRawData(frame, frame.length, timestampMs) == RtcEngine.BUFFER_FULL) {
            Thread.onSpinWait();
        }
    }

    /**
     * Pacing jitter: the realTime producer against a plain scheduled loop through the same kind of engine, both
     * playing at the same time, so that load from elsewhere on the machine hits both in the same windows (each uses
     * under 3 % of a CPU, so they hardly compete with each other). A one-second warm-up pass (reported apart: it
     * includes compiling the paced path), then two passes of the window's length; each side's figures are over the
     * gaps of both passes.
     */
    private Map<String, Object> pacingJitter(
            ProducerTemplate template,
            String uri,
            RtcEngine engine,
            BenchCoreServer camelServer,
            BenchCoreServer sdkServer)
            throws Exception {
        Endpoint paced = template.getCamelContext().getEndpoint(uri + "&pacing=realTime");
        PacedPass camel = frames -> {
            long c0 = camelServer.audioPushes();
            template.sendBody(paced, new byte[PCM_FRAME_BYTES * frames]);
            awaitPushes(camelServer::audioPushes, c0 + frames);
            return camelServer.audioArrivals(c0, c0 + frames);
        };
        PacedPass loop = frames -> {
            long b0 = sdkServer.audioPushes();
            scheduledLoop(engine, frames);
            awaitPushes(sdkServer::audioPushes, b0 + frames);
            return sdkServer.audioArrivals(b0, b0 + frames);
        };
        int frames = 100 * runSeconds;
        Map<String, Object> warmup = side(concurrently(camel, loop, 100));
        List<long[][]> passes = List.of(concurrently(camel, loop, frames), concurrently(camel, loop, frames));
        Map<String, Object> m = side(
                new long[][] {concat(passes.get(0)[0], passes.get(1)[0]), concat(passes.get(0)[1], passes.get(1)[1])});
        m.put("camelP99PerPass", List.of(p99(passes.get(0)[0]), p99(passes.get(1)[0])));
        m.put("scheduledExecutorP99PerPass", List.of(p99(passes.get(0)[1]), p99(passes.get(1)[1])));
        m.put("warmup", warmup);
        return m;
    }

    /** The gap deviations of a Camel pass and a loop pass of {@code frames} frames run at the same time. */
    private static long[][] concurrently(PacedPass camel, PacedPass loop, int frames) throws Exception {
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<long[]> camelArrivals = caller.submit(() -> camel.arrivals(frames));
            long[] loopArrivals = loop.arrivals(frames);
            return new long[][] {deviations(camelArrivals.get(60, TimeUnit.SECONDS)), deviations(loopArrivals)};
        } finally {
            caller.shutdownNow();
        }
    }

    private static Map<String, Object> side(long[][] camelAndLoop) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("camel", jitter(camelAndLoop[0]));
        m.put("scheduledExecutorBaseline", jitter(camelAndLoop[1]));
        return m;
    }

    /** One paced pass of {@code frames} frames: their arrival times at the core. */
    private interface PacedPass {
        long[] arrivals(int frames) throws Exception;
    }

    /** The baseline: {@code frames} pushes from a {@code scheduleAtFixedRate} loop every 10 ms. */
    private static void scheduledLoop(RtcEngine engine, int frames) {
        byte[] frame = new byte[PCM_FRAME_BYTES];
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
        AtomicLong sent = new AtomicLong();
        loop.scheduleAtFixedRate(
                () -> {
                    long n = sent.getAndIncrement();
                    if (n < frames) {
                        engine.pushExternalAudioFrameRawData(frame, frame.length, n * 10);
                    } else {
                        loop.shutdown();
                    }
                },
                0,
                10,
                TimeUnit.MILLISECONDS);
    }

    private static EngineOptions sdkOptions(CoreScript script) {
        return EngineOptions.sdk(script.path()).toBuilder()
                .enableCoreDumps(false)
                .destroyGrace(Duration.ofMillis(300))
                // The benchmark server does not answer the liveness probe.
                .livenessTimeout(Duration.ZERO)
                .build();
    }

    /** Waits until the server has {@code target} pushes in all. */
    private static void awaitPushes(LongSupplier arrived, long target) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (arrived.getAsLong() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + arrived.getAsLong() + " of " + target + " pushes arrived");
            }
            Thread.sleep(1);
        }
    }

    /** How far each gap between consecutive arrivals is from 10 ms, in nanoseconds. */
    private static long[] deviations(long[] arrivals) {
        long[] deviations = new long[arrivals.length - 1];
        for (int i = 1; i < arrivals.length; i++) {
            deviations[i - 1] = Math.abs(arrivals[i] - arrivals[i - 1] - 10_000_000L);
        }
        return deviations;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static long p99(long[] deviations) {
        long[] sorted = deviations.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.99)] / 1000;
    }

    /** p50, p99 and max of gap deviations, in microseconds. */
    private static Map<String, Object> jitter(long[] deviations) {
        long[] sorted = deviations.clone();
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", sorted[sorted.length / 2] / 1000);
        m.put("p99", p99(sorted));
        m.put("max", sorted[sorted.length - 1] / 1000);
        return m;
    }
}
