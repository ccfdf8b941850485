package org.alirtc.sdk;

import java.util.Arrays;

import org.alirtc.sdk.ipc.AiCommand;
import org.alirtc.sdk.ipc.ChannelCommand;
import org.alirtc.sdk.ipc.ChannelCommand.JoinSettings;
import org.alirtc.sdk.ipc.Command;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.EffectCommand;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.PushCommand;
import org.alirtc.sdk.ipc.StreamCommand;
import org.alirtc.sdk.ipc.VoipCommand;
import org.alirtc.sdk.model.AudioEffectConfig;
import org.alirtc.sdk.model.AudioFrameData;
import org.alirtc.sdk.model.AudioFrameObserverConfig;
import org.alirtc.sdk.model.AudioObserverManualConfig;
import org.alirtc.sdk.model.AudioQualityMode;
import org.alirtc.sdk.model.AudioQuestionDelay;
import org.alirtc.sdk.model.AudioSceneMode;
import org.alirtc.sdk.model.AudioSource;
import org.alirtc.sdk.model.AuthInfo;
import org.alirtc.sdk.model.BufferDataType;
import org.alirtc.sdk.model.ClientRole;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.DialInfo;
import org.alirtc.sdk.model.ExtraDelay;
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

/**
 * Turns the engine's arguments into the {@link Command} records of the protocol and encodes them. Arguments are
 * assumed valid: {@link CoreServiceEngine} checks them first. The methods that take a command id serve several
 * commands of one shape; their {@code key} argument is the one the command's record writes anyway.
 */
final class CommandEncoder {

    private CommandEncoder() {
    }

    static Message createEngine(String logPath, boolean h5mode, String extraJson) {
        return new ChannelCommand.CreateRtcEngine(logPath, h5mode, extraJson).encode();
    }

    static Message destroyEngine() {
        return new ChannelCommand.DestroyEngine().encode();
    }

    static Message joinChannel(String token, String channelId, String userId, String userName,
            JoinChannelConfig config) {
        return new ChannelCommand.JoinChannelV2(token, channelId, userId, userName, JoinSettings.of(config)).encode();
    }

    static Message joinChannelFromServer(AuthInfo auth, JoinChannelConfig config) {
        ChannelCommand.Credentials credentials = new ChannelCommand.Credentials(auth.channel(), auth.userId(),
                auth.userName(), auth.appId(), auth.nonce() == null ? "" : auth.nonce(),
                auth.role() == null ? "" : auth.role(), auth.token(), auth.timestamp());
        return new ChannelCommand.JoinChannel(credentials, JoinSettings.of(config)).encode();
    }

    static Message joinChannelWithProperty(String token, UserParam user, JoinChannelConfig config) {
        return new ChannelCommand.JoinChannelV3(token, user.channelId(), user.userId(), user.userName(),
                user.capabilityProfile().code(), user.useVoip(), JoinSettings.of(config)).encode();
    }

    static Message leaveChannel() {
        return new ChannelCommand.LeaveChannel().encode();
    }

    static Message setClientRole(ClientRole role) {
        return new ChannelCommand.SetClientRole(role.code()).encode();
    }

    static Message setExternalVideoSource(boolean enable, VideoSource source, RenderMode renderMode) {
        return new PushCommand.SetExternalVideoSource(enable, source.code(), renderMode.code()).encode();
    }

    /** The payload is the sample's first {@code dataLength} bytes, copied only when the array is longer. */
    static Message pushVideoFrame(VideoDataSample s, VideoSource source) {
        return new PushCommand.PushVideoFrame(source.code(), s.format().code(), s.bufferType().code(), s.strideY(),
                s.strideU(), s.strideV(), s.height(), s.width(), s.rotation(), s.timestampMs(),
                prefix(s.data(), s.dataLength())).encode();
    }

    static Message setExternalAudioSource(boolean enable, int sampleRate, int channels) {
        return new PushCommand.SetExternalAudioSource(enable, sampleRate, channels).encode();
    }

    static Message pushAudioFrame(AudioFrameData f) {
        return new PushCommand.PushAudioFrame(f.timestampMs(), f.isEndFrame(), f.frameId(), f.sentenceId(),
                f.sequenceId(), prefix(f.data(), f.dataLength())).encode();
    }

    /** Raw-data pushes carry the vendor's AudioFrameData defaults for the sentence fields. */
    static Message pushAudioFrameRaw(byte[] pcm, int length, long timestampMs) {
        return PushCommand.PushAudioFrame.raw(prefix(pcm, length), timestampMs).encode();
    }

    static Message toggle(int commandId, String key, boolean value) {
        Command command = switch (commandId) {
            case CommandId.PUBLISH_LOCAL_DUAL_STREAM -> new StreamCommand.PublishLocalDualStream(value);
            case CommandId.PUBLISH_LOCAL_VIDEO_STREAM -> new StreamCommand.PublishLocalVideoStream(value);
            case CommandId.PUBLISH_LOCAL_AUDIO_STREAM -> new StreamCommand.PublishLocalAudioStream(value);
            case CommandId.PUBLISH_SCREEN_SHARE_STREAM -> new StreamCommand.PublishScreenShareStream(value);
            case CommandId.ENABLE_LOCAL_VIDEO -> new StreamCommand.EnableLocalVideo(value);
            case CommandId.MUTE_LOCAL_CAMERA -> new StreamCommand.MuteLocalCamera(value);
            case CommandId.MUTE_LOCAL_MIC -> new StreamCommand.MuteLocalMic(value);
            case CommandId.LEAVE_ONCE_NO_STREAMER -> new ChannelCommand.LeaveOnceNoStreamer(value);
            default -> throw notOfShape(commandId, "a flag");
        };
        return command.encode();
    }

    static Message setVideoEncoderConfiguration(VideoEncoderConfiguration c) {
        return new StreamCommand.SetVideoEncoderConfiguration(c.width(), c.height(), c.frameRate().code(),
                c.bitrateKbps(), c.mirrorMode().code(), c.rotationMode().code(), c.orientationMode().code(),
                c.keyFrameIntervalMs(), c.minBitrateKbps()).encode();
    }

    static Message setScreenShareEncoderConfiguration(ScreenShareEncoderConfiguration c) {
        return new StreamCommand.SetScreenShareEncoderConfiguration(c.width(), c.height(), c.frameRate().code(),
                c.bitrateKbps(), c.rotationMode().code()).encode();
    }

    static Message sendMediaExtensionMsg(byte[] message, int repeatCount, int delayMs, boolean keyFrame) {
        return new StreamCommand.SendMediaExtensionMsg(repeatCount, delayMs, keyFrame, message).encode();
    }

    static Message subscribeRemoteAudioStream(String uid, boolean subscribe, AudioObserverManualConfig c) {
        return new StreamCommand.SubscribeRemoteAudioStream(uid, subscribe, c.enableDenoise(),
                c.enableVoiceprintRecognize(), c.enableAsrCallback(), c.bindPublishLoopDelay()).encode();
    }

    static Message subscribeRemoteVideoStream(String uid, VideoTrack track, boolean subscribe) {
        return new StreamCommand.SubscribeRemoteVideoStream(uid, track.code(), subscribe).encode();
    }

    static Message setRemoteVideoStreamType(String uid, VideoStreamType type) {
        return new StreamCommand.SetRemoteVideoStreamType(uid, type.code()).encode();
    }

    static Message setRemoteDefaultVideoStreamType(VideoStreamType type) {
        return new StreamCommand.SetRemoteDefaultVideoStreamType(type.code()).encode();
    }

    static Message setParameter(String json) {
        return new ChannelCommand.SetParameter(json).encode();
    }

    static Message sendDataChannelMessage(DataChannelMessage m) {
        return new ChannelCommand.SendDataChannelMsg(m).encode();
    }

    static Message setAudioProfile(AudioQualityMode quality, AudioSceneMode scene) {
        return new StreamCommand.SetAudioProfile(quality.code(), scene.code()).encode();
    }

    static Message getRemainDataBufferSize(BufferDataType type) {
        return new PushCommand.GetRemainDataBufferSize(type.code()).encode();
    }

    static Message timeRange(int commandId, long startTime, long endTime) {
        Command command = switch (commandId) {
            case CommandId.GET_AUDIO_IS_MAIN_SPEAKER -> new AiCommand.GetAudioIsMainSpeaker(startTime, endTime);
            case CommandId.GET_AIVAD_INFO -> new AiCommand.GetAiVadInfo(startTime, endTime);
            default -> throw notOfShape(commandId, "a time range");
        };
        return command.encode();
    }

    static Message setVoiceprintVector(byte[] vectorOrNull) {
        return AiCommand.SetVoiceprintVector.of(vectorOrNull).encode();
    }

    static Message setAudioDelayInfo(String uid, AudioQuestionDelay delay) {
        return new AiCommand.SetAudioDelayInfo(uid, delay).encode();
    }

    static Message encryptQuestionDelayInfo(AudioQuestionDelay delay) {
        return new AiCommand.EncryptDelayInfo(delay).encode();
    }

    static Message setEncryptAudioDelayInfo(String uid, int sentenceId, String delayInfo, ExtraDelay extraOrNull) {
        return new AiCommand.SetAudioDelayInfoV2(uid, sentenceId, delayInfo, extraOrNull).encode();
    }

    static Message dial(DialInfo info, VoipConfig voip, AudioObserverManualConfig c) {
        return new VoipCommand.Dial(info.sipDomain(), info.sipToken(), info.callerNumber(), info.calleeNumber(),
                info.calleePrefix(), info.localPublicIp(), info.minPort(), info.maxPort(), info.sipHeaderExtra(),
                voip.audioCodec(), voip.audioSampleRate(), c).encode();
    }

    static Message dialUpdate(VoipConfig voip) {
        return new VoipCommand.DialUpdate(voip.audioCodec(), voip.audioSampleRate()).encode();
    }

    static Message pickupIncomingCall(IncomingCallInfo info, VoipConfig voip, AudioObserverManualConfig c) {
        return new VoipCommand.PickupIncomingCall(info.sipDomain(), info.callerNumber(), info.calleeNumber(),
                info.remotePublicIp(), info.remoteAudioPort(), info.minPort(), info.maxPort(), info.inviteSdpInfo(),
                voip.audioCodec(), voip.audioSampleRate(), c).encode();
    }

    static Message enableAudioFrameObserver(boolean enabled, AudioSource source, AudioFrameObserverConfig c) {
        return new StreamCommand.EnableAudioFrameObserver(enabled, source.code(), c.sampleRate().code(),
                c.channels().code()).encode();
    }

    static Message soundWithPath(int commandId, int soundId, String path) {
        if (commandId != CommandId.PRELOAD_AUDIO_EFFECT) {
            throw notOfShape(commandId, "a sound and a path");
        }
        return new EffectCommand.PreloadAudioEffect(soundId, path).encode();
    }

    static Message playAudioEffect(int soundId, String path, AudioEffectConfig c) {
        return new EffectCommand.PlayAudioEffect(soundId, path, c.needPublish(), c.loopCycles(), c.startPosMs(),
                c.publishVolume(), c.playoutVolume()).encode();
    }

    static Message soundVolume(int commandId, int soundId, int volume) {
        Command command = switch (commandId) {
            case CommandId.SET_AUDIO_EFFECT_PUBLISH_VOLUME -> new EffectCommand.SetAudioEffectPublishVolume(soundId,
                    volume);
            case CommandId.SET_AUDIO_EFFECT_PLAYOUT_VOLUME -> new EffectCommand.SetAudioEffectPlayoutVolume(soundId,
                    volume);
            default -> throw notOfShape(commandId, "a sound and a volume");
        };
        return command.encode();
    }

    static Message intField(int commandId, String key, int value) {
        Command command = switch (commandId) {
            case CommandId.SET_VIDEO_CALLBACK_PERIOD -> new StreamCommand.SetVideoCallbackPeriod(value);
            case CommandId.SET_PERIOD_FOR_CHECK_PEOPLE -> new ChannelCommand.SetPeriodForCheckPeople(value);
            case CommandId.SET_EXTERNAL_AUDIO_PUBLISH_VOLUME -> new PushCommand.SetExternalAudioPublishVolume(value);
            case CommandId.SET_ALL_AUDIO_EFFECTS_PLAYOUT_VOLUME ->
                    new EffectCommand.SetAllAudioEffectsPlayoutVolume(value);
            case CommandId.SET_ALL_AUDIO_EFFECTS_PUBLISH_VOLUME ->
                    new EffectCommand.SetAllAudioEffectsPublishVolume(value);
            case CommandId.UNLOAD_AUDIO_EFFECT -> new EffectCommand.UnloadAudioEffect(value);
            case CommandId.STOP_AUDIO_EFFECT -> new EffectCommand.StopAudioEffect(value);
            case CommandId.PAUSE_AUDIO_EFFECT -> new EffectCommand.PauseAudioEffect(value);
            case CommandId.RESUME_AUDIO_EFFECT -> new EffectCommand.ResumeAudioEffect(value);
            case CommandId.GET_AUDIO_EFFECT_PUBLISH_VOLUME -> new EffectCommand.GetAudioEffectPublishVolume(value);
            case CommandId.GET_AUDIO_EFFECT_PLAYOUT_VOLUME -> new EffectCommand.GetAudioEffectPlayoutVolume(value);
            default -> throw notOfShape(commandId, "one number");
        };
        return command.encode();
    }

    static Message stringField(int commandId, String key, String value) {
        if (commandId != CommandId.GET_NEED_TEST_CYCLE_ROUND) {
            throw notOfShape(commandId, "one text");
        }
        return new AiCommand.GetNeedTestCycleRound(value).encode();
    }

    static Message bare(int commandId) {
        Command command = switch (commandId) {
            case CommandId.LEAVE_CHANNEL -> new ChannelCommand.LeaveChannel();
            case CommandId.DESTROY_ENGINE -> new ChannelCommand.DestroyEngine();
            case CommandId.GET_SDK_VERSION -> new ChannelCommand.GetSdkVersion();
            case CommandId.CLEAR_EXTERNAL_DATA -> new PushCommand.ClearExternalData();
            case CommandId.GET_VOICEPRINT_VECTOR -> new AiCommand.GetVoiceprintVector();
            case CommandId.STOP_ALL_AUDIO_EFFECTS -> new EffectCommand.StopAllAudioEffects();
            case CommandId.PAUSE_ALL_AUDIO_EFFECTS -> new EffectCommand.PauseAllAudioEffects();
            case CommandId.RESUME_ALL_AUDIO_EFFECTS -> new EffectCommand.ResumeAllAudioEffects();
            case CommandId.HANGUP -> new VoipCommand.Hangup();
            case CommandId.CONNECT_INCOMING_CALL -> new VoipCommand.ConnectIncomingCall();
            case CommandId.DIS_CONNECT_INCOMING_CALL -> new VoipCommand.DisconnectIncomingCall();
            default -> throw notOfShape(commandId, "no argument");
        };
        return command.encode();
    }

    private static IllegalArgumentException notOfShape(int commandId, String shape) {
        return new IllegalArgumentException(CommandId.name(commandId) + " is not a command with " + shape);
    }

    private static byte[] prefix(byte[] data, int length) {
        return length == data.length ? data : Arrays.copyOf(data, length);
    }
}
