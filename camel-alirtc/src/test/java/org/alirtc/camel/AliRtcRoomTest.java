package org.alirtc.camel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import org.alirtc.media.I420;
import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.WavWriter;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two routes as two users in one local-mode room: bob publishes through a producer, alice receives through a
 * consumer; bob also has a consumer of his own, which shares his session.
 */
class AliRtcRoomTest extends SharedContextTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ALICE =
            "alirtc:roomA?mode=local&userId=alice" + "&messageTypes=audio,video,dataChannel,sei,events&queueSize=5000";
    private static final String BOB = "alirtc:roomA?mode=local&userId=bob&publishVideo=true&dataChannel=true";

    private final ConcurrentLinkedQueue<Received> alice = new ConcurrentLinkedQueue<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(ALICE).routeId("alice").process(e -> alice.add(Received.of(e)));
                from("alirtc:roomA?mode=local&userId=bob&messageTypes=events")
                        .routeId("bobEvents")
                        .to("mock:bob");
                from("direct:bob").routeId("bobSends").to(BOB);
            }
        };
    }

    @Test
    void aToneSentAsWavIsHeardAt440HzEvenWhenItsRateDiffersFromThePublishingRate() throws Exception {
        awaitBobOnline();
        PcmFormat wavFormat = PcmFormat.of(48000, 1);
        byte[] tone = new ToneGenerator(wavFormat, 440, 0.5).next(48000);
        alice.clear();

        Exchange sent = template.send("direct:bob", e -> e.getMessage().setBody(WavWriter.toWavBytes(wavFormat, tone)));

        assertNull(sent.getException());
        assertEquals(100, sent.getMessage().getHeader(AliRtcConstants.FRAMES_SENT, Integer.class));
        Await.until(
                WAIT,
                () -> audible(received(AliRtcMessageType.AUDIO, "bob")).size() >= 60,
                () -> "60 audible audio frames from bob, got "
                        + received(AliRtcMessageType.AUDIO, "bob").size());
        List<AudioPcmFrame> frames = audible(received(AliRtcMessageType.AUDIO, "bob"));
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        frames.forEach(f -> pcm.writeBytes(f.data()));
        AudioPcmFrame first = frames.get(0);
        assertEquals(1, first.channels());
        double hz = ToneDetector.dominantFrequency(Pcm.toShorts(pcm.toByteArray()), first.sampleRate());
        assertEquals(440, hz, 10, "dominant frequency of what alice heard");
        Received header = received(AliRtcMessageType.AUDIO, "bob").get(0);
        assertEquals(first.sampleRate(), header.headers().get(AliRtcConstants.SAMPLE_RATE));
        assertEquals("roomA", header.headers().get(AliRtcConstants.CHANNEL_ID));
    }

    @Test
    void videoFramesArriveAsI420ThatDecodes() throws Exception {
        awaitBobOnline();
        List<byte[]> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byte[] frame = I420.testPattern(320, 240, i);
            sent.add(frame);
            template.sendBody("direct:bob", VideoDataSample.i420(frame, 320, 240, i * 66L));
            Thread.sleep(66);
        }
        Await.until(WAIT, () -> !videoOf320x240().isEmpty(), () -> "a 320x240 video frame from bob");
        Received video = videoOf320x240().get(0);
        VideoFrame frame = assertInstanceOf(VideoFrame.class, video.body());
        assertEquals(320, video.headers().get(AliRtcConstants.WIDTH));
        assertEquals(240, video.headers().get(AliRtcConstants.HEIGHT));
        assertTrue(
                sent.stream().anyMatch(s -> Arrays.equals(s, frame.data())),
                "the I420 bytes alice got are one of the frames bob sent");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(I420.toPng(frame.data(), 320, 240)));
        assertEquals(320, image.getWidth());
    }

    @Test
    void dataChannelMessagesArriveWithTheSender() throws Exception {
        awaitBobOnline();
        Await.until(
                WAIT,
                () -> {
                    template.sendBodyAndHeader(
                            "direct:bob", "hello alice", AliRtcConstants.MESSAGE_TYPE, "DATA_CHANNEL");
                    return !received(AliRtcMessageType.DATA_CHANNEL, "bob").isEmpty();
                },
                () -> "a data channel message from bob");
        DataChannelMessage message = assertInstanceOf(
                DataChannelMessage.class,
                received(AliRtcMessageType.DATA_CHANNEL, "bob").get(0).body());
        assertEquals("hello alice", message.text());
    }

    @Test
    void seiMessagesRideOnThePublishedVideo() throws Exception {
        awaitBobOnline();
        Await.until(
                WAIT,
                () -> {
                    template.sendBody("direct:bob", VideoDataSample.i420(I420.testPattern(160, 120, 1), 160, 120, 0));
                    template.sendBody("direct:bob", SeiMessage.of("subtitle 1".getBytes(StandardCharsets.UTF_8)));
                    return !received(AliRtcMessageType.SEI, "bob").isEmpty();
                },
                () -> "an SEI message from bob");
        SeiMessage sei = assertInstanceOf(
                SeiMessage.class, received(AliRtcMessageType.SEI, "bob").get(0).body());
        assertEquals("bob", sei.userId());
        assertEquals("subtitle 1", new String(sei.data(), StandardCharsets.UTF_8));
    }

    @Test
    void bobsConsumerAndProducerShareOneSessionAndOneEngine() throws Exception {
        awaitBobOnline();
        AliRtcComponent component = context.getComponent("alirtc", AliRtcComponent.class);
        AliRtcSession bobSession =
                ((AliRtcConsumer) context.getRoute("bobEvents").getConsumer()).getSession();
        assertEquals(2, component.getSessions().size(), "one session per user");
        assertEquals(2, bobSession.getReferenceCount(), "bob's consumer and producer");
        assertSame(
                bobSession,
                component.getSessions().stream()
                        .filter(s -> s.getUserId().equals("bob"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(SessionState.JOINED, bobSession.getState());
        assertTrue(bobSession.getCorePort() > 0);
        assertTrue(
                bobSession.getUsersInRoom().contains("alice"),
                bobSession.getUsersInRoom().toString());
        assertEquals(
                2,
                org.alirtc.local.LocalCloud.shared().memberCount(org.alirtc.sdk.model.DevelopmentApp.APP_ID, "roomA"),
                "two members in the emulated room: bob's two endpoints joined once");
    }

    @Test
    void limitsAreCheckedBeforeAnythingIsSent() throws Exception {
        awaitBobOnline();
        AliRtcSession bob = ((AliRtcConsumer) context.getRoute("bobEvents").getConsumer()).getSession();
        long sentBefore = bob.getFramesSent();

        assertRejected(exchange("DATA_CHANNEL", new byte[1025]), "1024 bytes");
        assertRejected(exchange("SEI", new byte[4097]), "4096 bytes");
        assertRejected(exchange(null, new byte[321]), "not a whole number of 16-bit samples");
        assertRejected(exchange(null, VideoDataSample.i420(new byte[I420.frameSize(2560, 1440)], 2560, 1440, 0)), "2K");
        assertRejected(exchange(null, 42), "Cannot send a body of type java.lang.Integer");
        assertRejected(exchange("AAC", new byte[10]), "cannot be sent");

        assertEquals(sentBefore, bob.getFramesSent(), "nothing was sent");
    }

    @Test
    void clearBufferCancelsTheWavPlaybackInFlight() throws Exception {
        awaitBobOnline();
        PcmFormat format = PcmFormat.of(16000, 1);
        byte[] longTone = WavWriter.toWavBytes(format, new ToneGenerator(format, 300, 0.3).next(16000 * 5));
        Future<Exchange> playing =
                template.asyncSend("direct:bob", e -> e.getMessage().setBody(longTone));
        Thread.sleep(300);

        template.sendBodyAndHeader("direct:bob", null, AliRtcConstants.OPERATION, AliRtcOperation.CLEAR_BUFFER);

        Exchange done = playing.get(3, TimeUnit.SECONDS);
        assertNull(done.getException());
        int frames = done.getMessage().getHeader(AliRtcConstants.FRAMES_SENT, Integer.class);
        assertTrue(frames > 0 && frames < 450, "playback stopped early after " + frames + " of 500 frames");
    }

    @Test
    void controlOperationsValidateTheirInput() throws Exception {
        awaitBobOnline();
        Exchange volume = template.send("direct:bob", e -> {
            e.getMessage().setHeader(AliRtcConstants.OPERATION, "SET_VOLUME");
            e.getMessage().setHeader(AliRtcConstants.VOLUME, 150);
        });
        assertTrue(
                volume.getException().getMessage().contains("0 to 100"),
                volume.getException().getMessage());
        Exchange subscribe = template.send(
                "direct:bob", e -> e.getMessage().setHeader(AliRtcConstants.OPERATION, AliRtcOperation.SUBSCRIBE));
        assertTrue(subscribe.getException().getMessage().contains(AliRtcConstants.REMOTE_USER_ID));
        Exchange ok = template.send("direct:bob", e -> {
            e.getMessage().setHeader(AliRtcConstants.OPERATION, AliRtcOperation.SET_VOLUME);
            e.getMessage().setBody(80);
        });
        assertNull(ok.getException());
    }

    private void awaitBobOnline() throws InterruptedException {
        AliRtcSession session = ((AliRtcConsumer) context.getRoute("alice").getConsumer()).getSession();
        Await.until(WAIT, () -> session.getUsersInRoom().contains("bob"), () -> "alice to see bob online");
    }

    private List<Received> videoOf320x240() {
        return received(AliRtcMessageType.VIDEO, "bob").stream()
                .filter(r -> Integer.valueOf(320).equals(r.headers().get(AliRtcConstants.WIDTH)))
                .toList();
    }

    private List<Received> received(AliRtcMessageType type, String userId) {
        return alice.stream()
                .filter(r -> r.type() == type && userId.equals(r.userId()))
                .toList();
    }

    private static List<AudioPcmFrame> audible(List<Received> audio) {
        return audio.stream()
                .map(r -> (AudioPcmFrame) r.body())
                .filter(f -> Pcm.levelDbfs(f.data()) > -40)
                .toList();
    }

    private Exchange exchange(String type, Object body) {
        return template.send("direct:bob", e -> {
            if (type != null) {
                e.getMessage().setHeader(AliRtcConstants.MESSAGE_TYPE, type);
            }
            e.getMessage().setBody(body);
        });
    }

    private static void assertRejected(Exchange exchange, String expected) {
        assertNotNull(exchange.getException(), "the exchange must fail");
        assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(
                exchange.getException().getMessage().contains(expected),
                exchange.getException().getMessage());
        assertFalse(exchange.getException().getMessage().isBlank());
    }
}
