package org.alirtc.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.PooledExchangeFactory;

import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcEngineFactory;
import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.VideoFrame;

/**
 * The Camel paths against their SDK baselines, each pair in the same run, over real loopback TCP to a
 * {@link BenchCoreServer} that plays the core service:
 * <ul>
 *   <li>inbound: core's send to a no-op route's processor (consumer, hand-off queue, route) against an
 *       {@code RtcEngine} listener: audio exchanges/s flat out, latency at a fixed 10,000 messages/s, allocation per
 *       exchange (all threads of the JVM except the server's), and 1080p I420 frames/s; audio both with the
 *       consumer's hand-off queue and without it ({@code queueSize=0}). {@code -Dalirtc.bench.pooledExchanges=true}
 *       runs the Camel side with Camel's pooled exchange factory;</li>
 *   <li>outbound: PCM through the producer ({@code pacing=none}) against {@code pushExternalAudioFrameRawData} in a
 *       loop, and the jitter of {@code pacing=realTime} (arrival of 10 ms frames at the core) against a plain
 *       {@link ScheduledExecutorService} loop pushing through an engine.</li>
 * </ul>
 */
final class CamelPathBenchmark {

    private static final int LATENCY_RATE = 10_000;
    private static final long SETTLE_MILLIS = 500;
    private static final int PCM_FRAME_BYTES = 960 * 2;
    /** The consumer without its hand-off queue: the route runs on the SDK reader thread. */
    private static final String NO_QUEUE = "&queueSize=0";

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
        Map<String, Object> out = new LinkedHashMap<>();
        byte[] pcm = new byte[PCM_FRAME_BYTES * 100 * runSeconds];
        // Throughput: the producer with pacing=none against the engine's own push in a loop.
        try (BenchCoreServer camelServer = new BenchCoreServer(audio());
                BenchCoreServer sdkServer = new BenchCoreServer(audio());
                CoreScript camelScript = new CoreScript(camelServer.port());
                CoreScript sdkScript = new CoreScript(sdkServer.port());
                CamelContext context = new DefaultCamelContext()) {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            String uri = benchUri(camelScript, "speaker") + "&audioSampleRate=48000&bufferFullPolicy=wait";
            template.sendBody(uri + "&pacing=none", new byte[PCM_FRAME_BYTES]);
            long f0 = camelServer.audioPushes();
            long t0 = System.nanoTime();
            template.sendBody(uri + "&pacing=none", pcm);
            int frames = pcm.length / PCM_FRAME_BYTES;
            awaitPushes(camelServer, f0 + frames);
            double camelRate = frames / ((System.nanoTime() - t0) / 1e9);
            double sdkRate;
            RtcEngine engine = RtcEngineFactory.create(sdkOptions(sdkScript), new RtcEngineListener() {});
            try {
                byte[] frame = new byte[PCM_FRAME_BYTES];
                long s0 = sdkServer.audioPushes();
                long start = System.nanoTime();
                for (int i = 0; i < frames; i++) {
                    while (engine.pushExternalAudioFrameRawData(frame, frame.length, i * 10L)
                            == RtcEngine.BUFFER_FULL) {
                        Thread.onSpinWait();
                    }
                }
                awaitPushes(sdkServer, s0 + frames);
                sdkRate = frames / ((System.nanoTime() - start) / 1e9);

                // Pacing jitter: realTime producer against a plain scheduled loop through the same kind of engine.
                long c0 = camelServer.audioPushes();
                template.sendBody(uri + "&pacing=realTime", pcm);
                awaitPushes(camelServer, c0 + frames);
                long[] camelArrivals = camelServer.audioArrivals(c0, c0 + frames);

                long b0 = sdkServer.audioPushes();
                ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
                AtomicLong sent = new AtomicLong();
                loop.scheduleAtFixedRate(
                        () -> {
                            long n = sent.getAndIncrement();
                            if (n < frames) {
                                engine.pushExternalAudioFrameRawData(frame, frame.length, n * 10);
                            }
                        },
                        0,
                        10,
                        TimeUnit.MILLISECONDS);
                awaitPushes(sdkServer, b0 + frames);
                loop.shutdownNow();
                long[] baseArrivals = sdkServer.audioArrivals(b0, b0 + frames);
                out.put(
                        "pcmThroughputFramesPerSecond",
                        Map.of(
                                "camel", Math.round(camelRate),
                                "sdk", Math.round(sdkRate),
                                "camelOverSdk", Math.round(camelRate / sdkRate * 100) / 100.0));
                out.put(
                        "realTimePacingJitterMicros",
                        Map.of(
                                "camel", jitter(camelArrivals),
                                "scheduledExecutorBaseline", jitter(baseArrivals)));
            } finally {
                engine.release();
            }
        }
        System.out.println("outbound: " + out);
        return out;
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
    private static void awaitPushes(BenchCoreServer server, long target) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.audioPushes() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + server.audioPushes() + " of " + target + " pushes arrived");
            }
            Thread.sleep(1);
        }
    }

    /** p50, p99 and max of how far each gap between consecutive arrivals is from 10 ms. */
    private static Map<String, Object> jitter(long[] arrivals) {
        long[] deviations = new long[arrivals.length - 1];
        for (int i = 1; i < arrivals.length; i++) {
            deviations[i - 1] = Math.abs(arrivals[i] - arrivals[i - 1] - 10_000_000L);
        }
        Arrays.sort(deviations);
        LongSupplier p99 = () -> deviations[(int) (deviations.length * 0.99)];
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", deviations[deviations.length / 2] / 1000);
        m.put("p99", p99.getAsLong() / 1000);
        m.put("max", deviations[deviations.length - 1] / 1000);
        return m;
    }
}
