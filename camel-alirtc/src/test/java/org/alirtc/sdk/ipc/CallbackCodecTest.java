package org.alirtc.sdk.ipc;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every callback record survives the wire: encode, write, read and decode gives the same record, and encoding it again
 * gives the same bytes. Missing keys decode to defaults, and the headers the local core sends keep the key order
 * and value types of the protocol specification (section 4).
 */
class CallbackCodecTest {

    private static final byte[] BYTES = {1, 2, 3, 4};

    @Test
    void everyCallbackIdRoundTrips() throws Exception {
        Map<Integer, Callback> byId = new TreeMap<>();
        for (Callback sample : samples()) {
            assertNull(byId.put(sample.id(), sample), () -> "two samples for " + sample.id());
        }
        for (int id = 1000; id <= 1100; id++) {
            assertEquals(CallbackId.isKnown(id), byId.containsKey(id), "sample for callback " + id);
        }
        for (Callback sample : byId.values()) {
            byte[] wire = MessageWriter.encode(sample.encode(), Direction.CORE_TO_CLIENT);
            Callback decoded = CallbackCodec.decode(read(wire));
            assertEquals(sample, decoded, () -> "round trip of " + CallbackId.name(sample.id()));
            assertArrayEquals(
                    wire,
                    MessageWriter.encode(decoded.encode(), Direction.CORE_TO_CLIENT),
                    () -> "bytes of " + CallbackId.name(sample.id()));
        }
    }

    @Test
    void missingKeysDecodeToDefaults() {
        for (int id = 1001; id <= 1071; id++) {
            if (CallbackId.isKnown(id)) {
                int known = id;
                assertNotNull(CallbackCodec.decode(bare(id)), () -> "callback " + known);
            }
        }
        assertEquals(new ChannelCallback.JoinChannelResult(0, "", ""), CallbackCodec.decode(bare(1001)));
        assertEquals(new MediaCallback.PushBufferFull(1024, false), CallbackCodec.decode(bare(1024)));
        assertEquals(
                new MediaCallback.UserAudioFrame("", new AudioPcmFrame(0, 0, 0, 0, 0, 0, 0, new byte[0])),
                CallbackCodec.decode(bare(1022)));
        assertEquals(
                new AiCallback.RemoteSentenceState("", false, AudioQuestionDelay.empty()),
                CallbackCodec.decode(bare(1036)));
        assertEquals(new StatsCallback.ProfileStats(0, ""), CallbackCodec.decode(bare(1067)));
        assertEquals(
                new MediaCallback.RemoteVideoFrame(
                        1021, "", new VideoFrame(0, 0, 0, 0, 0, 0, 0, List.of(), 0, new byte[0])),
                CallbackCodec.decode(bare(1021)));
    }

    @Test
    void unknownIdsAndUnknownCodesPassAsTheyAre() {
        assertNull(CallbackCodec.decode(bare(1002)));
        assertNull(CallbackCodec.decode(bare(1099)));
        assertNull(CallbackCodec.decode(bare(7)));
        Message error = Message.callback(Message.callbackHeader(1017).put(WireKeys.ERROR_CODE, 0x7abc0001), null);
        assertEquals(new ChannelCallback.EngineError(0x7abc0001), CallbackCodec.decode(error));
        Message truthy = Message.callback(Message.callbackHeader(1024).put(WireKeys.SUCCESS, 1), null);
        assertEquals(new MediaCallback.PushBufferFull(1024, true), CallbackCodec.decode(truthy));
    }

    @Test
    void recordsRefuseIdsTheyDoNotCarry() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new MediaCallback.AudioFrame(
                        1022, new AudioPcmFrame(0, 10, 16000, 160, 1, 16, 0, new byte[320])));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ChannelCallback.SubscribeStateChanged(1012, "u", 1, 2, 3, "c"));
        assertThrows(IllegalArgumentException.class, () -> new VoipCallback.CallResult(1046, 0));
    }

    @Test
    void localCoreHeadersKeepTheSpecKeyOrder() {
        header(
                "{\"Request\":1001,\"joinresult\":0,\"channel\":\"room\",\"userid\":\"alice\"}",
                new ChannelCallback.JoinChannelResult(0, "room", "alice"));
        header("{\"Request\":1004,\"leaveresult\":0}", new ChannelCallback.LeaveChannelResult(0));
        header("{\"Request\":1005,\"uid\":\"bob\"}", new ChannelCallback.RemoteUserNotice(1005, "bob"));
        header(
                "{\"Request\":1007,\"uid\":\"bob\",\"audioTrack\":1,\"videoTrack\":0}",
                new ChannelCallback.RemoteTrackAvailable("bob", 1, 0));
        header(
                "{\"Request\":1008,\"uid\":\"bob\",\"oldState\":1,\"newState\":2,\"elapseSinceLastState\":5,"
                        + "\"channel\":\"room\"}",
                new ChannelCallback.SubscribeStateChanged(1008, "bob", 1, 2, 5, "room"));
        header(
                "{\"Request\":1015,\"oldState\":1,\"newState\":2,\"elapseSinceLastState\":5,\"channel\":\"room\"}",
                new ChannelCallback.PublishStateChanged(1015, 1, 2, 5, "room"));
        header("{\"Request\":1016,\"oldRole\":0,\"newRole\":1}", new ChannelCallback.RoleUpdated(0, 1));
        header("{\"Request\":1017,\"errorCode\":16974595}", new ChannelCallback.EngineError(0x01030303));
        header("{\"Request\":1030,\"status\":3,\"reason\":9}", new ChannelCallback.ConnectionStatusChanged(3, 9));
        header(
                "{\"Request\":1019,\"userid\":\"bob\",\"size\":4}",
                new MediaCallback.MediaExtensionMessage("bob", BYTES));
        header(
                "{\"Request\":1020,\"uid\":\"bob\",\"networkTime\":7,\"progress\":8,\"type\":2,\"dataLen\":4}",
                new MediaCallback.DataChannelReceived("bob", new DataChannelMessage(2, 7, 8, BYTES)));
        header(
                "{\"Request\":1021,\"uid\":\"bob\",\"track\":0,\"type\":0,\"frame_ms\":40,\"width\":2,\"height\":2,"
                        + "\"frame_num\":3,\"frame_size\":4,\"qp\":0,\"mv_infos\":[],\"slice_type\":0}",
                new MediaCallback.RemoteVideoFrame(
                        1021, "bob", new VideoFrame(0, 0, 40, 2, 2, 3, 0, List.of(), 0, BYTES)));
        header(
                "{\"Request\":1022,\"uid\":\"bob\",\"type\":0,\"frame_ms\":10,\"sample_rates\":16000,\"samples\":2,"
                        + "\"channels\":1,\"sample_bits\":16,\"stream_index\":0,\"frame_size\":4}",
                new MediaCallback.UserAudioFrame("bob", new AudioPcmFrame(0, 10, 16000, 2, 1, 16, 0, BYTES)));
        header(
                "{\"Request\":1023,\"type\":0,\"frame_ms\":10,\"sample_rates\":16000,\"samples\":2,\"channels\":1,"
                        + "\"sample_bits\":16,\"frame_size\":4}",
                new MediaCallback.AudioFrame(1023, new AudioPcmFrame(0, 10, 16000, 2, 1, 16, 0, BYTES)));
        header("{\"Request\":1024,\"success\":true}", new MediaCallback.PushBufferFull(1024, true));
        header("{\"Request\":1028,\"success\":false}", new MediaCallback.PushBufferFull(1028, false));
        header(
                "{\"Request\":1029,\"audioBufferSize\":120,\"videoBufferSize\":3}",
                new MediaCallback.RemainingBuffer(120, 3));
        header("{\"Request\":1040,\"sdkVersion\":\"v\"}", new AiCallback.SdkVersion("v"));
        header("{\"Request\":1039,\"isEnable\":false}", new AiCallback.TestCycleRound(false));
        header("{\"Request\":1054,\"volume\":50}", new AiCallback.AudioEffectVolume(1054, 50));
        header("{\"Request\":1035,\"vector\":\"\"}", new AiCallback.VoiceprintVector(""));
        header(
                "{\"Request\":1033,\"isEnable\":false,\"isMainSpeaker\":false,\"isEnrolled\":false,\"environment\":-1,"
                        + "\"startTime\":10,\"endTime\":20}",
                new AiCallback.MainSpeaker(10, 20, new VoiceprintStatus(false, false, false, -1)));
        header("{\"Request\":1041,\"status\":0,\"startTime\":10,\"endTime\":20}", new AiCallback.AiVadInfo(0, 10, 20));
    }

    @Test
    void pcmHeadersOfOneShapeAreSharedAndUnchanged() {
        AudioPcmFrame first = new AudioPcmFrame(0, 10, 48000, 2, 1, 16, 0, BYTES);
        AudioPcmFrame second = new AudioPcmFrame(0, 10, 48000, 2, 1, 16, 0, new byte[] {5, 6, 7, 8});
        Message a = new MediaCallback.AudioFrame(1070, first).encode();
        Message b = new MediaCallback.AudioFrame(1070, second).encode();
        assertSame(a.header(), b.header());
        assertArrayEquals(new byte[] {5, 6, 7, 8}, b.payload());
        assertTrue(
                a.header() != new MediaCallback.AudioFrame(1069, first).encode().header());
        assertEquals(1070, a.id());
    }

    private static void header(String expected, Callback callback) {
        assertEquals(expected, callback.encode().header().toString(), CallbackId.name(callback.id()));
    }

    private static Message bare(int id) {
        return Message.callback(Message.callbackHeader(id), null);
    }

    private static Message read(byte[] wire) throws Exception {
        return new MessageReader(
                        new ByteArrayInputStream(wire), Direction.CORE_TO_CLIENT, MessageReader.DEFAULT_MAX_CHUNK_BYTES)
                .read();
    }

    /** One sample per callback id, with distinct non-default values where the wire carries them. */
    private static List<Callback> samples() {
        List<Callback> all = new ArrayList<>();
        all.add(new ChannelCallback.JoinChannelResult(-1, "room", "alice"));
        all.add(new ChannelCallback.LeaveChannelResult(2));
        all.add(new ChannelCallback.RemoteUserNotice(1005, "bob"));
        all.add(new ChannelCallback.RemoteUserNotice(1006, "carol"));
        all.add(new ChannelCallback.RemoteUserNotice(1059, "dave"));
        all.add(new ChannelCallback.RemoteTrackAvailable("bob", 1, 3));
        for (int id = 1008; id <= 1011; id++) {
            all.add(new ChannelCallback.SubscribeStateChanged(id, "bob", 1, 3, id, "room"));
        }
        for (int id = 1012; id <= 1015; id++) {
            all.add(new ChannelCallback.PublishStateChanged(id, 2, 3, id, "room"));
        }
        all.add(new ChannelCallback.RoleUpdated(1, 2));
        all.add(new ChannelCallback.EngineError(0x7abc0001));
        all.add(new ChannelCallback.EngineWarning(0x10203));
        all.add(new ChannelCallback.ConnectionStatusChanged(3, 9));
        all.add(new ChannelCallback.FirstAudioPacketReceived("bob", 8_000_000_000L));

        all.add(new MediaCallback.UserAudioFrame("bob", new AudioPcmFrame(0, 10, 16000, 2, 1, 16, 1, BYTES)));
        for (int id : new int[] {1023, 1069, 1070}) {
            all.add(new MediaCallback.AudioFrame(id, new AudioPcmFrame(0, 10, 48000, 1, 2, 16, 0, BYTES)));
        }
        all.add(new MediaCallback.UserAudioAac("bob", new AudioAacFrame(1, 20, 44100, 2, BYTES)));
        all.add(new MediaCallback.MixedAudioAac(new AudioAacFrame(1, 20, 44100, 2, BYTES)));
        all.add(new MediaCallback.RemoteVideoFrame(
                1021,
                "bob",
                new VideoFrame(3, 0, 1234, 2, 2, 9, 30, List.of(new MvInfo(3, -4), new MvInfo(0, 1)), 2, BYTES)));
        all.add(new MediaCallback.RemoteVideoFrame(
                1025, "bob", new VideoFrame(0, 1, 5_000_000_000L, 640, 480, 1, 0, List.of(), 0, BYTES)));
        all.add(new MediaCallback.MediaExtensionMessage("bob", BYTES));
        all.add(new MediaCallback.DataChannelReceived("bob", new DataChannelMessage(2, 99, 7, BYTES)));
        all.add(new MediaCallback.PushBufferFull(1024, true));
        all.add(new MediaCallback.PushBufferFull(1028, true));
        all.add(new MediaCallback.PushAudioFrameMark(1042, "f1"));
        all.add(new MediaCallback.PushAudioFrameMark(1043, "f2"));
        all.add(new MediaCallback.PushAudioSentenceMark(1044, 3, 4));
        all.add(new MediaCallback.PushAudioSentenceMark(1045, 3, 5));
        all.add(new MediaCallback.RemainingBuffer(100, 200));
        all.add(new MediaCallback.VideoEncoderParameterRequest(
                1, new VideoExternalEncoderParameter(640, 360, 15, 800_000)));
        all.add(new MediaCallback.VideoEncoderFrameRequest(1, 1, true));

        all.add(new AiCallback.MainSpeaker(10, 20, new VoiceprintStatus(true, false, true, 2)));
        all.add(new AiCallback.AiVadInfo(1, 10, 20));
        all.add(new AiCallback.EncryptedDelayInfo("enc"));
        all.add(new AiCallback.VoiceprintVector("AQIDBA=="));
        all.add(new AiCallback.TestCycleRound(true));
        all.add(new AiCallback.GreetReady(true));
        all.add(new AiCallback.RemoteDeviceId("bob", "dev-1"));
        all.add(new AiCallback.RemoteSentenceState(
                "bob",
                false,
                AudioQuestionDelay.builder()
                        .aiQuestionCaptureTimestamp(1)
                        .aiAnswerCaptureTimestamp(2)
                        .aiSentenceId(3)
                        .aiClientAudioPubTotalDelay(4)
                        .aiClientAudioSourceCost(5)
                        .aiClientAudioMixerCost(6)
                        .aiClientAudioEncoderCost(7)
                        .aiClientAudioNetsdkThrCost(8)
                        .aiClientAudioQosThrCost(9)
                        .aiClientAudioPacerCost(10)
                        .aiClientUpHalfRtt(11)
                        .aiLinuxDownHalfRtt(12)
                        .aiLinuxGrtnNodeDelay(List.of(new GrtnNodeDelay(13, 14, 15), GrtnNodeDelay.unmeasured()))
                        .aiLinuxAudioSubTotalDelay(16)
                        .aiLinuxAudioReceiveCost(17)
                        .aiLinuxAudioNeteqCost(18)
                        .aiLinuxAudioRemoteSourceCost(19)
                        .aiLinuxAudioPlayMixerCost(20)
                        .aiLinuxAudioPlayerCost(21)
                        .aiAgentAudioAsrCost(22)
                        .aiAgentAudioLlmCost(23)
                        .aiAgentAudioTtsCost(24)
                        .aiAgentAudioTotalCost(25)
                        .aiLinuxAudioProcessSmartDenoiseDelay(26)
                        .build()));
        all.add(new AiCallback.LocalSentenceState("bob", true, 11, 12, 13, 14));
        all.add(new AiCallback.SdkVersion("7.2.0"));
        all.add(new AiCallback.AudioDumpPathSet("/tmp/dump"));
        all.add(new AiCallback.AudioEffectFinished(7));
        all.add(new AiCallback.AudioEffectVolume(1054, 30));
        all.add(new AiCallback.AudioEffectVolume(1055, 40));

        all.add(new VoipCallback.RemoteHangUp());
        for (int id : new int[] {1047, 1048, 1049, 1050, 1052, 1057, 1058}) {
            all.add(new VoipCallback.CallResult(id, id - 1000));
        }
        all.add(new VoipCallback.PickupIncomingCall(new PickupIncomingCallInfo("v=0", 1)));
        all.add(new VoipCallback.TelephoneEvent("*", 11, 1, 10, 160, 800));

        all.add(new StatsCallback.Stats(new EngineStats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)));
        all.add(new StatsCallback.LocalVideo(new LocalVideoStats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));
        all.add(new StatsCallback.RemoteVideo(
                new RemoteVideoStats("bob", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 0.5)));
        all.add(new StatsCallback.LocalAudio(new LocalAudioStats(2, 1, 3, 4, 5, 6, 7, 8, 9)));
        all.add(new StatsCallback.RemoteAudio(
                new RemoteAudioStats("bob", 1, 2, 3, 4, 0.25, 6, 7, 8, 9, 10, 11, 12, 13, 14)));
        all.add(new StatsCallback.ProfileStats(1, "{\"fps\":15}"));
        return all;
    }
}
