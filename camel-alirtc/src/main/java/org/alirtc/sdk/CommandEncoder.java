package org.alirtc.sdk;

import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.ProtocolJson;
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

/**
 * Builds the wire message of every command with the exact keys, key order and value types of the protocol spec
 * (section 3). Arguments are assumed valid: {@link CoreServiceEngine} checks them first.
 */
final class CommandEncoder {

    private CommandEncoder() {
    }

    static Message createEngine(String logPath, boolean h5mode, String extraJson) {
        ObjectNode h = Message.commandHeader(CommandId.CREATE_RTC_ENGINE);
        h.put("logPath", logPath);
        h.put("h5mode", h5mode ? 1 : 0);
        h.put("extra", extraJson);
        return Message.command(h);
    }

    static Message destroyEngine() {
        return bare(CommandId.DESTROY_ENGINE);
    }

    static Message joinChannel(String token, String channelId, String userId, String userName,
            JoinChannelConfig config) {
        ObjectNode h = Message.commandHeader(CommandId.JOIN_CHANNEL_V2);
        h.put("token", token);
        h.put("channel", channelId);
        h.put("userid", userId);
        h.put("username", userName);
        h.set("config", joinConfig(config));
        return Message.command(h);
    }

    static Message joinChannelFromServer(AuthInfo auth, JoinChannelConfig config) {
        ObjectNode h = Message.commandHeader(CommandId.JOIN_CHANNEL);
        ObjectNode a = h.putObject("authInfo");
        a.put("channel", auth.channel());
        a.put("userid", auth.userId());
        a.put("username", auth.userName());
        a.put("appid", auth.appId());
        a.put("nonce", auth.nonce() == null ? "" : auth.nonce());
        a.put("role", auth.role() == null ? "" : auth.role());
        a.put("token", auth.token());
        a.put("timestamp", auth.timestamp());
        h.set("config", joinConfig(config));
        return Message.command(h);
    }

    static Message joinChannelWithProperty(String token, UserParam user, JoinChannelConfig config) {
        ObjectNode h = Message.commandHeader(CommandId.JOIN_CHANNEL_V3);
        h.put("token", token);
        h.put("channel", user.channelId());
        h.put("userid", user.userId());
        h.put("username", user.userName());
        h.put("capabilityProfile", user.capabilityProfile().code());
        h.put("useVoip", user.useVoip());
        h.set("config", joinConfig(config));
        return Message.command(h);
    }

    private static ObjectNode joinConfig(JoinChannelConfig c) {
        ObjectNode o = ProtocolJson.object();
        o.put("isAudioOnly", c.audioOnly());
        o.put("channelProfile", c.channelProfile().code());
        o.put("publishMode", c.publishMode().code());
        o.put("subscribeMode", c.subscribeMode().code());
        o.put("publishAvsyncMode", c.publishAvsyncMode().code());
        o.put("publishAvsyncWithPtsMaxAudioCacheSize", c.maxAudioCacheSize());
        o.put("publishAvsyncWithPtsMaxVideoCacheSize", c.maxVideoCacheSize());
        o.put("subscribeVideoFormat", c.subscribeVideoFormat().code());
        o.put("subscribeAudioFormat", c.subscribeAudioFormat().code());
        o.put("ttsVad", c.enableTtsCallback());
        return o;
    }

    static Message leaveChannel() {
        return bare(CommandId.LEAVE_CHANNEL);
    }

    static Message setClientRole(ClientRole role) {
        ObjectNode h = Message.commandHeader(CommandId.SET_CLIENT_ROLE);
        h.put("role", role.code());
        return Message.command(h);
    }

    static Message setExternalVideoSource(boolean enable, VideoSource source, RenderMode renderMode) {
        ObjectNode h = Message.commandHeader(CommandId.SET_EXTERNAL_VIDEO_SOURCE);
        h.put("enable", enable);
        h.put("source", source.code());
        h.put("renderMode", renderMode.code());
        return Message.command(h);
    }

    /** The payload is the sample's first {@code dataLength} bytes, copied only when the array is longer. */
    static Message pushVideoFrame(VideoDataSample s, VideoSource source) {
        ObjectNode h = Message.commandHeader(CommandId.PUSH_VIDEO_FRAME);
        h.put("source", source.code());
        h.put("format", s.format().code());
        h.put("bufferType", s.bufferType().code());
        h.put("strideY", s.strideY());
        h.put("strideU", s.strideU());
        h.put("strideV", s.strideV());
        h.put("height", s.height());
        h.put("width", s.width());
        h.put("rotation", s.rotation());
        h.put("timestamp", s.timestampMs());
        h.put("dataLen", s.dataLength());
        return Message.command(h, prefix(s.data(), s.dataLength()));
    }

    static Message setExternalAudioSource(boolean enable, int sampleRate, int channels) {
        ObjectNode h = Message.commandHeader(CommandId.SET_EXTERNAL_AUDIO_SOURCE);
        h.put("enable", enable);
        h.put("sampleRate", sampleRate);
        h.put("channelsPerFrame", channels);
        return Message.command(h);
    }

    static Message pushAudioFrame(AudioFrameData f) {
        return pushAudioFrame(f.data(), f.dataLength(), f.timestampMs(), f.isEndFrame(), f.frameId(), f.sentenceId(),
                f.sequenceId());
    }

    /** Raw-data pushes carry the vendor's AudioFrameData defaults for the sentence fields. */
    static Message pushAudioFrameRaw(byte[] pcm, int length, long timestampMs) {
        return pushAudioFrame(pcm, length, timestampMs, 0, "", -1, -1);
    }

    private static Message pushAudioFrame(byte[] data, int length, long timestampMs, int isEndFrame, String frameId,
            int sentenceId, int sequenceId) {
        ObjectNode h = Message.commandHeader(CommandId.PUSH_AUDIO_FRAME);
        h.put("sampleLength", length);
        h.put("timestamp", timestampMs);
        h.put("isEndFrame", isEndFrame);
        h.put("frameID", frameId);
        h.put("sentenceID", sentenceId);
        h.put("sequenceID", sequenceId);
        return Message.command(h, prefix(data, length));
    }

    static Message toggle(int commandId, String key, boolean value) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put(key, value);
        return Message.command(h);
    }

    static Message setVideoEncoderConfiguration(VideoEncoderConfiguration c) {
        ObjectNode h = Message.commandHeader(CommandId.SET_VIDEO_ENCODER_CONFIGURATION);
        ObjectNode d = h.putObject("dimensions");
        d.put("width", c.width());
        d.put("height", c.height());
        h.put("frameRate", c.frameRate().code());
        h.put("bitrate", c.bitrateKbps());
        h.put("mirrorMode", c.mirrorMode().code());
        h.put("rotationMode", c.rotationMode().code());
        h.put("orientationMode", c.orientationMode().code());
        h.put("keyFrameInterval", c.keyFrameIntervalMs());
        h.put("minBitrate", c.minBitrateKbps());
        return Message.command(h);
    }

    static Message setScreenShareEncoderConfiguration(ScreenShareEncoderConfiguration c) {
        ObjectNode h = Message.commandHeader(CommandId.SET_SCREEN_SHARE_ENCODER_CONFIGURATION);
        ObjectNode d = h.putObject("dimensions");
        d.put("width", c.width());
        d.put("height", c.height());
        h.put("frameRate", c.frameRate().code());
        h.put("bitrate", c.bitrateKbps());
        h.put("rotationMode", c.rotationMode().code());
        return Message.command(h);
    }

    static Message sendMediaExtensionMsg(byte[] message, int repeatCount, int delayMs, boolean keyFrame) {
        ObjectNode h = Message.commandHeader(CommandId.SEND_MEDIA_EXTENSION_MSG);
        h.put("repeatCount", repeatCount);
        h.put("delay", delayMs);
        h.put("isKeyFrame", keyFrame);
        h.put("length", message.length);
        return Message.command(h, message);
    }

    static Message subscribeRemoteAudioStream(String uid, boolean subscribe, AudioObserverManualConfig c) {
        ObjectNode h = Message.commandHeader(CommandId.SUBSCRIBE_REMOTE_AUDIO_STREAM);
        h.put("uid", uid);
        h.put("sub", subscribe);
        h.put("denoise", c.enableDenoise());
        h.put("voiceprint", c.enableVoiceprintRecognize());
        h.put("asrvad", c.enableAsrCallback());
        h.put("bind", c.bindPublishLoopDelay());
        return Message.command(h);
    }

    static Message subscribeRemoteVideoStream(String uid, VideoTrack track, boolean subscribe) {
        ObjectNode h = Message.commandHeader(CommandId.SUBSCRIBE_REMOTE_VIDEO_STREAM);
        h.put("uid", uid);
        h.put("videoTrack", track.code());
        h.put("sub", subscribe);
        return Message.command(h);
    }

    static Message setRemoteVideoStreamType(String uid, VideoStreamType type) {
        ObjectNode h = Message.commandHeader(CommandId.SET_REMOTE_VIDEO_STREAM_TYPE);
        h.put("uid", uid);
        h.put("streamType", type.code());
        return Message.command(h);
    }

    static Message setRemoteDefaultVideoStreamType(VideoStreamType type) {
        return intField(CommandId.SET_REMOTE_DEFAULT_VIDEO_STREAM_TYPE, "streamType", type.code());
    }

    static Message setParameter(String json) {
        ObjectNode h = Message.commandHeader(CommandId.SET_PARAMETER);
        h.put("param", json);
        return Message.command(h);
    }

    static Message sendDataChannelMessage(DataChannelMessage m) {
        ObjectNode h = Message.commandHeader(CommandId.SEND_DATA_CHANNEL_MSG);
        h.put("networkTime", m.networkTime());
        h.put("progress", m.progress());
        h.put("type", m.type());
        h.put("dataLen", m.data().length);
        return Message.command(h, m.data());
    }

    static Message setAudioProfile(AudioQualityMode quality, AudioSceneMode scene) {
        ObjectNode h = Message.commandHeader(CommandId.SET_AUDIO_PROFILE);
        h.put("audioProfile", quality.code());
        h.put("audioScene", scene.code());
        return Message.command(h);
    }

    static Message getRemainDataBufferSize(BufferDataType type) {
        return intField(CommandId.GET_REMAIN_DATA_BUFFER_SIZE, "dataType", type.code());
    }

    static Message timeRange(int commandId, long startTime, long endTime) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put("startTime", startTime);
        h.put("endTime", endTime);
        return Message.command(h);
    }

    static Message setVoiceprintVector(byte[] vectorOrNull) {
        ObjectNode h = Message.commandHeader(CommandId.SET_VOICEPRINT_VECTOR);
        h.put("vector", vectorOrNull == null ? "Null" : Base64.getEncoder().encodeToString(vectorOrNull));
        return Message.command(h);
    }

    static Message setAudioDelayInfo(String uid, AudioQuestionDelay delay) {
        ObjectNode h = Message.commandHeader(CommandId.SET_AUDIO_DELAY_INFO);
        h.put("uid", uid);
        h.set("delayInfo", delayInfo(delay));
        return Message.command(h);
    }

    static Message encryptQuestionDelayInfo(AudioQuestionDelay delay) {
        ObjectNode h = Message.commandHeader(CommandId.ENCRYPT_DELAY_INFO);
        h.set("delayInfo", delayInfo(delay));
        return Message.command(h);
    }

    static Message setEncryptAudioDelayInfo(String uid, int sentenceId, String delayInfo, ExtraDelay extraOrNull) {
        ObjectNode h = Message.commandHeader(CommandId.SET_AUDIO_DELAY_INFO_V2);
        h.put("uid", uid);
        h.put("sentenceId", sentenceId);
        h.put("delayInfo", delayInfo);
        if (extraOrNull != null) {
            h.putObject("extraDelay").put("avatar_render_cost", extraOrNull.avatarRenderCost());
        }
        return Message.command(h);
    }

    /** The outbound key names; two of them differ from the inbound ones of callback 1036 (spec section 3.5). */
    private static ObjectNode delayInfo(AudioQuestionDelay d) {
        ObjectNode o = ProtocolJson.object();
        o.put("ai_question_capture_timestamp", d.aiQuestionCaptureTimestamp());
        o.put("ai_answer_capture_timestamp", d.aiAnswerCaptureTimestamp());
        o.put("ai_sentence_id", d.aiSentenceId());
        o.put("ai_client_audio_pub_total_delay", d.aiClientAudioPubTotalDelay());
        o.put("ai_client_audio_source_cost", d.aiClientAudioSourceCost());
        o.put("ai_client_audio_mixer_cost", d.aiClientAudioMixerCost());
        o.put("ai_client_audio_encoder_cost", d.aiClientAudioEncoderCost());
        o.put("ai_client_audio_netsdk_thr_cost", d.aiClientAudioNetsdkThrCost());
        o.put("ai_client_audio_qos_thr_cost", d.aiClientAudioQosThrCost());
        o.put("ai_client_audio_pacer_cost", d.aiClientAudioPacerCost());
        o.put("ai_client_up_half_rtt", d.aiClientUpHalfRtt());
        o.put("ai_linux_down_half_rtt", d.aiLinuxDownHalfRtt());
        o.put("ai_linux_audio_sub_total_delay", d.aiLinuxAudioSubTotalDelay());
        o.put("ai_linux_audio_receive_cost", d.aiLinuxAudioReceiveCost());
        o.put("ai_linux_audio_neteq_cost", d.aiLinuxAudioNeteqCost());
        o.put("ai_linux_audio_remote_source_cost", d.aiLinuxAudioRemoteSourceCost());
        o.put("ai_linux_audio_play_mixer_cost", d.aiLinuxAudioPlayMixerCost());
        o.put("ai_linux_audio_player_cost", d.aiLinuxAudioPlayerCost());
        o.put("ai_agent_audio_asr_cost", d.aiAgentAudioAsrCost());
        o.put("ai_agent_audio_llm_cost", d.aiAgentAudioLlmCost());
        o.put("ai_agent_audio_tts_cost", d.aiAgentAudioTtsCost());
        o.put("ai_agent_audio_total_cost", d.aiAgentAudioTotalCost());
        o.put("ai_linux_audio_process_smart_denoise_delay", d.aiLinuxAudioProcessSmartDenoiseDelay());
        if (!d.aiLinuxGrtnNodeDelay().isEmpty()) {
            ArrayNode nodes = o.putArray("ai_linux_grtn_node_delay");
            for (GrtnNodeDelay node : d.aiLinuxGrtnNodeDelay()) {
                ObjectNode n = nodes.addObject();
                n.put("grtn_node_internal_rtt_half", node.internalRttHalf());
                n.put("grtn_node_bef_pacer", node.befPacer());
                n.put("grtn_node_pacer_cost", node.pacerCost());
            }
        }
        return o;
    }

    static Message dial(DialInfo info, VoipConfig voip, AudioObserverManualConfig c) {
        ObjectNode h = Message.commandHeader(CommandId.DIAL);
        h.put("sipDomain", info.sipDomain());
        h.put("sipToken", info.sipToken());
        h.put("callerNumber", info.callerNumber());
        h.put("calleeNumber", info.calleeNumber());
        h.put("calleePrefix", info.calleePrefix());
        h.put("localPublicIp", info.localPublicIp());
        h.put("minPort", info.minPort());
        h.put("maxPort", info.maxPort());
        h.put("sipHeaderExtra", info.sipHeaderExtra());
        voipAndObserver(h, voip, c);
        return Message.command(h);
    }

    static Message dialUpdate(VoipConfig voip) {
        ObjectNode h = Message.commandHeader(CommandId.DIAL_UPDATE);
        h.put("audioCodec", voip.audioCodec());
        h.put("audioSampleRate", voip.audioSampleRate());
        return Message.command(h);
    }

    static Message pickupIncomingCall(IncomingCallInfo info, VoipConfig voip, AudioObserverManualConfig c) {
        ObjectNode h = Message.commandHeader(CommandId.PICKUP_INCOMING_CALL);
        h.put("sipDomain", info.sipDomain());
        h.put("callerNumber", info.callerNumber());
        h.put("calleeNumber", info.calleeNumber());
        h.put("remotePublicIp", info.remotePublicIp());
        h.put("remoteAudioPort", info.remoteAudioPort());
        h.put("minPort", info.minPort());
        h.put("maxPort", info.maxPort());
        h.put("inviteSDPInfo", info.inviteSdpInfo());
        voipAndObserver(h, voip, c);
        return Message.command(h);
    }

    private static void voipAndObserver(ObjectNode h, VoipConfig voip, AudioObserverManualConfig c) {
        // The codec travels as its name and the rate in Hz: the vendor sends these two raw, not as enum codes.
        h.put("audioCodec", voip.audioCodec());
        h.put("audioSampleRate", voip.audioSampleRate());
        h.put("denoise", c.enableDenoise());
        h.put("voiceprint", c.enableVoiceprintRecognize());
        h.put("asrvad", c.enableAsrCallback());
        h.put("ttsvad", c.enableTtsVad());
        h.put("bind", c.bindPublishLoopDelay());
    }

    static Message enableAudioFrameObserver(boolean enabled, AudioSource source, AudioFrameObserverConfig c) {
        ObjectNode h = Message.commandHeader(CommandId.ENABLE_AUDIO_FRAME_OBSERVER);
        h.put("enabled", enabled);
        h.put("audioSource", source.code());
        h.put("sampleRate", c.sampleRate().code());
        h.put("channels", c.channels().code());
        return Message.command(h);
    }

    static Message soundWithPath(int commandId, int soundId, String path) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put("soundId", soundId);
        h.put("filePath", path);
        return Message.command(h);
    }

    static Message playAudioEffect(int soundId, String path, AudioEffectConfig c) {
        ObjectNode h = Message.commandHeader(CommandId.PLAY_AUDIO_EFFECT);
        h.put("soundId", soundId);
        h.put("filePath", path);
        h.put("needPublish", c.needPublish());
        h.put("loopCycles", c.loopCycles());
        h.put("startPosMs", c.startPosMs());
        h.put("publishVolume", c.publishVolume());
        h.put("playoutVolume", c.playoutVolume());
        return Message.command(h);
    }

    static Message soundVolume(int commandId, int soundId, int volume) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put("soundId", soundId);
        h.put("volume", volume);
        return Message.command(h);
    }

    static Message intField(int commandId, String key, int value) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put(key, value);
        return Message.command(h);
    }

    static Message stringField(int commandId, String key, String value) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put(key, value);
        return Message.command(h);
    }

    static Message bare(int commandId) {
        return Message.command(Message.commandHeader(commandId));
    }

    private static byte[] prefix(byte[] data, int length) {
        return length == data.length ? data : Arrays.copyOf(data, length);
    }
}
