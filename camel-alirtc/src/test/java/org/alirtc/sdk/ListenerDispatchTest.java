package org.alirtc.sdk;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageReader;
import org.alirtc.sdk.ipc.MessageWriter;
import org.alirtc.sdk.ipc.ProtocolJson;
import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.AudioQuestionDelay;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.EngineStats;
import org.alirtc.sdk.model.GrtnNodeDelay;
import org.alirtc.sdk.model.LocalAudioStats;
import org.alirtc.sdk.model.LocalVideoStats;
import org.alirtc.sdk.model.MvInfo;
import org.alirtc.sdk.model.PickupIncomingCallInfo;
import org.alirtc.sdk.model.RemoteAudioStats;
import org.alirtc.sdk.model.RemoteVideoStats;
import org.alirtc.sdk.model.VideoExternalEncoderParameter;
import org.alirtc.sdk.model.VideoFrame;
import org.alirtc.sdk.model.VoiceprintStatus;

import static org.alirtc.sdk.FakeCoreService.callback;
import static org.alirtc.sdk.FakeCoreService.callbackWithPayload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every callback, written with the spec's keys and read back by the protocol reader, reaches the right listener
 * method with the right values (spec section 4).
 */
class ListenerDispatchTest {

    private static final byte[] BYTES = {1, 2, 3, 4};

    @Test
    void sessionCallbacks() throws Exception {
        expect(
                callback(1001, "joinresult", 0, "channel", "room", "userid", "alice"),
                "onJoinChannelResult",
                0,
                "room",
                "alice");
        expect(callback(1004, "leaveresult", 0), "onLeaveChannelResult", 0);
        expect(callback(1005, "uid", "bob"), "onRemoteUserOnLineNotify", "bob");
        expect(callback(1006, "uid", "bob"), "onRemoteUserOffLineNotify", "bob");
        expect(
                callback(1007, "uid", "bob", "audioTrack", 1, "videoTrack", 3),
                "onRemoteTrackAvailableNotify",
                "bob",
                1,
                3);
        expect(stateChange(1008, true), "onAudioSubscribeStateChanged", "bob", 1, 3, 20, "room");
        expect(stateChange(1009, true), "onVideoSubscribeStateChanged", "bob", 1, 3, 20, "room");
        expect(stateChange(1010, true), "onSubscribeStreamTypeChanged", "bob", 1, 3, 20, "room");
        expect(stateChange(1011, true), "onScreenShareSubscribeStateChanged", "bob", 1, 3, 20, "room");
        expect(stateChange(1012, false), "onScreenSharePublishStateChanged", 1, 3, 20, "room");
        expect(stateChange(1013, false), "onDualStreamPublishStateChanged", 1, 3, 20, "room");
        expect(stateChange(1014, false), "onVideoPublishStateChanged", 1, 3, 20, "room");
        expect(stateChange(1015, false), "onAudioPublishStateChanged", 1, 3, 20, "room");
        expect(callback(1016, "oldRole", 1, "newRole", 0), "onUpdateRoleNotify", 1, 0);
        expect(callback(1017, "errorCode", 0x01050203), "onError", 0x01050203);
        expect(callback(1017, "errorCode", 0x7abc0001), "onError", 0x7abc0001);
        expect(callback(1018, "warningCode", 0x10203), "onWarning", 0x10203);
        expect(callback(1030, "status", 3, "reason", 9), "onConnectionStatusChanged", 3, 9);
        expect(callback(1059, "uid", "bob"), "onRemoteUserSubscribedDataChannel", "bob");
        expect(
                callback(1071, "uid", "bob", "timeCost", 8_000_000_000L),
                "onFirstAudioPacketReceived",
                "bob",
                8_000_000_000L);
        expect(callback(1032, "audiopath", "/tmp/dump"), "onAudioDumpPathSet", "/tmp/dump");
        expect(callback(1039, "isEnable", true), "onTestCycleRound", true);
        expect(callback(1040, "sdkVersion", "7.2.0"), "onSdkVersion", "7.2.0");
    }

    @Test
    void missingKeysTakeDefaultsAndUnknownIdsAreIgnored() throws Exception {
        expect(callback(1001), "onJoinChannelResult", 0, "", "");
        expect(callback(1024, "success", 1), "onPushAudioFrameBufferFull", true);
        ListenerRecorder recorder = new ListenerRecorder();
        assertFalse(ListenerDispatch.dispatch(roundTrip(callback(1099, "x", 1)), recorder.listener()));
        assertTrue(ListenerDispatch.dispatch(roundTrip(callback(1042, "frameID", "f")), recorder.listener()));
        assertTrue(ListenerDispatch.dispatch(roundTrip(callback(1055, "volume", 5)), recorder.listener()));
        assertTrue(recorder.calls().isEmpty(), () -> "no listener call expected, got " + recorder.calls());
    }

    @Test
    void mediaCallbacks() throws Exception {
        expect(
                callbackWithPayload(1019, BYTES, "userid", "bob", "size", 4),
                "onMediaExtensionMsgReceived",
                "bob",
                BYTES);
        expect(
                callbackWithPayload(
                        1020, BYTES, "uid", "bob", "networkTime", 99, "progress", 7, "type", 2, "dataLen", 4),
                "onDataChannelMessage",
                "bob",
                new DataChannelMessage(2, 99, 7, BYTES));
        expect(
                callbackWithPayload(
                        1022,
                        BYTES,
                        "uid",
                        "bob",
                        "type",
                        0,
                        "frame_ms",
                        10,
                        "sample_rates",
                        16000,
                        "samples",
                        2,
                        "channels",
                        1,
                        "sample_bits",
                        16,
                        "stream_index",
                        1,
                        "frame_size",
                        4),
                "onSubscribeAudioFrame",
                "bob",
                new AudioPcmFrame(0, 10, 16000, 2, 1, 16, 1, BYTES));
        AudioPcmFrame mixed = new AudioPcmFrame(0, 10, 48000, 1, 2, 16, 0, BYTES);
        expect(mixedPcm(1023), "onSubscribeMixAudioFrame", mixed);
        expect(mixedPcm(1069), "onPublishAudioFrame", mixed);
        expect(mixedPcm(1070), "onMixedAllAudioFrame", mixed);
        expect(
                callbackWithPayload(
                        1026,
                        BYTES,
                        "uid",
                        "bob",
                        "type",
                        1,
                        "frame_ms",
                        20,
                        "sample_rates",
                        44100,
                        "channels",
                        2,
                        "buf_size",
                        4),
                "onSubscribeAudioAac",
                "bob",
                new AudioAacFrame(1, 20, 44100, 2, BYTES));
        expect(
                callbackWithPayload(
                        1027, BYTES, "type", 1, "frame_ms", 20, "sample_rates", 44100, "channels", 2, "buf_size", 4),
                "onSubscribeMixedAudioAac",
                new AudioAacFrame(1, 20, 44100, 2, BYTES));
        ArrayNode mv = ProtocolJson.mapper().createArrayNode();
        mv.addArray().add(3).add(-4);
        expect(
                callbackWithPayload(
                        1021,
                        BYTES,
                        "uid",
                        "bob",
                        "track",
                        3,
                        "type",
                        0,
                        "frame_ms",
                        1234,
                        "width",
                        2,
                        "height",
                        2,
                        "frame_num",
                        9,
                        "frame_size",
                        4,
                        "qp",
                        30,
                        "mv_infos",
                        mv,
                        "slice_type",
                        2),
                "onRemoteVideoSample",
                "bob",
                new VideoFrame(3, 0, 1234, 2, 2, 9, 30, List.of(new MvInfo(3, -4)), 2, BYTES));
        expect(
                callbackWithPayload(
                        1025,
                        BYTES,
                        "uid",
                        "bob",
                        "track",
                        0,
                        "type",
                        1,
                        "frame_ms",
                        5,
                        "width",
                        640,
                        "height",
                        480,
                        "frame_num",
                        1,
                        "frame_size",
                        4),
                "onRemoteVideoEncodedSample",
                "bob",
                new VideoFrame(0, 1, 5, 640, 480, 1, 0, List.of(), 0, BYTES));
        expect(callback(1024, "success", true), "onPushAudioFrameBufferFull", true);
        expect(callback(1028, "success", false), "onPushVideoFrameBufferFull", false);
        expect(callback(1044, "sentenceID", 3, "sequenceID", 4), "onPushAudioFrameBegin", 3, 4);
        expect(callback(1045, "sentenceID", 3, "sequenceID", 5), "onPushAudioFrameEnd", 3, 5);
        expect(callback(1029, "audioBufferSize", 100, "videoBufferSize", 200), "onGetRemainDataBufferSize", 100, 200);
        expect(
                callback(1060, "videoTrack", 1, "width", 640, "height", 360, "frameRate", 15, "bitrateBps", 800_000),
                "onRequestVideoExternalEncoderParameter",
                1,
                new VideoExternalEncoderParameter(640, 360, 15, 800_000));
        expect(
                callback(1061, "videoTrack", 1, "frameType", 1, "dropFrame", true),
                "onRequestVideoExternalEncoderFrame",
                1,
                1,
                true);
    }

    @Test
    void aiCallbacks() throws Exception {
        expect(
                callback(
                        1033,
                        "isEnable",
                        true,
                        "isMainSpeaker",
                        false,
                        "isEnrolled",
                        true,
                        "environment",
                        2,
                        "startTime",
                        10,
                        "endTime",
                        20),
                "onGetAudioIsMainSpeaker",
                10L,
                20L,
                new VoiceprintStatus(true, false, true, 2));
        expect(callback(1041, "status", 1, "startTime", 10, "endTime", 20), "onGetAIVadInfo", 10L, 20L, 1);
        expect(callback(1051, "delay", "enc"), "onEncryptQuestionDelayInfo", "enc");
        expect(callback(1035, "vector", Base64.getEncoder().encodeToString(BYTES)), "onVoiceprintVector", BYTES);
        expect(callback(1031, "ready", true), "onGreetReady", true);
        expect(callback(1034, "uid", "bob", "udid", "dev-1"), "onRemoteDeviceId", "bob", "dev-1");
        expect(callback(1053, "soundId", 7), "onAudioEffectFinished", 7);
        expect(
                callback(1038, "uid", "bob", "begin", true, "asr", 11, "llm", 12, "tts", 13, "sentence", 14),
                "onLocalSentenceState",
                "bob",
                true,
                AudioQuestionDelay.builder()
                        .aiAgentAudioAsrCost(11)
                        .aiAgentAudioLlmCost(12)
                        .aiAgentAudioTtsCost(13)
                        .aiSentenceId(14)
                        .build());
        expect(
                callback(1036, "uid", "bob", "end", true),
                "onRemoteSentenceState",
                "bob",
                true,
                AudioQuestionDelay.empty());

        ObjectNode delay = ProtocolJson.object();
        delay.put("ai_question_capture_timestamp", 1)
                .put("ai_answer_capture_timestamp", 2)
                .put("ai_sentence_id", 3)
                .put("ai_client_audio_total_pub_delay", 4)
                .put("ai_linux_audio_total_sub_delay", 5)
                .put("ai_agent_audio_total_cost", 6)
                .put("ai_linux_audio_process_smart_denoise_delay", 7);
        delay.putArray("ai_linux_grtn_node_delay")
                .addObject()
                .put("grtn_node_internal_rtt_half", 8)
                .put("grtn_node_bef_pacer", 9)
                .put("grtn_node_pacer_cost", 10);
        expect(
                callback(1036, "uid", "bob", "end", false, "audio_question_delay", delay),
                "onRemoteSentenceState",
                "bob",
                false,
                AudioQuestionDelay.builder()
                        .aiQuestionCaptureTimestamp(1)
                        .aiAnswerCaptureTimestamp(2)
                        .aiSentenceId(3)
                        .aiClientAudioPubTotalDelay(4)
                        .aiLinuxAudioSubTotalDelay(5)
                        .aiAgentAudioTotalCost(6)
                        .aiLinuxAudioProcessSmartDenoiseDelay(7)
                        .aiLinuxGrtnNodeDelay(List.of(new GrtnNodeDelay(8, 9, 10)))
                        .build());
    }

    @Test
    void voipCallbacks() throws Exception {
        expect(callback(1046), "onRemoteHangUp");
        expect(callback(1047, "code", 1), "onHangUpResult", 1);
        expect(callback(1048, "code", 2), "onVoipQuality", 2);
        expect(callback(1049, "code", 0), "onDialResult", 0);
        expect(callback(1050, "code", 3), "onDialUpdateResult", 3);
        expect(callback(1052, "code", 180), "onDialStateChange", 180);
        expect(
                callback(1056, "sdpInfo", "v=0", "result", 0),
                "onPickupIncomingCall",
                new PickupIncomingCallInfo("v=0", 0));
        expect(callback(1057, "code", 0), "onConnectIncomingCallResult", 0);
        expect(callback(1058, "code", 1), "onDisConnectIncomingCallResult", 1);
        expect(
                callback(
                        1068,
                        "eventStr",
                        "*",
                        "eventCode",
                        11,
                        "endFlag",
                        1,
                        "volume",
                        10,
                        "timestampIncrement",
                        160,
                        "duration",
                        800),
                "onVoipTelephoneEvent",
                "*",
                11,
                1,
                10,
                160,
                800);
    }

    @Test
    void statsCallbacks() throws Exception {
        expect(
                callback(
                        1062,
                        "availableSendBitrate",
                        1,
                        "sentKBitrate",
                        2,
                        "rcvdKBitrate",
                        3,
                        "sentBytes",
                        4,
                        "rcvdBytes",
                        5,
                        "videoRcvdKBitrate",
                        6,
                        "videoSentKBitrate",
                        7,
                        "systemCpu",
                        8,
                        "appCpu",
                        9,
                        "callDuration",
                        10,
                        "sentLossRate",
                        11,
                        "sentLossPkts",
                        12,
                        "sentExpectedPkts",
                        13,
                        "rcvdLossRate",
                        14,
                        "rcvdLossPkts",
                        15,
                        "rcvdExpectedPkts",
                        16,
                        "lastmileDelay",
                        17),
                "onStats",
                new EngineStats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17));
        expect(
                callback(
                        1063,
                        "track",
                        1,
                        "targetEncodeBitrate",
                        2,
                        "actualEncodeBitrate",
                        3,
                        "sentBitrate",
                        4,
                        "sentBitrateKbps",
                        5,
                        "sentFps",
                        6,
                        "encodeFps",
                        7,
                        "captureFps",
                        8,
                        "avgQpPerSec",
                        9,
                        "rtt",
                        10,
                        "sendBytes",
                        11,
                        "renderFps",
                        12),
                "onLocalVideoStats",
                new LocalVideoStats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        expect(
                callback(
                        1064,
                        "track",
                        1,
                        "userId",
                        "bob",
                        "width",
                        2,
                        "height",
                        3,
                        "decodeFps",
                        4,
                        "renderFps",
                        5,
                        "frozenTimes",
                        6,
                        "videoTotalFrozenTime",
                        7,
                        "videoTotalFrozenRate",
                        8,
                        "rtpCount",
                        9,
                        "rtpLoss",
                        10,
                        "rtt",
                        11,
                        "recvBitrate",
                        12,
                        "rcvdBitrateKbps",
                        13,
                        "e2eDelay",
                        14,
                        "frameLoss",
                        15,
                        "pullBytes",
                        16,
                        "packetLossRate",
                        0.5),
                "onRemoteVideoStats",
                new RemoteVideoStats("bob", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 0.5));
        expect(
                callback(
                        1065,
                        "track",
                        1,
                        "scene",
                        2,
                        "sentBitrate",
                        3,
                        "sentBitrateKbps",
                        4,
                        "sentSamplerate",
                        5,
                        "numChannel",
                        6,
                        "inputLevel",
                        7,
                        "rtt",
                        8,
                        "sendBytes",
                        9),
                "onLocalAudioStats",
                new LocalAudioStats(2, 1, 3, 4, 5, 6, 7, 8, 9));
        expect(
                callback(
                        1066,
                        "track",
                        1,
                        "userId",
                        "bob",
                        "quality",
                        2,
                        "networkTransportDelay",
                        3,
                        "jitterBufferDelay",
                        4,
                        "audioLossRate",
                        0.25,
                        "rcvdBitrate",
                        6,
                        "rcvdBitrateKbps",
                        7,
                        "totalFrozenTimes",
                        8,
                        "audioTotalFrozenTime",
                        9,
                        "audioTotalFrozenRate",
                        10,
                        "rtt",
                        11,
                        "e2eDelay",
                        12,
                        "ai_e2eDelay",
                        13,
                        "pullBytes",
                        14),
                "onRemoteAudioStats",
                new RemoteAudioStats("bob", 1, 2, 3, 4, 0.25, 6, 7, 8, 9, 10, 11, 12, 13, 14));
        ObjectNode profile = ProtocolJson.object().put("fps", 15);
        expect(callback(1067, "type", 1, "profileStats", profile), "onProfileStats", 1, "{\"fps\": 15}");
        expect(callback(1067, "type", 10, "profileStats", "{\"a\":1}"), "onProfileStats", 10, "{\"a\":1}");
    }

    private static Message stateChange(int id, boolean withUid) {
        return withUid
                ? callback(
                        id, "uid", "bob", "oldState", 1, "newState", 3, "elapseSinceLastState", 20, "channel", "room")
                : callback(id, "oldState", 1, "newState", 3, "elapseSinceLastState", 20, "channel", "room");
    }

    private static Message mixedPcm(int id) {
        return callbackWithPayload(
                id,
                BYTES,
                "type",
                0,
                "frame_ms",
                10,
                "sample_rates",
                48000,
                "samples",
                1,
                "channels",
                2,
                "sample_bits",
                16,
                "frame_size",
                4);
    }

    /** Writes the callback as the core service would and reads it back as the engine does. */
    private static Message roundTrip(Message callback) throws Exception {
        byte[] wire = MessageWriter.encode(callback, Direction.CORE_TO_CLIENT);
        return new MessageReader(
                        new ByteArrayInputStream(wire), Direction.CORE_TO_CLIENT, MessageReader.DEFAULT_MAX_CHUNK_BYTES)
                .read();
    }

    private static void expect(Message callback, String method, Object... args) throws Exception {
        ListenerRecorder recorder = new ListenerRecorder();
        assertTrue(ListenerDispatch.dispatch(roundTrip(callback), recorder.listener()));
        List<ListenerRecorder.Call> calls = recorder.calls();
        assertEquals(1, calls.size(), () -> "callback " + callback.id() + " produced " + calls);
        ListenerRecorder.Call call = calls.get(0);
        assertEquals(method, call.method(), () -> "callback " + callback.id());
        assertEquals(args.length, call.args().size(), () -> method + " arguments " + call);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof byte[] expectedBytes) {
                assertArrayEquals(expectedBytes, (byte[]) call.arg(i), method + " argument " + i);
            } else {
                assertEquals(args[i], call.arg(i), method + " argument " + i + " of " + Arrays.toString(args));
            }
        }
        String text =
                new String(MessageWriter.encode(callback, Direction.CORE_TO_CLIENT), 4, 9, StandardCharsets.US_ASCII);
        assertEquals("{\"Request", text, "callbacks are keyed \"Request\" first");
    }
}
