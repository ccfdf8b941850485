package org.alirtc.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * Many bots in one JVM, against the local core in the same JVM: {@code rooms} rooms of three bots, each bot a
 * consumer route of per-user audio (so it receives the two others) and a producer playing 16 kHz PCM in real time;
 * and, separately, idle bots: each joined alone in its own room, nothing flowing. Reported per session: live
 * threads (all, and without the local core's {@code alirtc-local-*} threads, which a real core service would not put
 * in this JVM), used heap after a full GC, and CPU (the whole process, and without the core's threads). The baseline
 * is the same JVM just before the bots start.
 */
final class ManyBotsBenchmark {

    private static final int SPEAKERS_PER_ROOM = 3;
    private static final int PCM_BYTES_PER_SECOND = 16_000 * 2;

    private final int runSeconds;

    ManyBotsBenchmark(int runSeconds) {
        this.runSeconds = runSeconds;
    }

    Map<String, Object> publishing(int rooms) throws Exception {
        AtomicLong received = new AtomicLong();
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Footprint before = Footprint.now();
            List<String> bots = new ArrayList<>();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    for (int r = 0; r < rooms; r++) {
                        for (int s = 0; s < SPEAKERS_PER_ROOM; s++) {
                            String uri = "alirtc:botRoom" + r + "?mode=local&userId=bot" + s;
                            bots.add(uri);
                            from(uri + "&messageTypes=audio").process(e -> received.incrementAndGet());
                        }
                    }
                }
            });
            byte[] pcm = new byte[PCM_BYTES_PER_SECOND * (runSeconds + 6)];
            List<AsyncProducer> producers = new ArrayList<>();
            for (String uri : bots) {
                AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
                producer.start();
                producers.add(producer);
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(pcm);
                producer.process(exchange, done -> {});
            }
            Thread.sleep(3000);
            long r0 = received.get();
            Footprint start = Footprint.now();
            Thread.sleep(runSeconds * 1000L);
            Footprint end = Footprint.now();
            long r1 = received.get();
            Map<String, Object> m = end.perSession(before, start, bots.size());
            m.put("sessions", bots.size());
            m.put("threadsByKind", threadsByKind());
            m.put("audioExchangesPerSessionPerSecond", Math.round((r1 - r0) / (double) bots.size() / runSeconds));
            for (AsyncProducer producer : producers) {
                producer.stop();
            }
            System.out.println("publishing bots: " + m);
            return m;
        }
    }

    Map<String, Object> idle(int sessions) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Footprint before = Footprint.now();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    for (int i = 0; i < sessions; i++) {
                        from("alirtc:idleRoom" + i + "?mode=local&userId=idle&messageTypes=dataChannel")
                                .process(e -> {});
                    }
                }
            });
            Thread.sleep(2000);
            Footprint start = Footprint.now();
            Thread.sleep(runSeconds * 1000L);
            Map<String, Object> m = Footprint.now().perSession(before, start, sessions);
            m.put("sessions", sessions);
            m.put("threadsByKind", threadsByKind());
            System.out.println("idle bots: " + m);
            return m;
        }
    }

    /** Live threads counted by name with the numbers and room and user names taken out, most first. */
    private static Map<String, Long> threadsByKind() {
        Map<String, Long> kinds = new java.util.TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String kind = t.getName()
                    .replaceAll("(botRoom|idleRoom)[0-9]+-(bot[0-9]+|idle)", "ROOM-USER")
                    .replaceAll("[0-9]+", "N");
            kinds.merge(kind, 1L, Long::sum);
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        kinds.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The JVM's threads, heap and CPU at one moment. */
    private record Footprint(long nanos, int threads, int coreThreads, long heap, long cpu, long coreCpu) {

        static Footprint now() {
            System.gc();
            var threadBean = ManagementFactory.getThreadMXBean();
            int threads = 0;
            int core = 0;
            long coreCpu = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                threads++;
                if (t.getName().startsWith("alirtc-local-")) {
                    core++;
                    coreCpu += Math.max(0, threadBean.getThreadCpuTime(t.getId()));
                }
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Footprint(
                    System.nanoTime(),
                    threads,
                    core,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                    os.getProcessCpuTime(),
                    coreCpu);
        }

        /** Threads and heap against {@code before}; CPU over the window from {@code start} to this. */
        Map<String, Object> perSession(Footprint before, Footprint start, int sessions) {
            double seconds = (nanos - start.nanos) / 1e9;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("threadsPerSession", round((threads - before.threads) / (double) sessions));
            m.put(
                    "threadsPerSessionWithoutLocalCore",
                    round((threads - coreThreads - before.threads + before.coreThreads) / (double) sessions));
            m.put("heapMbPerSession", round((heap - before.heap) / 1e6 / sessions));
            double cpu = (cpu() - start.cpu) / 1e9 / seconds;
            double coreShare = (coreCpu - start.coreCpu) / 1e9 / seconds;
            m.put("cpuPercentOfOneCorePerSession", round(cpu * 100 / sessions));
            m.put("cpuPercentOfOneCorePerSessionWithoutLocalCore", round((cpu - coreShare) * 100 / sessions));
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }
    }
}
