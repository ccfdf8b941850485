package org.alirtc.examples;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import org.alirtc.camel.AliRtcConstants;
import org.alirtc.camel.AliRtcMessageType;
import org.alirtc.media.I420;
import org.alirtc.sdk.model.VideoDataSample;

/**
 * The simulated caller, so the others have someone to talk to: it speaks the espeak-ng sentences in {@code speech/}
 * one turn every {@code caller.turnPeriodMs}, so that the pause after each (about 4 s) leaves the echo bot time to answer, sends a few DataChannel
 * messages each followed by an SEI message on its video, and publishes moving colour bars.
 */
public class SimulatedCallerRoutes extends RouteBuilder {

    private static final String ROOM = "alirtc:{{example.channel}}?userId={{caller.userId}}&publishVideo=true";
    private static final String[] CLIPS = {"/speech/alice-1.wav", "/speech/alice-2.wav"};

    private final AtomicInteger turns = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicInteger frames = new AtomicInteger();

    @Override
    public void configure() {
        from("timer:caller-speaks?delay={{caller.startDelayMs}}&period={{caller.turnPeriodMs}}")
                .routeId("caller-speaks")
                .setBody(exchange -> nextClip())
                .to(ROOM)
                .log("caller said a sentence: ${header.CamelAliRtcFramesSent} frames of 10 ms");

        from("timer:caller-writes?delay={{caller.startDelayMs}}&period={{caller.messagePeriodMs}}&repeatCount=4")
                .routeId("caller-writes")
                .setProperty("message", () -> messages.incrementAndGet())
                .setHeader(AliRtcConstants.MESSAGE_TYPE, constant(AliRtcMessageType.DATA_CHANNEL))
                .setBody(simple("message ${exchangeProperty.message} from the caller"))
                .to(ROOM)
                .setHeader(AliRtcConstants.MESSAGE_TYPE, constant(AliRtcMessageType.SEI))
                .setBody(simple("slide ${exchangeProperty.message}"))
                .to(ROOM);

        from("timer:caller-video?delay={{caller.startDelayMs}}&period={{caller.videoPeriodMs}}")
                .routeId("caller-video")
                .setBody(exchange -> colourBars(exchange))
                .to(ROOM);
    }

    private InputStream nextClip() {
        return SimulatedCallerRoutes.class.getResourceAsStream(CLIPS[turns.getAndIncrement() % CLIPS.length]);
    }

    private VideoDataSample colourBars(Exchange exchange) {
        int width = Integer.parseInt(exchange.getContext().resolvePropertyPlaceholders("{{caller.videoWidth}}"));
        int height = Integer.parseInt(exchange.getContext().resolvePropertyPlaceholders("{{caller.videoHeight}}"));
        int frame = frames.getAndIncrement();
        return VideoDataSample.i420(I420.testPattern(width, height, frame), width, height, System.currentTimeMillis());
    }
}
