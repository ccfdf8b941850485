package org.alirtc.camel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import org.alirtc.media.I420;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.WavWriter;
import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's aac and encodedVideo message types end to end in local mode: bob publishes a tone and video
 * through a producer, alice's consumer gets AAC (ADTS) and H264 (Annex B), and decoding them gives back the
 * tone's frequency and the video's size.
 */
class AliRtcEncodedMediaTest extends SharedContextTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ALICE = "alirtc:encodedRoom?mode=local&userId=alice&messageTypes=aac,encodedVideo"
            + "&audioObserverResampleRate=16000&queueSize=5000";
    private static final String BOB = "alirtc:encodedRoom?mode=local&userId=bob&publishVideo=true";

    private final ConcurrentLinkedQueue<Object> aac = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Object> video = new ConcurrentLinkedQueue<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(ALICE).routeId("alice").process(e -> {
                    AliRtcMessageType type =
                            e.getMessage().getHeader(AliRtcConstants.MESSAGE_TYPE, AliRtcMessageType.class);
                    (type == AliRtcMessageType.AAC ? aac : video)
                            .add(e.getMessage().getBody());
                });
                from("direct:bob").routeId("bobSends").to(BOB);
            }
        };
    }

    @Test
    void aacCarriesTheToneAndEncodedVideoTheSizeThatWasSent() throws Exception {
        AliRtcSession session = ((AliRtcConsumer) context.getRoute("alice").getConsumer()).getSession();
        template.sendBody("direct:bob", VideoDataSample.i420(I420.testPattern(320, 240, 0), 320, 240, 0));
        Await.until(WAIT, () -> session.getUsersInRoom().contains("bob"), () -> "alice to see bob online");
        aac.clear();

        PcmFormat format = PcmFormat.of(48000, 1);
        template.sendBody("direct:bob", WavWriter.toWavBytes(format, new ToneGenerator(format, 440, 0.5).next(48000)));
        for (int i = 1; i <= 20; i++) {
            template.sendBody("direct:bob", VideoDataSample.i420(I420.testPattern(320, 240, i), 320, 240, i * 66L));
            Thread.sleep(66);
        }
        Await.until(
                WAIT,
                () -> aac.size() >= 30 && video.size() >= 10,
                () -> "30 AAC frames and 10 H264 units, got " + aac.size() + " and " + video.size());

        List<AudioAacFrame> frames =
                aac.stream().map(b -> assertInstanceOf(AudioAacFrame.class, b)).toList();
        assertEquals(16000, frames.get(0).sampleRate());
        EncodedMediaDecoder.Decoded audio =
                EncodedMediaDecoder.aac(frames.stream().map(AudioAacFrame::data).toList());
        assertEquals(16000, audio.sampleRate());
        short[] samples = audio.samples();
        assertTrue(samples.length > 16000 / 2, "half a second of audio decoded, got " + samples.length);
        short[] middle = java.util.Arrays.copyOfRange(samples, samples.length / 4, samples.length / 4 + 4096);
        assertEquals(440, ToneDetector.dominantFrequency(middle, 16000), 10, "the tone bob sent");

        List<VideoFrame> units =
                video.stream().map(b -> assertInstanceOf(VideoFrame.class, b)).toList();
        assertEquals(1, units.get(0).type(), "H264 NALU frames");
        byte[] first = units.get(0).data();
        assertTrue(first[0] == 0 && first[1] == 0 && (first[2] == 1 || first[2] == 0 && first[3] == 1), "Annex B");
        EncodedMediaDecoder.Decoded decoded =
                EncodedMediaDecoder.h264(units.stream().map(VideoFrame::data).toList());
        assertEquals(320, decoded.width());
        assertEquals(240, decoded.height());
        assertTrue(decoded.pictures() >= units.size() - 1, decoded.pictures() + " pictures of " + units.size());
    }
}
