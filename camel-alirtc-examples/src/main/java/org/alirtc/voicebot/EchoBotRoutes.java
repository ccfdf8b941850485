package org.alirtc.voicebot;

import org.apache.camel.builder.RouteBuilder;

import org.alirtc.camel.AliRtcConstants;
import org.alirtc.camel.AliRtcMessageType;

/**
 * The echo bot's routes. One consumer receives each speaker's turns ({@code utterance}, a WAV when converted), the
 * DataChannel messages and the room events; barge-in is on, so the bot's playback stops as soon as someone speaks
 * over it. Turns are played back from a queue of their own, so that the listening route never waits for a playback
 * and the bot keeps hearing (and yielding) while it talks. The listening route comes first and sends into the room
 * only through the routes after it, so that its consumer opens the session with the per-user audio it needs.
 *
 * <p>A voice agent replaces the {@code direct:answer} route: post the WAV to a speech recognizer, give the text to
 * an LLM and have a TTS service speak the answer; the voice bots page of the documentation shows that route.
 */
public class EchoBotRoutes extends RouteBuilder {

    private static final String ROOM = "alirtc:{{echo.channel}}?mode={{echo.mode}}&userId={{echo.userId}}";

    @Override
    public void configure() {
        from(ROOM + "&messageTypes=utterance,dataChannel,events&bargeIn=true&dataChannel=true"
                        + "&trailingSilence={{echo.trailingSilenceMs}}")
                .routeId("echo-bot-listens")
                .choice()
                .when(header(AliRtcConstants.MESSAGE_TYPE).isEqualTo(AliRtcMessageType.UTTERANCE))
                .log("heard ${header.CamelAliRtcUserId} for ${header.CamelAliRtcUtteranceDuration} ms")
                .to("seda:turns")
                .when(header(AliRtcConstants.MESSAGE_TYPE).isEqualTo(AliRtcMessageType.DATA_CHANNEL))
                .setBody(simple("echo-bot heard: ${bodyAs(String)}"))
                .to("direct:say")
                .when(header(AliRtcConstants.EVENT_TYPE).isEqualTo("bargeIn"))
                .log("${header.CamelAliRtcUserId} interrupted: yielding")
                .end();

        from("direct:say").routeId("echo-bot-says").to(ROOM);

        from("seda:turns").routeId("echo-bot-answers").to("direct:answer");

        // The echo: the turn itself, as a WAV, played back into the room (paced in real time by the producer).
        from("direct:answer")
                .routeId("echo-bot-speaks")
                .convertBodyTo(byte[].class)
                .setHeader(AliRtcConstants.MESSAGE_TYPE, constant(AliRtcMessageType.AUDIO))
                .to(ROOM)
                .log("played back ${header.CamelAliRtcFramesSent} frames of 10 ms");
    }
}
