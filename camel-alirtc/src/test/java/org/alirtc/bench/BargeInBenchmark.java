package org.alirtc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import org.alirtc.camel.AliRtcConstants;
import org.alirtc.camel.AliRtcEvent;
import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.SpeechClips;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.WavWriter;
import org.alirtc.sdk.model.AudioPcmFrame;

/**
 * Barge-in in wall-clock time, in a local room: a bot plays a 10 s tone, a user speaks over it, and a third user
 * listens. The figure is the time from the moment the bot's session detected the speech ({@code speechStarted}
 * published) to the last frame of the bot's tone the listener receives: how long the room still hears the bot. The
 * issue's bound is 100 ms. Run: {@code cd camel-alirtc && mvn -q test-compile exec:java
 * -Dexec.mainClass=org.alirtc.bench.BargeInBenchmark -Dexec.classpathScope=test} (arguments: rounds, detector).
 */
public final class BargeInBenchmark {

    private static final String ROOM = "alirtc:bargebench?mode=local";

    private BargeInBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String detector = args.length > 1 ? args[1] : "auto";
        AtomicLong detectedAt = new AtomicLong();
        AtomicLong lastBotFrameAt = new AtomicLong();
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(ROOM + "&userId=bot&messageTypes=events&bargeIn=true&speechDetector=" + detector)
                            .process(e -> {
                                if (e.getMessage().getBody() instanceof AliRtcEvent event
                                        && event.type().equals("speechStarted")) {
                                    detectedAt.compareAndSet(0, timestamp(e));
                                }
                            });
                    from(ROOM + "&userId=listener&messageTypes=audio").process(e -> {
                        if ("bot".equals(e.getMessage().getHeader(AliRtcConstants.USER_ID))
                                && Pcm.levelDbfs(e.getMessage()
                                                .getBody(AudioPcmFrame.class)
                                                .data())
                                        > -60) {
                            lastBotFrameAt.set(timestamp(e));
                        }
                    });
                    from("direct:bot").to(ROOM + "&userId=bot");
                    from("direct:user").to(ROOM + "&userId=user");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            PcmFormat format = PcmFormat.of(16000, 1);
            byte[] tone = WavWriter.toWavBytes(format, new ToneGenerator(format, 440, 0.3).next(160_000));
            byte[] speech = WavWriter.toWavBytes(SpeechClips.FORMAT, SpeechClips.bytes(SpeechClips.speech("alice-1")));
            template.sendBody("direct:user", WavWriter.toWavBytes(format, new byte[3200])); // joins the user
            Thread.sleep(2000);
            List<Long> latencies = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                detectedAt.set(0);
                Future<Exchange> playing =
                        template.asyncSend("direct:bot", e -> e.getMessage().setBody(tone));
                Thread.sleep(1500);
                template.sendBody("direct:user", speech);
                playing.get(20, TimeUnit.SECONDS);
                Thread.sleep(1500); // anything still queued would arrive now
                long latency = lastBotFrameAt.get() - detectedAt.get();
                latencies.add(latency);
                System.out.printf(
                        Locale.ROOT, "round %d: the room heard the bot %d ms after the detection%n", round, latency);
            }
            latencies.sort(null);
            System.out.printf(
                    Locale.ROOT,
                    "barge-in, detection to the last bot frame heard: median %d ms, max %d ms (%d rounds, %s)%n",
                    latencies.get(latencies.size() / 2),
                    latencies.get(latencies.size() - 1),
                    rounds,
                    detector);
        }
    }

    private static long timestamp(Exchange e) {
        return e.getMessage().getHeader(AliRtcConstants.TIMESTAMP, Long.class);
    }
}
