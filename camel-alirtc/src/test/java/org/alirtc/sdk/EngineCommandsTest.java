package org.alirtc.sdk;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.ProtocolJson;
import org.alirtc.sdk.model.AudioFrameData;
import org.alirtc.sdk.model.AudioObserverManualConfig;
import org.alirtc.sdk.model.AudioQualityMode;
import org.alirtc.sdk.model.AudioQuestionDelay;
import org.alirtc.sdk.model.AudioSceneMode;
import org.alirtc.sdk.model.AudioSource;
import org.alirtc.sdk.model.AuthInfo;
import org.alirtc.sdk.model.BufferDataType;
import org.alirtc.sdk.model.CapabilityProfile;
import org.alirtc.sdk.model.ClientRole;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.DialInfo;
import org.alirtc.sdk.model.ExtraDelay;
import org.alirtc.sdk.model.GrtnNodeDelay;
import org.alirtc.sdk.model.IncomingCallInfo;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.RenderMode;
import org.alirtc.sdk.model.ScreenShareEncoderConfiguration;
import org.alirtc.sdk.model.UserParam;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoEncoderConfiguration;
import org.alirtc.sdk.model.VideoSource;
import org.alirtc.sdk.model.VideoStreamType;
import org.alirtc.sdk.model.VideoTrack;
import org.alirtc.sdk.model.VoipConfig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command the engine can send, driven through {@link RtcEngine} and decoded on the far side by the protocol
 * reader: the header text (keys, key order, value types, Python spacing) must be exactly what the spec lists.
 */
class EngineCommandsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String CONFIG = "{\"isAudioOnly\": false, \"channelProfile\": 1, \"publishMode\": 1, "
            + "\"subscribeMode\": 1, \"publishAvsyncMode\": 0, \"publishAvsyncWithPtsMaxAudioCacheSize\": 300, "
            + "\"publishAvsyncWithPtsMaxVideoCacheSize\": 100, \"subscribeVideoFormat\": 1, "
            + "\"subscribeAudioFormat\": 1, \"ttsVad\": false}";
    private static final String DELAY = "{\"ai_question_capture_timestamp\": 1, \"ai_answer_capture_timestamp\": 2, "
            + "\"ai_sentence_id\": 3, \"ai_client_audio_pub_total_delay\": 7, \"ai_client_audio_source_cost\": 0, "
            + "\"ai_client_audio_mixer_cost\": 0, \"ai_client_audio_encoder_cost\": 0, "
            + "\"ai_client_audio_netsdk_thr_cost\": 0, \"ai_client_audio_qos_thr_cost\": 0, "
            + "\"ai_client_audio_pacer_cost\": 0, \"ai_client_up_half_rtt\": 0, \"ai_linux_down_half_rtt\": 0, "
            + "\"ai_linux_audio_sub_total_delay\": 8, \"ai_linux_audio_receive_cost\": 0, "
            + "\"ai_linux_audio_neteq_cost\": 0, \"ai_linux_audio_remote_source_cost\": 0, "
            + "\"ai_linux_audio_play_mixer_cost\": 0, \"ai_linux_audio_player_cost\": 0, "
            + "\"ai_agent_audio_asr_cost\": 0, \"ai_agent_audio_llm_cost\": 0, \"ai_agent_audio_tts_cost\": 0, "
            + "\"ai_agent_audio_total_cost\": 9, \"ai_linux_audio_process_smart_denoise_delay\": 0, "
            + "\"ai_linux_grtn_node_delay\": [{\"grtn_node_internal_rtt_half\": 4, \"grtn_node_bef_pacer\": 5, "
            + "\"grtn_node_pacer_cost\": 6}]}";

    @Test
    void everyCommandGoesOutWithTheSpecifiedKeysInOrder() throws Exception {
        try (FakeCoreService core = FakeCoreService.start()) {
            core.answer(CommandId.LEAVE_CHANNEL, cmd -> List.of(FakeCoreService.callback(1004, "leaveresult", 0)));
            core.answer(CommandId.GET_SDK_VERSION, cmd -> List.of(FakeCoreService.callback(1040, "sdkVersion", "7.1")));
            core.answer(
                    CommandId.GET_AUDIO_EFFECT_PUBLISH_VOLUME,
                    cmd -> List.of(FakeCoreService.callback(1055, "volume", 70)));
            core.answer(
                    CommandId.GET_AUDIO_EFFECT_PLAYOUT_VOLUME,
                    cmd -> List.of(FakeCoreService.callback(1054, "volume", 60)));
            ListenerRecorder recorder = new ListenerRecorder();
            RtcEngine engine = RtcEngineFactory.create(core, EngineOptions.local(), recorder.listener());
            List<String> expected = new ArrayList<>();
            expected.add("{\"Command\": 1, \"logPath\": \"/tmp\", \"h5mode\": 0, \"extra\": \"{}\"}");
            JoinChannelConfig config = JoinChannelConfig.defaults();
            AudioQuestionDelay delay = AudioQuestionDelay.builder()
                    .aiQuestionCaptureTimestamp(1)
                    .aiAnswerCaptureTimestamp(2)
                    .aiSentenceId(3)
                    .aiClientAudioPubTotalDelay(7)
                    .aiLinuxAudioSubTotalDelay(8)
                    .aiAgentAudioTotalCost(9)
                    .aiLinuxGrtnNodeDelay(List.of(new GrtnNodeDelay(4, 5, 6)))
                    .build();
            byte[] voiceprint = new byte[768];
            voiceprint[0] = 1;

            sent(engine.joinChannel("tok", "room1", "alice", "Alice", config));
            expected.add("{\"Command\": 24, \"token\": \"tok\", \"channel\": \"room1\", \"userid\": \"alice\", "
                    + "\"username\": \"Alice\", \"config\": " + CONFIG + "}");
            sent(engine.joinChannelFromServer(
                    new AuthInfo("app", "room1", "alice", "Alice", "tok", 1_700_000_000L, null, null), config));
            expected.add("{\"Command\": 2, \"authInfo\": {\"channel\": \"room1\", \"userid\": \"alice\", "
                    + "\"username\": \"Alice\", \"appid\": \"app\", \"nonce\": \"\", \"role\": \"\", \"token\": \"tok\", "
                    + "\"timestamp\": 1700000000}, \"config\": " + CONFIG + "}");
            sent(engine.joinChannelWithProperty(
                    "tok", new UserParam("room1", "alice", "Alice", CapabilityProfile.AI_HUMAN, true), config));
            expected.add("{\"Command\": 41, \"token\": \"tok\", \"channel\": \"room1\", \"userid\": \"alice\", "
                    + "\"username\": \"Alice\", \"capabilityProfile\": 1, \"useVoip\": true, \"config\": " + CONFIG
                    + "}");
            sent(engine.leaveChannel());
            expected.add("{\"Command\": 6}");
            sent(engine.setClientRole(ClientRole.INTERACTIVE));
            expected.add("{\"Command\": 5, \"role\": 0}");
            sent(engine.setExternalVideoSource(true, VideoSource.CAMERA, RenderMode.FILL));
            expected.add("{\"Command\": 7, \"enable\": true, \"source\": 0, \"renderMode\": 2}");
            sent(engine.pushExternalVideoFrame(
                    VideoDataSample.i420(new byte[] {1, 2, 3, 4, 5, 6}, 2, 2, 40), VideoSource.CAMERA));
            expected.add("{\"Command\": 3, \"source\": 0, \"format\": 1, \"bufferType\": 0, \"strideY\": 2, "
                    + "\"strideU\": 1, \"strideV\": 1, \"height\": 2, \"width\": 2, \"rotation\": 0, \"timestamp\": 40, "
                    + "\"dataLen\": 6}");
            sent(engine.setExternalAudioSource(true, 16000, 1));
            expected.add("{\"Command\": 8, \"enable\": true, \"sampleRate\": 16000, \"channelsPerFrame\": 1}");
            sent(engine.pushExternalAudioFrameRawData(new byte[] {1, 2, 3, 4}, 4, 10));
            expected.add(
                    "{\"Command\": 4, \"sampleLength\": 4, \"timestamp\": 10, \"isEndFrame\": 0, \"frameID\": \"\", "
                            + "\"sentenceID\": -1, \"sequenceID\": -1}");
            sent(engine.pushExternalAudioFrame(
                    new AudioFrameData(new byte[] {9, 8, 7, 6, 5, 4}, 4, 20, 1, "f1", 3, 7)));
            expected.add("{\"Command\": 4, \"sampleLength\": 4, \"timestamp\": 20, \"isEndFrame\": 1, "
                    + "\"frameID\": \"f1\", \"sentenceID\": 3, \"sequenceID\": 7}");
            sent(engine.publishLocalDualStream(true));
            expected.add("{\"Command\": 9, \"enable\": true}");
            sent(engine.publishLocalVideoStream(true));
            expected.add("{\"Command\": 10, \"enable\": true}");
            sent(engine.publishLocalAudioStream(false));
            expected.add("{\"Command\": 11, \"enable\": false}");
            sent(engine.publishScreenShareStream(true));
            expected.add("{\"Command\": 12, \"enable\": true}");
            sent(engine.setVideoEncoderConfiguration(VideoEncoderConfiguration.defaults()));
            expected.add("{\"Command\": 13, \"dimensions\": {\"width\": 640, \"height\": 480}, \"frameRate\": 15, "
                    + "\"bitrate\": 512, \"mirrorMode\": 0, \"rotationMode\": 0, \"orientationMode\": 0, "
                    + "\"keyFrameInterval\": 0, \"minBitrate\": 0}");
            sent(engine.setScreenShareEncoderConfiguration(ScreenShareEncoderConfiguration.defaults()));
            expected.add("{\"Command\": 14, \"dimensions\": {\"width\": 0, \"height\": 0}, \"frameRate\": 5, "
                    + "\"bitrate\": 512, \"rotationMode\": 0}");
            sent(engine.sendMediaExtensionMsg("sei".getBytes(StandardCharsets.US_ASCII), 2, 0, true));
            expected.add("{\"Command\": 15, \"repeatCount\": 2, \"delay\": 0, \"isKeyFrame\": true, \"length\": 3}");
            sent(engine.subscribeRemoteAudioStream("bob", true, null));
            expected.add(
                    "{\"Command\": 16, \"uid\": \"bob\", \"sub\": true, \"denoise\": false, \"voiceprint\": false, "
                            + "\"asrvad\": false, \"bind\": false}");
            sent(engine.subscribeRemoteVideoStream("bob", VideoTrack.CAMERA, true));
            expected.add("{\"Command\": 17, \"uid\": \"bob\", \"videoTrack\": 1, \"sub\": true}");
            sent(engine.setRemoteVideoStreamType("bob", VideoStreamType.LOW));
            expected.add("{\"Command\": 18, \"uid\": \"bob\", \"streamType\": 2}");
            sent(engine.setRemoteDefaultVideoStreamType(VideoStreamType.HIGH));
            expected.add("{\"Command\": 27, \"streamType\": 1}");
            sent(engine.muteLocalCamera(true));
            expected.add("{\"Command\": 19, \"mute\": true}");
            sent(engine.muteLocalMic(false));
            expected.add("{\"Command\": 20, \"mute\": false}");
            sent(engine.setParameter("{\"k\":1}"));
            expected.add("{\"Command\": 21, \"param\": \"{\\\"k\\\":1}\"}");
            sent(engine.enableDataChannel(true, false));
            expected.add("{\"Command\": 21, \"param\": \"{\\\"data\\\":{\\\"enablePubDataChannel\\\":true,"
                    + "\\\"enableSubDataChannel\\\":false}}\"}");
            sent(engine.sendDataChannelMessage(new DataChannelMessage(2, 5, 0, "hi".getBytes(StandardCharsets.UTF_8))));
            expected.add("{\"Command\": 22, \"networkTime\": 5, \"progress\": 0, \"type\": 2, \"dataLen\": 2}");
            sent(engine.setVideoCallbackPeriod(100));
            expected.add("{\"Command\": 25, \"period\": 100}");
            sent(engine.setAudioProfile(AudioQualityMode.HIGH, AudioSceneMode.CHATROOM));
            expected.add("{\"Command\": 26, \"audioProfile\": 16, \"audioScene\": 1024}");
            sent(engine.setPeriodForCheckPeople(5));
            expected.add("{\"Command\": 28, \"seconds\": 5}");
            sent(engine.leaveOnceNoStreamer(true));
            expected.add("{\"Command\": 29, \"enable\": true}");
            sent(engine.setExternalAudioPublishVolume(80));
            expected.add("{\"Command\": 30, \"volume\": 80}");
            sent(engine.clearDataBuffer());
            expected.add("{\"Command\": 31}");
            sent(engine.getRemainDataBufferSize(BufferDataType.BOTH_AUDIO_AND_VIDEO));
            expected.add("{\"Command\": 32, \"dataType\": 2}");
            sent(engine.getAudioIsMainSpeaker(100, 200));
            expected.add("{\"Command\": 33, \"startTime\": 100, \"endTime\": 200}");
            sent(engine.setVoiceprintVector(null));
            expected.add("{\"Command\": 34, \"vector\": \"Null\"}");
            sent(engine.setVoiceprintVector(voiceprint));
            expected.add(
                    "{\"Command\": 34, \"vector\": \"" + Base64.getEncoder().encodeToString(voiceprint) + "\"}");
            sent(engine.getVoiceprintVector());
            expected.add("{\"Command\": 35}");
            sent(engine.setAudioDelayInfo("bob", delay));
            expected.add("{\"Command\": 37, \"uid\": \"bob\", \"delayInfo\": " + DELAY + "}");
            sent(engine.enableLocalVideo(false));
            expected.add("{\"Command\": 38, \"enable\": false}");
            sent(engine.needTestLoopbackLatency("bob"));
            expected.add("{\"Command\": 39, \"uid\": \"bob\"}");
            assertEquals("7.1", engine.getSdkVersion(TIMEOUT).get(5, TimeUnit.SECONDS));
            expected.add("{\"Command\": 40}");
            sent(engine.getAIVadInfo(1, 2));
            expected.add("{\"Command\": 42, \"startTime\": 1, \"endTime\": 2}");
            sent(engine.dial(
                    new DialInfo("sip.example.com", "st", "100", "200", "9", "203.0.113.5", 20000, 20100, ""),
                    VoipConfig.defaults(),
                    null));
            expected.add("{\"Command\": 43, \"sipDomain\": \"sip.example.com\", \"sipToken\": \"st\", "
                    + "\"callerNumber\": \"100\", \"calleeNumber\": \"200\", \"calleePrefix\": \"9\", "
                    + "\"localPublicIp\": \"203.0.113.5\", \"minPort\": 20000, \"maxPort\": 20100, \"sipHeaderExtra\": \"\", "
                    + "\"audioCodec\": \"PCMA\", \"audioSampleRate\": 8000, \"denoise\": false, \"voiceprint\": false, "
                    + "\"asrvad\": false, \"ttsvad\": false, \"bind\": false}");
            sent(engine.dialUpdate(new VoipConfig("PCMU", 16000)));
            expected.add("{\"Command\": 44, \"audioCodec\": \"PCMU\", \"audioSampleRate\": 16000}");
            sent(engine.hangUp());
            expected.add("{\"Command\": 45}");
            sent(engine.encryptQuestionDelayInfo(delay));
            expected.add("{\"Command\": 46, \"delayInfo\": " + DELAY + "}");
            sent(engine.setEncryptAudioDelayInfo("bob", 4, "blob", new ExtraDelay(12)));
            expected.add("{\"Command\": 47, \"uid\": \"bob\", \"sentenceId\": 4, \"delayInfo\": \"blob\", "
                    + "\"extraDelay\": {\"avatar_render_cost\": 12}}");
            sent(engine.setEncryptAudioDelayInfo("bob", 4, "blob", null));
            expected.add("{\"Command\": 47, \"uid\": \"bob\", \"sentenceId\": 4, \"delayInfo\": \"blob\"}");
            sent(engine.preloadAudioEffect(1, "/s.wav"));
            expected.add("{\"Command\": 48, \"soundId\": 1, \"filePath\": \"/s.wav\"}");
            sent(engine.unloadAudioEffect(1));
            expected.add("{\"Command\": 49, \"soundId\": 1}");
            sent(engine.playAudioEffect(1, "/s.wav", null));
            expected.add("{\"Command\": 50, \"soundId\": 1, \"filePath\": \"/s.wav\", \"needPublish\": false, "
                    + "\"loopCycles\": -1, \"startPosMs\": 0, \"publishVolume\": 50, \"playoutVolume\": 50}");
            sent(engine.stopAudioEffect(1));
            expected.add("{\"Command\": 51, \"soundId\": 1}");
            sent(engine.stopAllAudioEffects());
            expected.add("{\"Command\": 52}");
            sent(engine.setAudioEffectPublishVolume(1, 70));
            expected.add("{\"Command\": 53, \"soundId\": 1, \"volume\": 70}");
            assertEquals(70, engine.getAudioEffectPublishVolume(1, TIMEOUT).get(5, TimeUnit.SECONDS));
            expected.add("{\"Command\": 54, \"soundId\": 1}");
            sent(engine.setAudioEffectPlayoutVolume(1, 60));
            expected.add("{\"Command\": 55, \"soundId\": 1, \"volume\": 60}");
            assertEquals(60, engine.getAudioEffectPlayoutVolume(1, TIMEOUT).get(5, TimeUnit.SECONDS));
            expected.add("{\"Command\": 56, \"soundId\": 1}");
            sent(engine.setAllAudioEffectsPlayoutVolume(40));
            expected.add("{\"Command\": 57, \"volume\": 40}");
            sent(engine.setAllAudioEffectsPublishVolume(30));
            expected.add("{\"Command\": 58, \"volume\": 30}");
            sent(engine.pauseAudioEffect(1));
            expected.add("{\"Command\": 59, \"soundId\": 1}");
            sent(engine.pauseAllAudioEffects());
            expected.add("{\"Command\": 60}");
            sent(engine.resumeAudioEffect(1));
            expected.add("{\"Command\": 61, \"soundId\": 1}");
            sent(engine.resumeAllAudioEffects());
            expected.add("{\"Command\": 62}");
            sent(engine.pickupIncomingCall(
                    new IncomingCallInfo("sip.example.com", "100", "200", "198.51.100.7", 30000, 20000, 20100, "v=0"),
                    VoipConfig.defaults(),
                    new AudioObserverManualConfig(true, false, true, false, true)));
            expected.add("{\"Command\": 63, \"sipDomain\": \"sip.example.com\", \"callerNumber\": \"100\", "
                    + "\"calleeNumber\": \"200\", \"remotePublicIp\": \"198.51.100.7\", \"remoteAudioPort\": 30000, "
                    + "\"minPort\": 20000, \"maxPort\": 20100, \"inviteSDPInfo\": \"v=0\", \"audioCodec\": \"PCMA\", "
                    + "\"audioSampleRate\": 8000, \"denoise\": true, \"voiceprint\": false, \"asrvad\": true, "
                    + "\"ttsvad\": false, \"bind\": true}");
            sent(engine.connectIncomingCall());
            expected.add("{\"Command\": 64}");
            sent(engine.disConnectIncomingCall());
            expected.add("{\"Command\": 65}");
            sent(engine.enableAudioFrameObserver(true, AudioSource.PUB, null));
            expected.add(
                    "{\"Command\": 66, \"enabled\": true, \"audioSource\": 2, \"sampleRate\": 6, \"channels\": 1}");

            core.awaitCount(expected.size());
            assertEquals(EngineState.LEFT, engine.state(), "the answered leave moved the engine to LEFT");
            engine.release();
            expected.add("{\"Command\": 23}");
            core.awaitCount(expected.size());

            List<Message> received = core.received();
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), ProtocolJson.write(received.get(i).header()), "command #" + i);
            }
            assertEquals(expected.size(), received.size());
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, received.get(7).payload(), "video payload");
            assertArrayEquals(new byte[] {1, 2, 3, 4}, received.get(9).payload(), "raw audio payload");
            assertArrayEquals(new byte[] {9, 8, 7, 6}, received.get(10).payload(), "only dataLength bytes are sent");
            assertArrayEquals(
                    "sei".getBytes(StandardCharsets.US_ASCII), received.get(17).payload());
            assertArrayEquals(
                    "hi".getBytes(StandardCharsets.UTF_8), received.get(26).payload());
            assertTrue(core.problems().isEmpty(), () -> "the reader found problems: " + core.problems());
        }
    }

    @Test
    void publishIntentsAndLocalCachesFollowWhatWasSent() throws Exception {
        try (FakeCoreService core = FakeCoreService.start()) {
            RtcEngine engine = RtcEngineFactory.create(core, EngineOptions.local(), new RtcEngineListener() {});
            assertFalse(engine.isLocalVideoStreamPublished());
            assertEquals(100, engine.getExternalAudioPublishVolume(), "README default before any set");
            engine.publishLocalVideoStream(true);
            engine.publishLocalAudioStream(true);
            engine.publishScreenShareStream(true);
            engine.publishLocalDualStream(true);
            engine.setExternalAudioPublishVolume(35);
            assertTrue(engine.isLocalVideoStreamPublished());
            assertTrue(engine.isLocalAudioStreamPublished());
            assertTrue(engine.isLocalScreenPublishEnabled());
            assertTrue(engine.isDualStreamPublished());
            assertEquals(35, engine.getExternalAudioPublishVolume());
            engine.publishLocalVideoStream(false);
            assertFalse(engine.isLocalVideoStreamPublished());
            engine.release();
            assertEquals(RtcEngine.NOT_CONNECTED, engine.publishLocalAudioStream(true));
            assertFalse(engine.isLocalAudioStreamPublished(), "a command that was not sent clears the intent");
        }
    }

    private static void sent(int result) {
        assertEquals(RtcEngine.SENT, result);
    }
}
