package org.alirtc.examples;

import org.apache.camel.builder.RouteBuilder;

import org.alirtc.camel.AliRtcConstants;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.WavWriter;

/**
 * The tone bot: once the room is up, it says hello over the DataChannel and then plays a generated WAV
 * greeting, paced in real time by the producer exactly as a file from disk would be.
 */
public class ToneBotRoutes extends RouteBuilder {

    private static final String ROOM = "alirtc:{{example.channel}}?mode=local&userId=tone-bot"
            + "&audioSampleRate=16000&audioChannels=1&dataChannel=true&messageTypes=events";

    @Override
    public void configure() {
        from("timer:greet?repeatCount=1&delay={{example.startDelayMs}}")
                .routeId("tone-bot")
                .setHeader(AliRtcConstants.MESSAGE_TYPE, constant("DATA_CHANNEL"))
                .setBody(constant("hello from tone-bot"))
                .to(ROOM)
                .removeHeader(AliRtcConstants.MESSAGE_TYPE)
                .setBody(exchange -> greeting(
                        exchange.getContext().resolvePropertyPlaceholders("{{example.toneHz}}"),
                        exchange.getContext().resolvePropertyPlaceholders("{{example.toneMillis}}")))
                .log("tone-bot plays a {{example.toneHz}} Hz greeting of {{example.toneMillis}} ms")
                .to(ROOM)
                .log("tone-bot finished: ${header.CamelAliRtcFramesSent} frames of 10 ms sent");
    }

    /** A WAV file of a steady tone, as a byte array: the producer splits it into 10 ms frames and paces it. */
    static byte[] greeting(String hz, String millis) {
        PcmFormat format = PcmFormat.of(16000, 1);
        ToneGenerator tone = new ToneGenerator(format, Double.parseDouble(hz), 0.5);
        int frames = Integer.parseInt(millis) / 10;
        byte[] pcm = new byte[frames * format.bytesPerFrame(10)];
        for (int i = 0; i < frames; i++) {
            byte[] frame = tone.next10ms();
            System.arraycopy(frame, 0, pcm, i * frame.length, frame.length);
        }
        return WavWriter.toWavBytes(format, pcm);
    }
}
