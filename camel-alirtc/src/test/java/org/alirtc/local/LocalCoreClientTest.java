package org.alirtc.local;

import java.io.DataOutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageReader;
import org.alirtc.sdk.model.TokenGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalCoreClientTest {

    private static final int ERR_JOIN_BAD_TOKEN = 0x02010205;
    private static final int ERR_JOIN_BAD_CHANNEL = 0x02010204;
    private static final int ERR_JOIN_BAD_PARAM = 0x01030101;
    private static final int ERR_LEAVE_UNUSUAL = 0x01030303;

    private static String channel() {
        return "session-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSuccessfulJoinReportsConnectingJoinedAndConnectedInTheVendorsOrder() throws Exception {
        String channel = channel();
        try (TestClient alice = TestClient.start()) {
            alice.joined(channel, "alice", "{}", c -> {});
            List<Message> received = alice.received();
            assertEquals(CallbackId.ON_CONNECTION_STATUS_CHANGE, received.get(0).id());
            assertEquals(2, received.get(0).intValue("status", 0));
            assertEquals(11, received.get(0).intValue("reason", 0));
            assertEquals(CallbackId.ON_JOIN_CHANNEL, received.get(1).id());
            assertEquals(channel, received.get(1).text("channel"));
            assertEquals("alice", received.get(1).text("userid"));
            assertEquals(
                    CallbackId.ON_CONNECTION_STATUS_CHANGE,
                    alice.awaitAt(CallbackId.ON_CONNECTION_STATUS_CHANGE, m -> true, 2)
                            .id());
            assertEquals(
                    3, alice.all(CallbackId.ON_CONNECTION_STATUS_CHANGE).get(1).intValue("status", 0));
            assertEquals(
                    9, alice.all(CallbackId.ON_CONNECTION_STATUS_CHANGE).get(1).intValue("reason", 0));
            alice.send(CommandId.LEAVE_CHANNEL, h -> {});
            assertEquals(0, alice.await(CallbackId.ON_LEAVE_CHANNEL).intValue("leaveresult", -1));
            Message disconnected =
                    alice.await(CallbackId.ON_CONNECTION_STATUS_CHANGE, m -> m.intValue("status", 0) == 1);
            assertEquals(10, disconnected.intValue("reason", 0));
        }
    }

    @Test
    void tokensAreCheckedAgainstConfiguredAppKeys() throws Exception {
        LocalCoreOptions keyed = LocalCoreOptions.none().withAppKeys(Map.of(TestClient.APP_ID, "secret"));
        String channel = channel();
        long inAnHour = System.currentTimeMillis() / 1000 + 3600;
        assertJoinResult(
                keyed,
                TokenGenerator.generate(TestClient.APP_ID, "wrong", channel, "u1", inAnHour),
                channel,
                "u1",
                ERR_JOIN_BAD_TOKEN);
        assertJoinResult(
                keyed,
                TokenGenerator.generate(
                        TestClient.APP_ID, "secret", channel, "u1", System.currentTimeMillis() / 1000 - 10),
                channel,
                "u1",
                ERR_JOIN_BAD_TOKEN);
        assertJoinResult(
                keyed,
                TokenGenerator.generate(TestClient.APP_ID, "secret", channel, "someoneElse", inAnHour),
                channel,
                "u1",
                ERR_JOIN_BAD_TOKEN);
        assertJoinResult(keyed, "not a token", channel, "u1", ERR_JOIN_BAD_TOKEN);
        assertJoinResult(
                keyed, TokenGenerator.generate(TestClient.APP_ID, "secret", channel, "u1", inAnHour), channel, "u1", 0);
        assertJoinResult(
                keyed, TokenGenerator.generate("otherApp", "anything", channel, "u2", inAnHour), channel, "u2", 0);
    }

    @Test
    void invalidChannelAndUserIdsAreRefused() throws Exception {
        long inAnHour = System.currentTimeMillis() / 1000 + 3600;
        assertJoinResult(
                LocalCoreOptions.none(),
                TokenGenerator.generate(TestClient.APP_ID, "k", "bad channel!", "u", inAnHour),
                "bad channel!",
                "u",
                ERR_JOIN_BAD_CHANNEL);
        String tooLong = "u".repeat(65);
        assertJoinResult(
                LocalCoreOptions.none(),
                TokenGenerator.generate(TestClient.APP_ID, "k", "ok", tooLong, inAnHour),
                "ok",
                tooLong,
                ERR_JOIN_BAD_PARAM);
    }

    @Test
    void usersSeeEachOtherComeOnlinePublishAndGoOffline() throws Exception {
        String channel = channel();
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            alice.joined(channel, "alice", "{}", c -> c.put("isAudioOnly", true));
            List<Message> published = List.of(
                    alice.await(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 2),
                    alice.await(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 3));
            assertEquals(0, published.get(0).intValue("oldState", -1));
            assertEquals(2, published.get(1).intValue("oldState", -1));
            assertEquals(channel, published.get(1).text("channel"));
            assertTrue(alice.all(CallbackId.ON_VIDEO_PUBLISH_STATE_CHANGED).isEmpty(), "audio-only publishes no video");

            bob.joined(channel, "bob", "{}", c -> c.put("publishMode", 1));
            assertEquals(
                    "alice", bob.await(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY).text("uid"));
            Message tracks = bob.await(CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY);
            assertEquals(1, tracks.intValue("audioTrack", -1));
            assertEquals(0, tracks.intValue("videoTrack", -1));
            bob.await(CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED, m -> m.intValue("newState", -1) == 2);
            bob.await(CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
            assertEquals(
                    "bob", alice.await(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY).text("uid"));
            assertTrue(bob.all(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED).isEmpty(), "manual mode publishes nothing");

            bob.send(CommandId.PUBLISH_LOCAL_AUDIO_STREAM, h -> h.put("enable", true));
            bob.await(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
            alice.await(
                    CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY,
                    m -> "bob".equals(m.text("uid")) && m.intValue("audioTrack", -1) == 1);
            alice.send(CommandId.PUBLISH_LOCAL_AUDIO_STREAM, h -> h.put("enable", false));
            Message unpublished =
                    alice.await(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 1);
            assertEquals(3, unpublished.intValue("oldState", -1));
            bob.await(
                    CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY,
                    m -> "alice".equals(m.text("uid")) && m.intValue("audioTrack", -1) == 0);
            bob.await(CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED, m -> m.intValue("newState", -1) == 1);

            alice.send(CommandId.LEAVE_CHANNEL, h -> {});
            assertEquals(
                    "alice", bob.await(CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY).text("uid"));
        }
    }

    @Test
    void manualSubscriptionFollowsTheSubscribeCommands() throws Exception {
        String channel = channel();
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            alice.joined(channel, "alice", "{}", c -> {});
            bob.joined(channel, "bob", "{}", c -> c.put("subscribeMode", 1));
            bob.await(CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY);
            TestClient.sleep(100);
            assertTrue(bob.all(CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED).isEmpty(), "nothing subscribed yet");
            bob.send(CommandId.SUBSCRIBE_REMOTE_VIDEO_STREAM, h -> {
                h.put("uid", "alice");
                h.put("videoTrack", 1);
                h.put("sub", true);
            });
            bob.await(CallbackId.ON_VIDEO_SUBSCRIBE_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
            assertTrue(bob.all(CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED).isEmpty(), "audio stays unsubscribed");
            bob.send(CommandId.SUBSCRIBE_REMOTE_AUDIO_STREAM, h -> {
                h.put("uid", "alice");
                h.put("sub", true);
            });
            bob.await(CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
        }
    }

    @Test
    void joiningTwiceWithOneUserIdKicksTheEarlierSession() throws Exception {
        String channel = channel();
        try (TestClient first = TestClient.start();
                TestClient second = TestClient.start();
                TestClient observer = TestClient.start()) {
            observer.joined(channel, "observer", "{}", c -> {});
            first.joined(channel, "dup", "{}", c -> {});
            observer.await(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY, m -> "dup".equals(m.text("uid")));
            int mark = observer.receivedCount();
            second.joined(channel, "dup", "{}", c -> {});
            assertEquals(ERR_LEAVE_UNUSUAL, first.await(CallbackId.ON_ERROR).intValue("errorCode", 0));
            observer.awaitAt(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY, m -> true, mark);
            List<Message> all = observer.received();
            List<Integer> since = all.subList(mark, all.size()).stream()
                    .map(Message::id)
                    .filter(id -> id == CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY
                            || id == CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY)
                    .toList();
            assertEquals(
                    List.of(CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY, CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY),
                    since,
                    "the others see the earlier session go offline, then the new one come online");
            assertEquals(2, LocalCloud.shared().memberCount(TestClient.APP_ID, channel));
        }
    }

    @Test
    void aDroppedClientLeavesItsRoomAndEndsItsCore() throws Exception {
        String channel = channel();
        try (TestClient bob = TestClient.start()) {
            TestClient alice = TestClient.start();
            alice.joined(channel, "alice", "{}", c -> {});
            bob.joined(channel, "bob", "{}", c -> {});
            alice.drop();
            assertEquals(
                    "alice", bob.await(CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY).text("uid"));
            assertEquals(0, alice.server().exitFuture().get(5, TimeUnit.SECONDS));
            assertEquals(1, LocalCloud.shared().memberCount(TestClient.APP_ID, channel));
        }
    }

    @Test
    void destroyEndsTheCoreAndAnUnusedCoreEndsAfterItsAcceptTimeout() throws Exception {
        TestClient client = TestClient.start();
        client.createEngine("{}");
        client.send(CommandId.DESTROY_ENGINE, h -> {});
        assertEquals(0, client.server().exitFuture().get(5, TimeUnit.SECONDS));
        client.close();

        LocalCoreServer idle = LocalCoreServer.start(LocalCoreOptions.none().withAcceptTimeout(Duration.ofMillis(200)));
        assertEquals(0, idle.exitFuture().get(5, TimeUnit.SECONDS));
        assertTrue(idle.pid().isEmpty());
    }

    @Test
    void queriesAreAnsweredAndGarbageIsSkipped() throws Exception {
        try (TestClient client = TestClient.start()) {
            client.createEngine("not json at all");
            client.setParameter("not json either");
            client.send(CommandId.GET_SDK_VERSION, h -> {});
            assertTrue(client.await(CallbackId.ON_GET_SDK_VERSION)
                    .text("sdkVersion")
                    .startsWith("alirtc-local-core "));
            client.send(CommandId.GET_NEED_TEST_CYCLE_ROUND, h -> h.put("uid", "x"));
            assertFalse(client.await(CallbackId.ON_TEST_CYCLE_ROUND).bool("isEnable"));
            client.send(CommandId.GET_AUDIO_EFFECT_PUBLISH_VOLUME, h -> h.put("soundId", 7));
            assertEquals(
                    50,
                    client.await(CallbackId.ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME).intValue("volume", -1));
            client.send(CommandId.SET_AUDIO_EFFECT_PLAYOUT_VOLUME, h -> {
                h.put("soundId", 7);
                h.put("volume", 80);
            });
            client.send(CommandId.GET_AUDIO_EFFECT_PLAYOUT_VOLUME, h -> h.put("soundId", 7));
            assertEquals(
                    80,
                    client.await(CallbackId.ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME).intValue("volume", -1));
            client.send(CommandId.SET_CLIENT_ROLE, h -> h.put("role", 0));
            Message role = client.await(CallbackId.ON_UPDATE_ROLE_NOTIFY);
            assertEquals(1, role.intValue("oldRole", -1));
            assertEquals(0, role.intValue("newRole", -1));
            client.send(CommandId.GET_VOICEPRINT_VECTOR, h -> {});
            assertEquals("", client.await(CallbackId.ON_VOICEPRINT_VECTOR).text("vector"));
            client.send(CommandId.GET_AUDIO_IS_MAIN_SPEAKER, h -> {
                h.put("startTime", 1);
                h.put("endTime", 2);
            });
            assertEquals(
                    2, client.await(CallbackId.ON_GET_AUDIO_IS_MAIN_SPEAKER).intValue("endTime", 0));
            client.send(CommandId.GET_AIVAD_INFO, h -> {
                h.put("startTime", 3);
                h.put("endTime", 4);
            });
            assertEquals(3, client.await(CallbackId.ON_GET_AIVAD_INFO).intValue("startTime", 0));
            client.send(CommandId.HANGUP, h -> {});
            client.send(CommandId.SET_VOICEPRINT_VECTOR, h -> h.put("vector", "Null"));
            client.send(CommandId.GET_REMAIN_DATA_BUFFER_SIZE, h -> h.put("dataType", 2));
            Message remaining = client.await(CallbackId.ON_GET_REMAIN_DATA_BUFFER_SIZE);
            assertEquals(0, remaining.intValue("audioBufferSize", -1));
            assertEquals(0, remaining.intValue("videoBufferSize", -1));
        }
    }

    @Test
    void theThreadsOfAFinishedCoreEndAndTheClockStopsWithTheLastRoom() throws Exception {
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            alice.joined(channel(), "alice", "{}", c -> {});
            bob.joined(channel(), "bob", "{}", c -> {});
            assertTrue(LocalCloud.shared().clock().isRunning());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<String> left;
        do {
            TestClient.sleep(20);
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(Thread::isAlive)
                    .map(Thread::getName)
                    .filter(name -> name.startsWith("alirtc-local-") && !name.startsWith("alirtc-local-hub-"))
                    .filter(name -> !name.equals("alirtc-local-flusher"))
                    .toList();
        } while (!left.isEmpty() && System.nanoTime() < deadline);
        assertEquals(List.of(), left, "no session, accept, relay or clock thread outlives its core");
        assertEquals(0, LocalCloud.shared().roomCount());
        assertFalse(LocalCloud.shared().clock().isRunning());
    }

    @Test
    void malformedMessagesAreSkippedWithoutLosingStep() throws Exception {
        LocalCoreServer server = LocalCoreServer.start(LocalCoreOptions.none());
        try (Socket raw = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            DataOutputStream out = new DataOutputStream(raw.getOutputStream());
            writeChunk(out, "this is not JSON".getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, "{\"no\": \"command\"}".getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, new byte[16]);
            writeChunk(out, "{\"Command\": 4, \"sampleLength\": 4}".getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, new byte[] {1, 2, 3, 4});
            writeChunk(out, "{\"Command\": 40}".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            MessageReader reader = new MessageReader(raw.getInputStream(), Direction.CORE_TO_CLIENT, 1 << 20);
            Message answer = reader.read();
            assertEquals(CallbackId.ON_GET_SDK_VERSION, answer.id());
        } finally {
            server.stop(Duration.ofSeconds(2));
        }
        assertTrue(server.exitFuture().isDone());
    }

    @Test
    void theCoreAlsoListensOnIpv6Loopback() throws Exception {
        InetAddress ipv6 = InetAddress.getByName("::1");
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, ipv6)) {
            assertTrue(probe.isBound());
        } catch (java.io.IOException noIpv6) {
            Assumptions.abort("this host has no IPv6 loopback");
        }
        LocalCoreServer server = LocalCoreServer.start(LocalCoreOptions.none());
        try (Socket raw = new Socket(ipv6, server.port())) {
            DataOutputStream out = new DataOutputStream(raw.getOutputStream());
            writeChunk(out, "{\"Command\": 40}".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Message answer = new MessageReader(raw.getInputStream(), Direction.CORE_TO_CLIENT, 1 << 20).read();
            assertEquals(CallbackId.ON_GET_SDK_VERSION, answer.id());
        } finally {
            server.stop(Duration.ofSeconds(2));
        }
    }

    private static void writeChunk(DataOutputStream out, byte[] chunk) throws java.io.IOException {
        out.writeInt(chunk.length);
        out.write(chunk);
    }

    private static void assertJoinResult(
            LocalCoreOptions options, String token, String channel, String userId, int expected) throws Exception {
        try (TestClient client = TestClient.start(options)) {
            client.createEngine("{}");
            client.joinWithToken(token, channel, userId, c -> {});
            Message result = client.await(CallbackId.ON_JOIN_CHANNEL);
            assertEquals(expected, result.intValue("joinresult", -1), "join of " + userId);
            if (expected != 0) {
                assertEquals(expected, client.await(CallbackId.ON_ERROR).intValue("errorCode", 0));
                List<Message> received = client.received();
                assertTrue(
                        received.indexOf(client.await(CallbackId.ON_ERROR)) < received.indexOf(result),
                        "OnError comes before the join result");
            }
        }
    }
}
