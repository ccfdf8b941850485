package org.alirtc.sdk.ipc;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.ChannelCommand.JoinSettings;
import org.alirtc.sdk.model.AudioObserverManualConfig;
import org.alirtc.sdk.model.AudioQuestionDelay;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.ExtraDelay;
import org.alirtc.sdk.model.GrtnNodeDelay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every command record encodes and decodes to itself, and a header that lacks keys decodes to the defaults. */
class CommandCodecTest {

    private static final JoinSettings SETTINGS = new JoinSettings(true, 2, 0, 3, 1, 500, 42, 0, 2, true);
    private static final AudioObserverManualConfig OBSERVER =
            new AudioObserverManualConfig(true, false, true, true, false);
    private static final AudioQuestionDelay DELAY = AudioQuestionDelay.builder()
            .aiQuestionCaptureTimestamp(1)
            .aiAnswerCaptureTimestamp(2)
            .aiSentenceId(3)
            .aiClientAudioPubTotalDelay(4)
            .aiLinuxAudioSubTotalDelay(5)
            .aiAgentAudioTotalCost(6)
            .aiLinuxAudioProcessSmartDenoiseDelay(7)
            .aiLinuxGrtnNodeDelay(List.of(new GrtnNodeDelay(8, 9, 10), GrtnNodeDelay.unmeasured()))
            .build();

    /** One command of every id, with values that differ from the decoding defaults wherever a type allows. */
    private static List<Command> everyCommand() {
        return List.of(
                new ChannelCommand.CreateRtcEngine("/var/log", true, "{\"a\": 1}"),
                new ChannelCommand.JoinChannel(
                        new ChannelCommand.Credentials(
                                "room", "alice", "Alice", "app", "n0nce", "pub", "secret", 1_700_000_000L),
                        SETTINGS),
                new PushCommand.PushVideoFrame(1, 3, 1, 4, 2, 2, 2, 4, 90, 123_456_789_012L, new byte[] {1, 2, 3}),
                new PushCommand.PushAudioFrame(99_000_000_000L, 1, "f-1", 7, 8, new byte[] {4, 5, 6, 7}),
                new ChannelCommand.SetClientRole(0),
                new ChannelCommand.LeaveChannel(),
                new PushCommand.SetExternalVideoSource(true, 1, 2),
                new PushCommand.SetExternalAudioSource(true, 16_000, 2),
                new StreamCommand.PublishLocalDualStream(true),
                new StreamCommand.PublishLocalVideoStream(true),
                new StreamCommand.PublishLocalAudioStream(true),
                new StreamCommand.PublishScreenShareStream(true),
                new StreamCommand.SetVideoEncoderConfiguration(1280, 720, 30, 1200, 1, 90, 2, 2000, 300),
                new StreamCommand.SetScreenShareEncoderConfiguration(1920, 1080, 5, 800, 180),
                new StreamCommand.SendMediaExtensionMsg(3, 40, true, new byte[] {(byte) 0xca, (byte) 0xfe}),
                new StreamCommand.SubscribeRemoteAudioStream("bob", true, true, false, true, true),
                new StreamCommand.SubscribeRemoteVideoStream("bob", 3, true),
                new StreamCommand.SetRemoteVideoStreamType("bob", 1),
                new StreamCommand.MuteLocalCamera(true),
                new StreamCommand.MuteLocalMic(true),
                new ChannelCommand.SetParameter("{\"data\":{\"enablePubDataChannel\":true}}"),
                new ChannelCommand.SendDataChannelMsg(new DataChannelMessage(2, 77L, 88L, new byte[] {'h', 'i'})),
                new ChannelCommand.DestroyEngine(),
                new ChannelCommand.JoinChannelV2("dG9rZW4=", "room", "alice", null, SETTINGS),
                new StreamCommand.SetVideoCallbackPeriod(200),
                new StreamCommand.SetAudioProfile(3, 1),
                new StreamCommand.SetRemoteDefaultVideoStreamType(1),
                new ChannelCommand.SetPeriodForCheckPeople(30),
                new ChannelCommand.LeaveOnceNoStreamer(true),
                new PushCommand.SetExternalAudioPublishVolume(60),
                new PushCommand.ClearExternalData(),
                new PushCommand.GetRemainDataBufferSize(1),
                new AiCommand.GetAudioIsMainSpeaker(1_000L, 2_000L),
                AiCommand.SetVoiceprintVector.of(new byte[] {9, 8, 7}),
                new AiCommand.GetVoiceprintVector(),
                new AiCommand.SetAudioDelayInfo("bob", DELAY),
                new StreamCommand.EnableLocalVideo(true),
                new AiCommand.GetNeedTestCycleRound("bob"),
                new ChannelCommand.GetSdkVersion(),
                new ChannelCommand.JoinChannelV3("dG9rZW4=", "room", "alice", "Alice", 2, true, SETTINGS),
                new AiCommand.GetAiVadInfo(3_000L, 4_000L),
                new VoipCommand.Dial(
                        "sip.example",
                        "tok",
                        "100",
                        "200",
                        "9",
                        "203.0.113.1",
                        20_000,
                        20_100,
                        "X-A: b",
                        "PCMU",
                        16_000,
                        OBSERVER),
                new VoipCommand.DialUpdate("PCMA", 8_000),
                new VoipCommand.Hangup(),
                new AiCommand.EncryptDelayInfo(DELAY),
                new AiCommand.SetAudioDelayInfoV2("bob", 5, "c2VjcmV0", new ExtraDelay(12)),
                new EffectCommand.PreloadAudioEffect(1, "/tmp/a.wav"),
                new EffectCommand.UnloadAudioEffect(1),
                new EffectCommand.PlayAudioEffect(1, "/tmp/a.wav", true, 3, 500, 70, 80),
                new EffectCommand.StopAudioEffect(1),
                new EffectCommand.StopAllAudioEffects(),
                new EffectCommand.SetAudioEffectPublishVolume(1, 70),
                new EffectCommand.GetAudioEffectPublishVolume(1),
                new EffectCommand.SetAudioEffectPlayoutVolume(1, 80),
                new EffectCommand.GetAudioEffectPlayoutVolume(1),
                new EffectCommand.SetAllAudioEffectsPlayoutVolume(30),
                new EffectCommand.SetAllAudioEffectsPublishVolume(40),
                new EffectCommand.PauseAudioEffect(1),
                new EffectCommand.PauseAllAudioEffects(),
                new EffectCommand.ResumeAudioEffect(1),
                new EffectCommand.ResumeAllAudioEffects(),
                new VoipCommand.PickupIncomingCall(
                        "sip.example",
                        "100",
                        "200",
                        "198.51.100.7",
                        4000,
                        20_000,
                        20_100,
                        "v=0",
                        "PCMU",
                        16_000,
                        OBSERVER),
                new VoipCommand.ConnectIncomingCall(),
                new VoipCommand.DisconnectIncomingCall(),
                new StreamCommand.EnableAudioFrameObserver(true, 2, 2, 2));
    }

    @Test
    void everyCommandIdHasARecord() {
        Set<Integer> known = IntStream.rangeClosed(0, 100)
                .filter(CommandId::isKnown)
                .boxed()
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> encoded =
                everyCommand().stream().map(c -> c.encode().id()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(65, known.size());
        assertEquals(known, encoded);
        assertEquals(known.size(), everyCommand().size());
    }

    @Test
    void everyCommandDecodesToItselfAndReencodesToTheSameBytes() throws Exception {
        for (Command command : everyCommand()) {
            Message message = command.encode();
            byte[] wire = MessageWriter.encode(message, Direction.CLIENT_TO_CORE);
            Message received = new MessageReader(
                            new ByteArrayInputStream(wire),
                            Direction.CLIENT_TO_CORE,
                            MessageReader.DEFAULT_MAX_CHUNK_BYTES)
                    .read();

            Command decoded = CommandCodec.decode(received);

            assertEquals(command, decoded, CommandId.name(message.id()));
            assertEquals(command.hashCode(), decoded.hashCode(), CommandId.name(message.id()));
            assertArrayEquals(
                    wire,
                    MessageWriter.encode(decoded.encode(), Direction.CLIENT_TO_CORE),
                    CommandId.name(message.id()));
        }
    }

    @Test
    void idsTheProtocolDoesNotDefineDecodeToNull() {
        for (int id : new int[] {0, 36, 67, 1000}) {
            assertNull(CommandCodec.decode(Message.command(Message.commandHeader(id))), "id " + id);
        }
    }

    @Test
    void aHeaderWithoutKeysDecodesToTheDefaults() {
        for (int id = 1; id <= CommandId.ENABLE_AUDIO_FRAME_OBSERVER; id++) {
            if (CommandId.isKnown(id)) {
                assertNotNull(CommandCodec.decode(bare(id)), CommandId.name(id));
            }
        }
        assertEquals(new ChannelCommand.CreateRtcEngine(null, false, null), decode(CommandId.CREATE_RTC_ENGINE));
        assertEquals(
                new ChannelCommand.JoinChannelV2(null, null, null, null, JoinSettings.DEFAULTS),
                decode(CommandId.JOIN_CHANNEL_V2));
        assertEquals(new JoinSettings(false, 1, 1, 1, 0, 300, 100, 1, 1, false), JoinSettings.DEFAULTS);
        assertEquals(
                new ChannelCommand.JoinChannel(
                        new ChannelCommand.Credentials(null, null, null, null, "", "", null, 0), JoinSettings.DEFAULTS),
                decode(CommandId.JOIN_CHANNEL));
        assertEquals(new ChannelCommand.SetClientRole(OptionalInt.empty()), decode(CommandId.SET_CLIENT_ROLE));
        assertEquals(new PushCommand.PushAudioFrame(0, 0, "", -1, -1, new byte[0]), decode(CommandId.PUSH_AUDIO_FRAME));
        assertEquals(
                new PushCommand.PushVideoFrame(0, -1, 0, 0, 0, 0, 0, 0, 0, 0, new byte[0]),
                decode(CommandId.PUSH_VIDEO_FRAME));
        assertEquals(new PushCommand.SetExternalAudioSource(false, 0, 0), decode(CommandId.SET_EXTERNAL_AUDIO_SOURCE));
        assertEquals(
                new PushCommand.SetExternalAudioPublishVolume(100),
                decode(CommandId.SET_EXTERNAL_AUDIO_PUBLISH_VOLUME));
        assertEquals(new PushCommand.GetRemainDataBufferSize(2), decode(CommandId.GET_REMAIN_DATA_BUFFER_SIZE));
        assertEquals(
                new StreamCommand.SubscribeRemoteVideoStream(null, 1, false),
                decode(CommandId.SUBSCRIBE_REMOTE_VIDEO_STREAM));
        assertEquals(
                new StreamCommand.EnableAudioFrameObserver(false, 0, 6, 1),
                decode(CommandId.ENABLE_AUDIO_FRAME_OBSERVER));
        assertEquals(
                new EffectCommand.SetAudioEffectPublishVolume(0, 50),
                decode(CommandId.SET_AUDIO_EFFECT_PUBLISH_VOLUME));
        assertEquals(
                new EffectCommand.SetAllAudioEffectsPlayoutVolume(50),
                decode(CommandId.SET_ALL_AUDIO_EFFECTS_PLAYOUT_VOLUME));
        assertEquals(
                new EffectCommand.PlayAudioEffect(0, null, false, -1, 0, 50, 50), decode(CommandId.PLAY_AUDIO_EFFECT));
        assertEquals(new AiCommand.SetAudioDelayInfoV2(null, 0, null, null), decode(CommandId.SET_AUDIO_DELAY_INFO_V2));
        assertEquals(
                new AiCommand.SetAudioDelayInfo(null, AudioQuestionDelay.empty()),
                decode(CommandId.SET_AUDIO_DELAY_INFO));
    }

    @Test
    void codesThisVersionDoesNotKnowPassThrough() {
        Message message = Message.command(Message.commandHeader(CommandId.JOIN_CHANNEL_V2)
                .put(WireKeys.CHANNEL, "room")
                .set(
                        WireKeys.CONFIG,
                        ProtocolJson.object()
                                .put(WireKeys.CHANNEL_PROFILE, 77)
                                .put(WireKeys.SUBSCRIBE_AUDIO_FORMAT, 9)));
        JoinSettings config = ChannelCommand.JoinChannelV2.decode(message).config();
        assertEquals(77, config.channelProfile());
        assertEquals(9, config.subscribeAudioFormat());
        assertEquals(JoinSettings.DEFAULTS.publishMode(), config.publishMode());
    }

    @Test
    void anExtraSentAsAnObjectIsReadAsItsText() {
        Message message = Message.command(Message.commandHeader(CommandId.CREATE_RTC_ENGINE)
                .set(WireKeys.EXTRA, ProtocolJson.object().put(WireKeys.USER_SPECIFIED_DISABLE_AUDIO_RANKING, "true")));
        assertEquals(
                "{\"user_specified_disable_audio_ranking\":\"true\"}",
                ChannelCommand.CreateRtcEngine.decode(message).extra());
    }

    private static Message bare(int id) {
        return Message.command(Message.commandHeader(id));
    }

    private static Command decode(int id) {
        return CommandCodec.decode(bare(id));
    }
}
