package org.alirtc.camel;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.TruncatedWavException;
import org.alirtc.media.WavWriter;
import org.alirtc.sdk.model.AudioPcmFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Audio bodies that cannot be played as they claim, sent through a route into a local-mode room: each fails its
 * exchange with a message that names the problem and the fix, and sends nothing unless the exchange asks for it.
 */
class AliRtcBadAudioTest extends SharedContextTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final PcmFormat FORMAT = PcmFormat.of(16000, 1);
    /** 0.1 s of tone: 10 frames of 10 ms. */
    private static final byte[] TONE = new ToneGenerator(FORMAT, 440, 0.5).next(1600);

    @TempDir
    Path folder;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:badAudio?mode=local&userId=bob&messageTypes=events")
                        .routeId("bobEvents")
                        .to("mock:events");
                from("direct:bob").to("alirtc:badAudio?mode=local&userId=bob&pacing=none");
            }
        };
    }

    @Test
    void aPcmFrameWithZeroChannelsIsRejectedNamingTheField() throws Exception {
        long sentBefore = awaitJoined().getFramesSent();

        Exchange exchange = template.send(
                "direct:bob",
                e -> e.getMessage().setBody(new AudioPcmFrame(0, 10, 16000, 160, 0, 16, 0, new byte[320])));

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains("channels=0"), error.getMessage());
        assertTrue(error.getMessage().contains("use 1 (mono) or 2 (stereo)"), error.getMessage());
        assertEquals(sentBefore, session().getFramesSent(), "nothing was sent");
    }

    @Test
    void aWavShorterThanItsHeaderFailsBeforeAnythingIsSent() throws Exception {
        long sentBefore = awaitJoined().getFramesSent();
        byte[] wav = claimingTenSeconds(WavWriter.toWavBytes(FORMAT, TONE));
        Path file = Files.write(folder.resolve("short.wav"), wav);

        for (Object body : new Object[] {wav, file, file.toFile()}) {
            Exchange exchange = template.send("direct:bob", e -> e.getMessage().setBody(body));

            TruncatedWavException error = assertInstanceOf(TruncatedWavException.class, exchange.getException());
            assertTrue(error.getMessage().contains("declares 320000 bytes of audio (10.00 s)"), error.getMessage());
            assertTrue(error.getMessage().contains("holds 3200 (0.10 s)"), error.getMessage());
            assertTrue(error.getMessage().contains("nothing was sent"), error.getMessage());
            assertTrue(error.getMessage().contains(AliRtcConstants.ACCEPT_TRUNCATED_WAV), error.getMessage());
        }
        assertEquals(sentBefore, session().getFramesSent(), "nothing was sent");
    }

    @Test
    void aTruncatedWavStreamFailsTheExchangeWhenItsEndIsReached() throws Exception {
        awaitJoined();
        byte[] wav = claimingTenSeconds(WavWriter.toWavBytes(FORMAT, TONE));

        Exchange exchange = template.send("direct:bob", e -> e.getMessage().setBody(new ByteArrayInputStream(wav)));

        TruncatedWavException error = assertInstanceOf(TruncatedWavException.class, exchange.getException());
        assertTrue(error.getMessage().contains("holds 3200 (0.10 s)"), error.getMessage());
        assertTrue(error.getMessage().contains("the audio up to its end was sent"), error.getMessage());
    }

    @Test
    void aTruncatedWavPlaysAsFarAsItGoesWhenTheExchangeAcceptsIt() throws Exception {
        long sentBefore = awaitJoined().getFramesSent();
        byte[] wav = claimingTenSeconds(WavWriter.toWavBytes(FORMAT, TONE));

        Exchange exchange = template.send("direct:bob", e -> {
            e.getMessage().setHeader(AliRtcConstants.ACCEPT_TRUNCATED_WAV, true);
            e.getMessage().setBody(wav);
        });

        assertNull(exchange.getException());
        assertEquals(10, exchange.getMessage().getHeader(AliRtcConstants.FRAMES_SENT, Integer.class));
        assertEquals(sentBefore + 10, session().getFramesSent());
    }

    /** Rewrites the data chunk's size so that the header claims 10 s of audio. */
    private static byte[] claimingTenSeconds(byte[] wav) {
        String text = new String(wav, StandardCharsets.ISO_8859_1);
        int data = text.indexOf("data");
        ByteBuffer.wrap(wav, data + 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(10 * FORMAT.sampleRate() * 2);
        return wav;
    }

    private AliRtcSession awaitJoined() throws InterruptedException {
        Await.until(WAIT, () -> session().getState() == SessionState.JOINED, () -> "bob to join");
        return session();
    }

    private AliRtcSession session() {
        return ((AliRtcConsumer) context.getRoute("bobEvents").getConsumer()).getSession();
    }
}
