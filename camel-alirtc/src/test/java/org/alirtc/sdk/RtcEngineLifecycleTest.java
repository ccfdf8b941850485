package org.alirtc.sdk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoFrame;
import org.alirtc.sdk.model.VideoSource;

import static org.alirtc.sdk.FakeCoreService.callback;
import static org.alirtc.sdk.FakeCoreService.callbackWithPayload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole engine life against {@link FakeCoreService}: join, media both ways, leave, release, and what goes wrong. */
class RtcEngineLifecycleTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final JoinChannelConfig CONFIG = JoinChannelConfig.defaults();

    private FakeCoreService core;
    private ListenerRecorder recorder;
    private RtcEngine engine;

    @BeforeEach
    void start() throws Exception {
        core = FakeCoreService.start();
        recorder = new ListenerRecorder();
        engine = RtcEngineFactory.create(
                core,
                EngineOptions.local().toBuilder()
                        // The liveness probes (EngineLivenessTest) would interleave with the commands checked here.
                        .livenessTimeout(Duration.ZERO)
                        .leaveTimeout(Duration.ofSeconds(2))
                        .destroyGrace(Duration.ofMillis(1500))
                        .build(),
                recorder.listener());
        answerLeave();
    }

    @AfterEach
    void stop() {
        engine.release();
        core.close();
    }

    private void answerJoin(int result) {
        core.answer(
                CommandId.JOIN_CHANNEL_V2,
                cmd -> List.of(callback(
                        1001, "joinresult", result, "channel", cmd.text("channel"), "userid", cmd.text("userid"))));
    }

    private void answerLeave() {
        core.answer(CommandId.LEAVE_CHANNEL, cmd -> List.of(callback(1004, "leaveresult", 0)));
    }

    @Test
    void joinPublishReceiveLeaveRelease() throws Exception {
        answerJoin(0);
        JoinResult joined =
                engine.join("tok", "room1", "alice", "Alice", CONFIG, TIMEOUT).get(5, TimeUnit.SECONDS);
        assertEquals(new JoinResult("room1", "alice"), joined);
        assertEquals(EngineState.JOINED, engine.state());
        assertEquals("room1", engine.joinedChannel());
        assertEquals("alice", engine.joinedUserId());

        assertEquals(RtcEngine.SENT, engine.publishLocalAudioStream(true));
        assertEquals(RtcEngine.SENT, engine.publishLocalVideoStream(true));
        core.send(callback(1015, "oldState", 2, "newState", 3, "elapseSinceLastState", 40, "channel", "room1"));
        assertEquals(
                List.of(2, 3, 40, "room1"),
                recorder.await("onAudioPublishStateChanged").args());

        byte[] pcm = pattern(320, 3);
        core.send(callbackWithPayload(
                1022,
                pcm,
                "uid",
                "bob",
                "type",
                0,
                "frame_ms",
                10,
                "sample_rates",
                16000,
                "samples",
                160,
                "channels",
                1,
                "sample_bits",
                16,
                "stream_index",
                0,
                "frame_size",
                pcm.length));
        byte[] i420 = pattern(1920 * 1080 * 3 / 2, 5);
        core.send(callbackWithPayload(
                1021,
                i420,
                "uid",
                "bob",
                "track",
                0,
                "type",
                0,
                "frame_ms",
                1000,
                "width",
                1920,
                "height",
                1080,
                "frame_num",
                1,
                "frame_size",
                i420.length,
                "qp",
                0,
                "slice_type",
                0));
        byte[] data = "hello".getBytes();
        core.send(callbackWithPayload(
                1020, data, "uid", "bob", "networkTime", 0, "progress", 0, "type", 2, "dataLen", data.length));
        byte[] sei = pattern(4096, 11);
        core.send(callbackWithPayload(1019, sei, "userid", "bob", "size", sei.length));

        AudioPcmFrame frame =
                (AudioPcmFrame) recorder.await("onSubscribeAudioFrame").arg(1);
        assertArrayEquals(pcm, frame.data());
        assertEquals(16000, frame.sampleRate());
        VideoFrame video = (VideoFrame) recorder.await("onRemoteVideoSample").arg(1);
        assertEquals(1920, video.width());
        assertArrayEquals(i420, video.data(), "a 1080p frame spread over 48 chunks arrives whole");
        DataChannelMessage message =
                (DataChannelMessage) recorder.await("onDataChannelMessage").arg(1);
        assertArrayEquals(data, message.data());
        assertArrayEquals(
                sei, (byte[]) recorder.await("onMediaExtensionMsgReceived").arg(1));

        assertEquals(0, engine.leave(TIMEOUT).get(5, TimeUnit.SECONDS));
        assertEquals(EngineState.LEFT, engine.state());
        assertNull(engine.joinedChannel());

        engine.release();
        assertEquals(EngineState.RELEASED, engine.state());
        assertEquals(List.of(1, 24, 11, 10, 6, 23), core.receivedIds());
        assertEquals(1, core.stopCalls());
        assertEquals(Duration.ofMillis(1500), core.lastStopGrace());
        engine.release();
        engine.close();
        assertEquals(1, core.stopCalls(), "release is idempotent");
        assertEquals(RtcEngine.NOT_CONNECTED, engine.muteLocalMic(true));
        assertEquals(RtcEngine.NOT_CONNECTED, engine.pushExternalAudioFrameRawData(new byte[4], 4, 0));
        assertFailsWith(engine.leave(TIMEOUT), "released");
        assertEquals(7, engine.counters().messagesReceived());
    }

    @Test
    void releaseWhileJoinedLeavesFirstThenDestroysThenStops() throws Exception {
        answerJoin(0);
        engine.join("tok", "room1", "alice", null, CONFIG, TIMEOUT).get(5, TimeUnit.SECONDS);
        engine.release();
        assertEquals(List.of(1, 24, 6, 23), core.receivedIds());
        assertEquals(1, recorder.calls("onLeaveChannelResult").size(), "the leave result was awaited");
        assertEquals(1, core.stopCalls());
    }

    @Test
    void releaseGivesUpWaitingForAnUnansweredLeave() throws Exception {
        answerJoin(0);
        core.answer(CommandId.LEAVE_CHANNEL, cmd -> List.of());
        engine.join("tok", "room1", "alice", null, CONFIG, TIMEOUT).get(5, TimeUnit.SECONDS);
        engine.release();
        assertEquals(List.of(1, 24, 6, 23), core.receivedIds());
        assertEquals(EngineState.RELEASED, engine.state());
    }

    @Test
    void joinFailureCodeFailsTheFuture() throws Exception {
        answerJoin(0x02010205);
        RtcException failure =
                assertFailsWith(engine.join("tok", "room1", "alice", null, CONFIG, TIMEOUT), "ERR_JOIN_BAD_TOKEN");
        assertEquals(0x02010205, failure.errorCode());
        assertEquals(EngineState.CONNECTED, engine.state());
        assertEquals(0x02010205, recorder.await("onJoinChannelResult").arg(0));
    }

    @Test
    void errorBeforeTheJoinResultFailsTheFuture() throws Exception {
        core.answer(CommandId.JOIN_CHANNEL_V2, cmd -> List.of(callback(1017, "errorCode", 0x02010201)));
        RtcException failure =
                assertFailsWith(engine.join("tok", "room1", "alice", null, CONFIG, TIMEOUT), "ERR_JOIN_BAD_APPID");
        assertEquals(0x02010201, failure.errorCode());
        assertEquals(0x02010201, recorder.await("onError").arg(0));
        assertEquals(EngineState.CONNECTED, engine.state());
    }

    @Test
    void joinTimesOutWhenTheCoreServiceDoesNotAnswer() throws Exception {
        RtcException failure =
                assertFailsWith(engine.join("tok", "room1", "alice", null, CONFIG, Duration.ofMillis(200)), "200 ms");
        assertTrue(failure.getMessage().contains("did not answer"), failure.getMessage());
        assertEquals(0x01020204, failure.errorCode());
    }

    @Test
    void joinValidatesIdsAndSendsNothingWhenTheyAreInvalid() throws Exception {
        IllegalArgumentException bad = assertThrows(
                IllegalArgumentException.class, () -> engine.join("tok", "room 1", "alice", null, CONFIG, TIMEOUT));
        assertTrue(bad.getMessage().contains("room 1"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> engine.join(null, "room1", "alice", null, CONFIG, TIMEOUT));
        engine.muteLocalMic(true);
        core.awaitCount(2);
        assertEquals(List.of(1, 20), core.receivedIds());
    }

    @Test
    void coreServiceExitDuringJoinFailsTheFutureAndIsReported() throws Exception {
        CompletableFuture<JoinResult> join = engine.join("tok", "room1", "alice", null, CONFIG, TIMEOUT);
        core.awaitCommand(CommandId.JOIN_CHANNEL_V2);
        core.exit(134);
        RtcException failure = assertFailsWith(join, "core service");
        assertEquals(0x01050203, failure.errorCode());
        recorder.await("onCoreServiceExit");
        List<String> order = recorder.methods().stream()
                .filter(m -> m.equals("onError") || m.equals("onCoreServiceExit"))
                .toList();
        assertEquals(List.of("onError", "onCoreServiceExit"), order);
        assertEquals(0x01050203, recorder.await("onError").arg(0));
        assertEquals(134, recorder.await("onCoreServiceExit").arg(0));
        assertEquals(EngineState.CORE_SERVICE_DOWN, engine.state());
        assertEquals(RtcEngine.NOT_CONNECTED, engine.publishLocalAudioStream(true));
        engine.release();
        assertEquals(EngineState.RELEASED, engine.state());
        assertEquals(1, recorder.calls("onError").size(), "disconnect is reported once");
    }

    @Test
    void aPushWaitingForRoomIsWokenByTheCoreServicesReportAndGivesUpWhenItStaysFull() throws Exception {
        core.send(callback(1024, "success", true));
        recorder.await("onPushAudioFrameBufferFull");
        assertFalse(engine.awaitAudioBufferRoom(TimeUnit.MILLISECONDS.toNanos(50)), "still full after 50 ms");

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return engine.awaitAudioBufferRoom(TimeUnit.SECONDS.toNanos(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        core.send(callback(1024, "success", false));
        assertTrue(waiting.get(20, TimeUnit.SECONDS), "room reported");
        assertTrue(engine.awaitVideoBufferRoom(0), "the video buffer was never full");
    }

    @Test
    void bufferFullRefusesPushesUntilTheCoreServiceHasRoomAgain() throws Exception {
        byte[] pcm = new byte[640];
        VideoDataSample video = VideoDataSample.i420(new byte[6], 2, 2, 0);
        core.send(callback(1024, "success", true));
        core.send(callback(1028, "success", true));
        recorder.await("onPushVideoFrameBufferFull");
        assertTrue(engine.isAudioBufferFull());
        assertEquals(RtcEngine.BUFFER_FULL, engine.pushExternalAudioFrameRawData(pcm, pcm.length, 0));
        assertEquals(RtcEngine.BUFFER_FULL, engine.pushExternalVideoFrame(video, VideoSource.CAMERA));
        engine.muteLocalMic(false);
        core.awaitCount(2);
        assertEquals(List.of(1, 20), core.receivedIds(), "refused pushes write nothing");
        assertEquals(2, engine.counters().droppedBufferFullPushes());

        core.send(callback(1024, "success", false));
        recorder.await("onPushAudioFrameBufferFull", 2);
        assertEquals(RtcEngine.SENT, engine.pushExternalAudioFrameRawData(pcm, pcm.length, 10));
        assertEquals(RtcEngine.BUFFER_FULL, engine.pushExternalVideoFrame(video, VideoSource.CAMERA));
        assertEquals(RtcEngine.SENT, engine.clearDataBuffer());
        assertFalse(engine.isVideoBufferFull(), "clearing the buffers clears the full flags");
        assertEquals(RtcEngine.SENT, engine.pushExternalVideoFrame(video, VideoSource.CAMERA));
        core.awaitCount(5);
        assertEquals(List.of(1, 20, 4, 31, 3), core.receivedIds());
        assertEquals(2, recorder.calls("onPushAudioFrameBufferFull").size(), "clearing does not call the listener");
    }

    @Test
    void aThrowingListenerDoesNotStopDelivery() throws Exception {
        recorder.on("onRemoteUserOnLineNotify", args -> {
            throw new IllegalStateException("listener bug");
        });
        core.send(callback(1005, "uid", "bob"));
        core.send(callback(1005, "uid", "carol"));
        core.send(callback(1006, "uid", "bob"));
        recorder.await("onRemoteUserOffLineNotify");
        assertEquals(2, recorder.calls("onRemoteUserOnLineNotify").size());
        assertEquals(2, engine.counters().listenerFailures());
    }

    @Test
    void aListenerMayCallTheEngineFromACallback() throws Exception {
        answerJoin(0);
        AtomicInteger sendResult = new AtomicInteger(99);
        AtomicReference<EngineState> stateSeen = new AtomicReference<>();
        recorder.on("onJoinChannelResult", args -> {
            stateSeen.set(engine.state());
            sendResult.set(engine.sendDataChannelMessage(DataChannelMessage.custom("hi from the callback")));
        });
        engine.join("tok", "room1", "alice", null, CONFIG, TIMEOUT).get(5, TimeUnit.SECONDS);
        assertEquals(RtcEngine.SENT, sendResult.get());
        assertEquals(EngineState.JOINED, stateSeen.get(), "state is updated before the listener runs");
        assertEquals(
                "hi from the callback",
                new String(core.awaitCommand(CommandId.SEND_DATA_CHANNEL_MSG).payload()));
    }

    @Test
    void aListenerMayReleaseTheEngine() throws Exception {
        recorder.on("onRemoteUserOffLineNotify", args -> engine.release());
        core.send(callback(1006, "uid", "bob"));
        core.awaitCommand(CommandId.DESTROY_ENGINE);
        long deadline = System.nanoTime() + FakeCoreService.WAIT.toNanos();
        while (core.stopCalls() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, core.stopCalls(), "the listener's release stopped the core service");
        assertEquals(EngineState.RELEASED, engine.state());
    }

    @Test
    void queriesCompleteWithTheAnswerAndTheVersionIsCached() throws Exception {
        core.answer(CommandId.GET_SDK_VERSION, cmd -> List.of(callback(1040, "sdkVersion", "7.3.1")));
        core.answer(CommandId.GET_AUDIO_EFFECT_PUBLISH_VOLUME, cmd -> List.of(callback(1055, "volume", 42)));
        assertEquals("7.3.1", engine.getSdkVersion(TIMEOUT).get(5, TimeUnit.SECONDS));
        assertEquals("7.3.1", engine.getSdkVersion(TIMEOUT).get(5, TimeUnit.SECONDS));
        assertEquals(42, engine.getAudioEffectPublishVolume(3, TIMEOUT).get(5, TimeUnit.SECONDS));
        RtcException noAnswer = assertFailsWith(
                engine.getAudioEffectPlayoutVolume(3, Duration.ofMillis(100)), "did not answer command 56");
        assertEquals(0x0102020C, noAnswer.errorCode());
        assertEquals(List.of(1, 40, 54, 56), core.receivedIds());
        core.send(callback(1032, "audiopath", "/tmp/dump"));
        recorder.await("onAudioDumpPathSet");
        assertEquals("/tmp/dump", engine.getAudioDumpPath());
    }

    @Test
    void lostConnectionIsReportedOnceAndFailsWaitingLeaves() throws Exception {
        answerJoin(0);
        core.answer(CommandId.LEAVE_CHANNEL, cmd -> List.of());
        engine.join("tok", "room1", "alice", null, CONFIG, TIMEOUT).get(5, TimeUnit.SECONDS);
        CompletableFuture<Integer> leave = engine.leave(TIMEOUT);
        core.awaitCommand(CommandId.LEAVE_CHANNEL);
        core.disconnect();
        assertFailsWith(leave, "closed the connection");
        assertEquals(0x01050203, recorder.await("onError").arg(0));
        assertEquals(EngineState.CORE_SERVICE_DOWN, engine.state());
        String reason = (String) recorder.await("onCoreServiceUnresponsive").arg(0);
        assertTrue(reason.contains("while its process kept running"), reason);
        assertEquals(
                List.of("onError", "onCoreServiceUnresponsive"),
                recorder.methods().stream()
                        .filter(m -> m.equals("onError") || m.equals("onCoreServiceUnresponsive"))
                        .toList());
        // Unreachable but alive, the core service is stopped at once, so it cannot hold its seat in the channel.
        assertEquals(Duration.ZERO, core.awaitStopGrace());
        assertEquals(1, recorder.calls("onError").size(), "disconnect is reported once");
    }

    static byte[] pattern(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * seed + (i >> 8));
        }
        return bytes;
    }

    static RtcException assertFailsWith(CompletableFuture<?> future, String messagePart) throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        RtcException failure = assertInstanceOf(RtcException.class, e.getCause());
        assertTrue(
                failure.getMessage().contains(messagePart),
                () -> "expected \"" + messagePart + "\" in: " + failure.getMessage());
        return failure;
    }
}
