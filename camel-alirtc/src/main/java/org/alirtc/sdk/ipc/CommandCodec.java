package org.alirtc.sdk.ipc;

import java.util.Map;
import java.util.function.Function;

/** Decodes any command message by its id into its {@link Command} record. */
public final class CommandCodec {

    private static final Map<Integer, Function<Message, Command>> DECODERS = Map.ofEntries(
            decoder(CommandId.CREATE_RTC_ENGINE, ChannelCommand.CreateRtcEngine::decode),
            decoder(CommandId.JOIN_CHANNEL, ChannelCommand.JoinChannel::decode),
            decoder(CommandId.PUSH_VIDEO_FRAME, PushCommand.PushVideoFrame::decode),
            decoder(CommandId.PUSH_AUDIO_FRAME, PushCommand.PushAudioFrame::decode),
            decoder(CommandId.SET_CLIENT_ROLE, ChannelCommand.SetClientRole::decode),
            decoder(CommandId.LEAVE_CHANNEL, ChannelCommand.LeaveChannel::decode),
            decoder(CommandId.SET_EXTERNAL_VIDEO_SOURCE, PushCommand.SetExternalVideoSource::decode),
            decoder(CommandId.SET_EXTERNAL_AUDIO_SOURCE, PushCommand.SetExternalAudioSource::decode),
            decoder(CommandId.PUBLISH_LOCAL_DUAL_STREAM, StreamCommand.PublishLocalDualStream::decode),
            decoder(CommandId.PUBLISH_LOCAL_VIDEO_STREAM, StreamCommand.PublishLocalVideoStream::decode),
            decoder(CommandId.PUBLISH_LOCAL_AUDIO_STREAM, StreamCommand.PublishLocalAudioStream::decode),
            decoder(CommandId.PUBLISH_SCREEN_SHARE_STREAM, StreamCommand.PublishScreenShareStream::decode),
            decoder(CommandId.SET_VIDEO_ENCODER_CONFIGURATION, StreamCommand.SetVideoEncoderConfiguration::decode),
            decoder(
                    CommandId.SET_SCREEN_SHARE_ENCODER_CONFIGURATION,
                    StreamCommand.SetScreenShareEncoderConfiguration::decode),
            decoder(CommandId.SEND_MEDIA_EXTENSION_MSG, StreamCommand.SendMediaExtensionMsg::decode),
            decoder(CommandId.SUBSCRIBE_REMOTE_AUDIO_STREAM, StreamCommand.SubscribeRemoteAudioStream::decode),
            decoder(CommandId.SUBSCRIBE_REMOTE_VIDEO_STREAM, StreamCommand.SubscribeRemoteVideoStream::decode),
            decoder(CommandId.SET_REMOTE_VIDEO_STREAM_TYPE, StreamCommand.SetRemoteVideoStreamType::decode),
            decoder(CommandId.MUTE_LOCAL_CAMERA, StreamCommand.MuteLocalCamera::decode),
            decoder(CommandId.MUTE_LOCAL_MIC, StreamCommand.MuteLocalMic::decode),
            decoder(CommandId.SET_PARAMETER, ChannelCommand.SetParameter::decode),
            decoder(CommandId.SEND_DATA_CHANNEL_MSG, ChannelCommand.SendDataChannelMsg::decode),
            decoder(CommandId.DESTROY_ENGINE, ChannelCommand.DestroyEngine::decode),
            decoder(CommandId.JOIN_CHANNEL_V2, ChannelCommand.JoinChannelV2::decode),
            decoder(CommandId.SET_VIDEO_CALLBACK_PERIOD, StreamCommand.SetVideoCallbackPeriod::decode),
            decoder(CommandId.SET_AUDIO_PROFILE, StreamCommand.SetAudioProfile::decode),
            decoder(
                    CommandId.SET_REMOTE_DEFAULT_VIDEO_STREAM_TYPE,
                    StreamCommand.SetRemoteDefaultVideoStreamType::decode),
            decoder(CommandId.SET_PERIOD_FOR_CHECK_PEOPLE, ChannelCommand.SetPeriodForCheckPeople::decode),
            decoder(CommandId.LEAVE_ONCE_NO_STREAMER, ChannelCommand.LeaveOnceNoStreamer::decode),
            decoder(CommandId.SET_EXTERNAL_AUDIO_PUBLISH_VOLUME, PushCommand.SetExternalAudioPublishVolume::decode),
            decoder(CommandId.CLEAR_EXTERNAL_DATA, PushCommand.ClearExternalData::decode),
            decoder(CommandId.GET_REMAIN_DATA_BUFFER_SIZE, PushCommand.GetRemainDataBufferSize::decode),
            decoder(CommandId.GET_AUDIO_IS_MAIN_SPEAKER, AiCommand.GetAudioIsMainSpeaker::decode),
            decoder(CommandId.SET_VOICEPRINT_VECTOR, AiCommand.SetVoiceprintVector::decode),
            decoder(CommandId.GET_VOICEPRINT_VECTOR, AiCommand.GetVoiceprintVector::decode),
            decoder(CommandId.SET_AUDIO_DELAY_INFO, AiCommand.SetAudioDelayInfo::decode),
            decoder(CommandId.ENABLE_LOCAL_VIDEO, StreamCommand.EnableLocalVideo::decode),
            decoder(CommandId.GET_NEED_TEST_CYCLE_ROUND, AiCommand.GetNeedTestCycleRound::decode),
            decoder(CommandId.GET_SDK_VERSION, ChannelCommand.GetSdkVersion::decode),
            decoder(CommandId.JOIN_CHANNEL_V3, ChannelCommand.JoinChannelV3::decode),
            decoder(CommandId.GET_AIVAD_INFO, AiCommand.GetAiVadInfo::decode),
            decoder(CommandId.DIAL, VoipCommand.Dial::decode),
            decoder(CommandId.DIAL_UPDATE, VoipCommand.DialUpdate::decode),
            decoder(CommandId.HANGUP, VoipCommand.Hangup::decode),
            decoder(CommandId.ENCRYPT_DELAY_INFO, AiCommand.EncryptDelayInfo::decode),
            decoder(CommandId.SET_AUDIO_DELAY_INFO_V2, AiCommand.SetAudioDelayInfoV2::decode),
            decoder(CommandId.PRELOAD_AUDIO_EFFECT, EffectCommand.PreloadAudioEffect::decode),
            decoder(CommandId.UNLOAD_AUDIO_EFFECT, EffectCommand.UnloadAudioEffect::decode),
            decoder(CommandId.PLAY_AUDIO_EFFECT, EffectCommand.PlayAudioEffect::decode),
            decoder(CommandId.STOP_AUDIO_EFFECT, EffectCommand.StopAudioEffect::decode),
            decoder(CommandId.STOP_ALL_AUDIO_EFFECTS, EffectCommand.StopAllAudioEffects::decode),
            decoder(CommandId.SET_AUDIO_EFFECT_PUBLISH_VOLUME, EffectCommand.SetAudioEffectPublishVolume::decode),
            decoder(CommandId.GET_AUDIO_EFFECT_PUBLISH_VOLUME, EffectCommand.GetAudioEffectPublishVolume::decode),
            decoder(CommandId.SET_AUDIO_EFFECT_PLAYOUT_VOLUME, EffectCommand.SetAudioEffectPlayoutVolume::decode),
            decoder(CommandId.GET_AUDIO_EFFECT_PLAYOUT_VOLUME, EffectCommand.GetAudioEffectPlayoutVolume::decode),
            decoder(
                    CommandId.SET_ALL_AUDIO_EFFECTS_PLAYOUT_VOLUME,
                    EffectCommand.SetAllAudioEffectsPlayoutVolume::decode),
            decoder(
                    CommandId.SET_ALL_AUDIO_EFFECTS_PUBLISH_VOLUME,
                    EffectCommand.SetAllAudioEffectsPublishVolume::decode),
            decoder(CommandId.PAUSE_AUDIO_EFFECT, EffectCommand.PauseAudioEffect::decode),
            decoder(CommandId.PAUSE_ALL_AUDIO_EFFECTS, EffectCommand.PauseAllAudioEffects::decode),
            decoder(CommandId.RESUME_AUDIO_EFFECT, EffectCommand.ResumeAudioEffect::decode),
            decoder(CommandId.RESUME_ALL_AUDIO_EFFECTS, EffectCommand.ResumeAllAudioEffects::decode),
            decoder(CommandId.PICKUP_INCOMING_CALL, VoipCommand.PickupIncomingCall::decode),
            decoder(CommandId.CONNECT_INCOMING_CALL, VoipCommand.ConnectIncomingCall::decode),
            decoder(CommandId.DIS_CONNECT_INCOMING_CALL, VoipCommand.DisconnectIncomingCall::decode),
            decoder(CommandId.ENABLE_AUDIO_FRAME_OBSERVER, StreamCommand.EnableAudioFrameObserver::decode));

    private CommandCodec() {}

    /** The command record of {@code message}, or null for an id the protocol does not define. */
    public static Command decode(Message message) {
        Function<Message, Command> decoder = DECODERS.get(message.id());
        return decoder == null ? null : decoder.apply(message);
    }

    private static Map.Entry<Integer, Function<Message, Command>> decoder(int id, Function<Message, Command> decode) {
        return Map.entry(id, decode);
    }
}
