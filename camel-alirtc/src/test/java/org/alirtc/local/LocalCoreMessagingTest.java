package org.alirtc.local;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.alirtc.media.I420;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Video forwarding, SEI and the data channel between two users. */
class LocalCoreMessagingTest {

    private static final int FORMAT_I420 = 1;
    private static final int FORMAT_RGB24 = 6;
    private static final int FORMAT_H264 = 4;
    private static final int FORMAT_BGRA = 0;
    private static final int ERR_VIDEO_DATA_ERROR = 0x03010202;
    private static final String DATA_CHANNEL_ON =
            "{\"data\":{\"enablePubDataChannel\":true,\"enableSubDataChannel\":true}}";

    private static String channel() {
        return "msg-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Alice publishes audio and video, bob subscribes everything automatically. */
    private static void pair(TestClient alice, TestClient bob, String channel) {
        alice.joined(channel, "alice", "{}", c -> {});
        bob.joined(channel, "bob", "{}", c -> c.put("subscribeAudioFormat", 0));
        bob.await(
                CallbackId.ON_VIDEO_SUBSCRIBE_STATE_CHANGED,
                m -> "alice".equals(m.text("uid")) && m.intValue("newState", -1) == 3);
    }

    @Test
    void i420FramesArriveByteIdenticalAndRgbIsConverted() throws Exception {
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            pair(alice, bob, channel());
            byte[] pattern = I420.testPattern(320, 240, 7);
            alice.pushVideo(FORMAT_I420, 320, 240, 320, pattern, 1234);
            Message frame = bob.await(CallbackId.ON_REMOTE_VIDEO_SAMPLE);
            assertArrayEquals(pattern, frame.payload());
            assertEquals("alice", frame.text("uid"));
            assertEquals(320, frame.intValue("width", 0));
            assertEquals(240, frame.intValue("height", 0));
            assertEquals(pattern.length, frame.intValue("frame_size", 0));
            assertEquals(0, frame.intValue("type", -1));
            assertEquals(0, frame.intValue("track", -1));
            assertEquals(1234, frame.intValue("frame_ms", 0));

            byte[] rgb = new byte[64 * 48 * 3];
            for (int i = 0; i < rgb.length; i += 3) {
                rgb[i] = (byte) 200;
                rgb[i + 1] = (byte) (i % 256);
                rgb[i + 2] = 30;
            }
            alice.pushVideo(FORMAT_RGB24, 64, 48, 0, rgb, 1300);
            Message converted = bob.await(CallbackId.ON_REMOTE_VIDEO_SAMPLE, m -> m.intValue("width", 0) == 64);
            assertArrayEquals(I420.fromRgb24(rgb, 64, 48, 64 * 3), converted.payload());

            alice.pushVideo(FORMAT_H264, 64, 48, 0, new byte[100], 1400);
            alice.pushVideo(FORMAT_I420, 2560, 1440, 2560, new byte[16], 1500);
            assertEquals(ERR_VIDEO_DATA_ERROR, alice.await(CallbackId.ON_ERROR).intValue("errorCode", 0));
            assertEquals(2, bob.all(CallbackId.ON_REMOTE_VIDEO_SAMPLE).size(), "H264 and 2K frames are not forwarded");
        }
    }

    @Test
    void packedVideoArrivesWithStridesInPixelsAsTheVendorDemoSendsThemOrInBytes() throws Exception {
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            pair(alice, bob, channel());
            byte[] rgb = gradient(64 * 48 * 3);
            alice.pushVideo(FORMAT_RGB24, 64, 48, 64, rgb, 100);
            Message demo = bob.await(CallbackId.ON_REMOTE_VIDEO_SAMPLE, m -> m.intValue("frame_ms", 0) == 100);
            assertArrayEquals(I420.fromRgb24(rgb, 64, 48, 64 * 3), demo.payload(), "strideY = width in pixels");

            byte[] padded = gradient(200 * 48);
            alice.pushVideo(FORMAT_RGB24, 64, 48, 200, padded, 200);
            Message bytes = bob.await(CallbackId.ON_REMOTE_VIDEO_SAMPLE, m -> m.intValue("frame_ms", 0) == 200);
            assertArrayEquals(I420.fromRgb24(padded, 64, 48, 200), bytes.payload(), "strideY in bytes, padded");

            byte[] bgra = gradient(64 * 48 * 4);
            alice.pushVideo(FORMAT_BGRA, 64, 48, 64, bgra, 300);
            Message pixels = bob.await(CallbackId.ON_REMOTE_VIDEO_SAMPLE, m -> m.intValue("frame_ms", 0) == 300);
            assertArrayEquals(I420.fromBgra(bgra, 64, 48, 64 * 4), pixels.payload(), "BGRA, strideY in pixels");
            assertTrue(alice.all(CallbackId.ON_ERROR).isEmpty(), "nothing was refused");
        }
    }

    @Test
    void aRefusedFrameIsReportedOnceAsAVideoDataError() throws Exception {
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            pair(alice, bob, channel());
            alice.pushVideo(FORMAT_RGB24, 64, 48, 10, gradient(64 * 48 * 3), 100);
            assertEquals(ERR_VIDEO_DATA_ERROR, alice.await(CallbackId.ON_ERROR).intValue("errorCode", 0));
            alice.pushVideo(FORMAT_RGB24, 64, 48, 10, gradient(64 * 48 * 3), 140);
            alice.pushVideo(FORMAT_I420, 16, 16, 16, new byte[16 * 16 * 3 / 2], 180);
            bob.await(CallbackId.ON_REMOTE_VIDEO_SAMPLE, m -> m.intValue("frame_ms", 0) == 180);
            assertEquals(1, alice.all(CallbackId.ON_ERROR).size(), "the same refusal is reported once");
            assertEquals(1, bob.all(CallbackId.ON_REMOTE_VIDEO_SAMPLE).size(), "refused frames are not forwarded");
        }
    }

    private static byte[] gradient(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 7 + i / 61);
        }
        return data;
    }

    @Test
    void theVideoCallbackPeriodLimitsHowOftenFramesArrive() throws Exception {
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            pair(alice, bob, channel());
            bob.send(CommandId.SET_VIDEO_CALLBACK_PERIOD, h -> h.put("period", 200));
            TestClient.sleep(50);
            byte[] frame = I420.testPattern(32, 32, 0);
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                alice.pushVideo(FORMAT_I420, 32, 32, 32, frame, i * 20L);
                TestClient.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            TestClient.sleep(100);
            int delivered = bob.all(CallbackId.ON_REMOTE_VIDEO_SAMPLE).size();
            assertTrue(
                    delivered >= 2 && delivered <= seconds * 5 + 1,
                    delivered + " frames in " + seconds + " s with a 200 ms period");
        }
    }

    @Test
    void withPtsVideoPlaysAtItsTimestampsAndTheVideoBufferReportsFullThenNotFull() throws Exception {
        String channel = channel();
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            alice.joined(channel, "alice", "{}", c -> {
                c.put("publishAvsyncMode", 1);
                c.put("publishAvsyncWithPtsMaxVideoCacheSize", 10);
            });
            bob.joined(channel, "bob", "{}", c -> c.put("subscribeAudioFormat", 0));
            bob.await(CallbackId.ON_VIDEO_SUBSCRIBE_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
            byte[] frame = I420.testPattern(16, 16, 0);
            for (int i = 0; i < 12; i++) {
                alice.pushVideo(FORMAT_I420, 16, 16, 16, frame, 5000 + i * 50L);
            }
            alice.send(CommandId.GET_REMAIN_DATA_BUFFER_SIZE, h -> h.put("dataType", 1));
            assertTrue(alice.await(CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL).bool("success"));
            long buffered =
                    alice.await(CallbackId.ON_GET_REMAIN_DATA_BUFFER_SIZE).longValue("videoBufferSize", -1);
            assertTrue(buffered >= 8 && buffered <= 10, "at most the cap of 10 frames is buffered, was " + buffered);
            alice.await(CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL, m -> !m.bool("success"));
            List<Message> frames = bob.awaitCount(CallbackId.ON_REMOTE_VIDEO_SAMPLE, m -> true, 10);
            TestClient.sleep(100);
            int delivered = bob.all(CallbackId.ON_REMOTE_VIDEO_SAMPLE).size();
            // The first frame is due at once, so it may have played before the last push arrived and made room.
            assertTrue(
                    delivered == 10 || delivered == 11, "frames beyond the cap were dropped, delivered " + delivered);
            assertEquals(5450, frames.get(9).intValue("frame_ms", 0));
        }
    }

    @Test
    void seiReachesSubscribersOnlyWhileVideoIsPublished() throws Exception {
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            pair(alice, bob, channel());
            byte[] first = "first".getBytes(StandardCharsets.UTF_8);
            sendSei(alice, first, 3, 100);
            Message sei = bob.await(CallbackId.ON_MEDIA_EXTENSION_MSG);
            assertArrayEquals(first, sei.payload());
            assertEquals("alice", sei.text("userid"));
            assertEquals(first.length, sei.intValue("size", 0));

            sendSei(alice, new byte[4097], 1, 0);
            alice.send(CommandId.PUBLISH_LOCAL_VIDEO_STREAM, h -> h.put("enable", false));
            alice.await(CallbackId.ON_VIDEO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 1);
            sendSei(alice, "second".getBytes(StandardCharsets.UTF_8), 1, 0);
            TestClient.sleep(300);
            assertEquals(
                    1,
                    bob.all(CallbackId.ON_MEDIA_EXTENSION_MSG).size(),
                    "repeats are delivered once; oversize and unpublished SEI is not delivered");
        }
    }

    @Test
    void theDataChannelNeedsBothSidesEnabledAndEnforcesItsLimits() throws Exception {
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            pair(alice, bob, channel());
            sendData(alice, "too early");
            bob.setParameter(DATA_CHANNEL_ON);
            assertEquals(
                    "bob",
                    alice.await(CallbackId.ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL)
                            .text("uid"));
            sendData(alice, "still not enabled for alice");
            alice.setParameter(DATA_CHANNEL_ON);
            sendData(alice, "hello");
            Message message = bob.await(CallbackId.ON_DATA_CHANNEL_MSG);
            assertEquals("hello", new String(message.payload(), StandardCharsets.UTF_8));
            assertEquals("alice", message.text("uid"));
            assertEquals(2, message.intValue("type", -1));
            assertEquals(42, message.intValue("networkTime", 0));

            alice.send(
                    CommandId.SEND_DATA_CHANNEL_MSG,
                    h -> {
                        h.put("networkTime", 0);
                        h.put("progress", 0);
                        h.put("type", 2);
                        h.put("dataLen", 1025);
                    },
                    new byte[1025]);
            for (int i = 0; i < 100; i++) {
                sendData(alice, "burst " + i);
            }
            TestClient.sleep(300);
            List<Message> delivered = bob.all(CallbackId.ON_DATA_CHANNEL_MSG);
            assertEquals(
                    60,
                    delivered.size(),
                    "hello and 59 of the burst fit 60 messages per second; "
                            + "the early, the unenabled and the oversize ones are dropped");
            assertEquals("burst 58", new String(delivered.get(59).payload(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aChatOnlyUserWhoPublishesNothingSendsOnTheDataChannel() throws Exception {
        try (TestClient alice = TestClient.start();
                TestClient carol = TestClient.start()) {
            String channel = channel();
            alice.joined(channel, "alice", "{}", c -> {});
            carol.joined(channel, "carol", "{}", c -> c.put("publishMode", 1));
            alice.setParameter(DATA_CHANNEL_ON);
            carol.setParameter(DATA_CHANNEL_ON);
            assertEquals(
                    "alice",
                    carol.await(CallbackId.ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL)
                            .text("uid"));
            for (int i = 0; i < 3; i++) {
                sendData(carol, "chat " + i);
            }
            for (int i = 0; i < 3; i++) {
                String text = "chat " + i;
                Message message = alice.await(
                        CallbackId.ON_DATA_CHANNEL_MSG,
                        m -> text.equals(new String(m.payload(), StandardCharsets.UTF_8)));
                assertEquals("carol", message.text("uid"));
            }
            assertTrue(alice.all(CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY).isEmpty(), "carol publishes no track");
        }
    }

    private static void sendData(TestClient client, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        client.send(
                CommandId.SEND_DATA_CHANNEL_MSG,
                h -> {
                    h.put("networkTime", 42);
                    h.put("progress", 0);
                    h.put("type", 2);
                    h.put("dataLen", data.length);
                },
                data);
    }

    private static void sendSei(TestClient client, byte[] payload, int repeatCount, int delay) {
        client.send(
                CommandId.SEND_MEDIA_EXTENSION_MSG,
                h -> {
                    h.put("repeatCount", repeatCount);
                    h.put("delay", delay);
                    h.put("isKeyFrame", false);
                    h.put("length", payload.length);
                },
                payload);
    }
}
