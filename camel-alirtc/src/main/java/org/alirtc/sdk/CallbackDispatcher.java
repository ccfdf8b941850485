package org.alirtc.sdk;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.Message;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes a callback message and calls the matching {@link RtcEngineListener} method (protocol spec section 4).
 * Tolerant where the vendor wrapper dies: a missing key takes a default (0, false, ""), an unknown enum code passes
 * through as an int, an unknown callback id is ignored. Fields are read straight from the header, without
 * reflection or intermediate maps, because the audio callbacks run hundreds of thousands of times a second.
 */
final class CallbackDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackDispatcher.class);

    private CallbackDispatcher() {
    }

    /** Returns false when the id is not one this binding dispatches (the message was ignored). */
    static boolean dispatch(Message m, RtcEngineListener l) {
        ObjectNode h = m.header();
        switch (m.id()) {
            case CallbackId.ON_SUBSCRIBE_AUDIO_FRAME -> l.onSubscribeAudioFrame(str(h, "uid"), pcm(h, m.payload(), true));
            case CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME -> l.onSubscribeMixAudioFrame(pcm(h, m.payload(), false));
            case CallbackId.ON_PUBLISH_AUDIO_FRAME -> l.onPublishAudioFrame(pcm(h, m.payload(), false));
            case CallbackId.ON_MIXED_ALL_AUDIO_FRAME -> l.onMixedAllAudioFrame(pcm(h, m.payload(), false));
            case CallbackId.ON_REMOTE_VIDEO_SAMPLE -> l.onRemoteVideoSample(str(h, "uid"), video(h, m.payload()));
            case CallbackId.ON_REMOTE_VIDEO_ENCODED_SAMPLE ->
                    l.onRemoteVideoEncodedSample(str(h, "uid"), video(h, m.payload()));
            case CallbackId.ON_SUBSCRIBE_AUDIO_AAC -> l.onSubscribeAudioAac(str(h, "uid"), aac(h, m.payload()));
            case CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_AAC -> l.onSubscribeMixedAudioAac(aac(h, m.payload()));
            case CallbackId.ON_JOIN_CHANNEL -> l.onJoinChannelResult(i(h, "joinresult"), str(h, "channel"), str(h, "userid"));
            case CallbackId.ON_LEAVE_CHANNEL -> l.onLeaveChannelResult(i(h, "leaveresult"));
            case CallbackId.ON_ERROR -> l.onError(i(h, "errorCode"));
            case CallbackId.ON_WARNING -> l.onWarning(i(h, "warningCode"));
            case CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY -> l.onRemoteUserOnLineNotify(str(h, "uid"));
            case CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY -> l.onRemoteUserOffLineNotify(str(h, "uid"));
            case CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY ->
                    l.onRemoteTrackAvailableNotify(str(h, "uid"), i(h, "audioTrack"), i(h, "videoTrack"));
            case CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED -> l.onAudioSubscribeStateChanged(str(h, "uid"),
                    i(h, "oldState"), i(h, "newState"), i(h, "elapseSinceLastState"), str(h, "channel"));
            case CallbackId.ON_VIDEO_SUBSCRIBE_STATE_CHANGED -> l.onVideoSubscribeStateChanged(str(h, "uid"),
                    i(h, "oldState"), i(h, "newState"), i(h, "elapseSinceLastState"), str(h, "channel"));
            case CallbackId.ON_SUBSCRIBE_STREAM_TYPE_CHANGED -> l.onSubscribeStreamTypeChanged(str(h, "uid"),
                    i(h, "oldState"), i(h, "newState"), i(h, "elapseSinceLastState"), str(h, "channel"));
            case CallbackId.ON_SCREEN_SHARE_SUBSCRIBE_STATE_CHANGED -> l.onScreenShareSubscribeStateChanged(
                    str(h, "uid"), i(h, "oldState"), i(h, "newState"), i(h, "elapseSinceLastState"), str(h, "channel"));
            // No uid here: the vendor wrapper reads a stale one from a previous message; this message has none.
            case CallbackId.ON_SCREEN_SHARE_PUBLISH_STATE_CHANGED -> l.onScreenSharePublishStateChanged(
                    i(h, "oldState"), i(h, "newState"), i(h, "elapseSinceLastState"), str(h, "channel"));
            case CallbackId.ON_DUAL_STREAM_PUBLISH_STATE_CHANGED -> l.onDualStreamPublishStateChanged(
                    i(h, "oldState"), i(h, "newState"), i(h, "elapseSinceLastState"), str(h, "channel"));
            case CallbackId.ON_VIDEO_PUBLISH_STATE_CHANGED -> l.onVideoPublishStateChanged(
                    i(h, "oldState"), i(h, "newState"), i(h, "elapseSinceLastState"), str(h, "channel"));
            case CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED -> l.onAudioPublishStateChanged(
                    i(h, "oldState"), i(h, "newState"), i(h, "elapseSinceLastState"), str(h, "channel"));
            case CallbackId.ON_UPDATE_ROLE_NOTIFY -> l.onUpdateRoleNotify(i(h, "oldRole"), i(h, "newRole"));
            case CallbackId.ON_CONNECTION_STATUS_CHANGE -> l.onConnectionStatusChanged(i(h, "status"), i(h, "reason"));
            case CallbackId.ON_MEDIA_EXTENSION_MSG -> l.onMediaExtensionMsgReceived(str(h, "userid"), m.payload());
            case CallbackId.ON_DATA_CHANNEL_MSG -> l.onDataChannelMessage(str(h, "uid"),
                    new DataChannelMessage(i(h, "type"), lng(h, "networkTime"), lng(h, "progress"), m.payload()));
            case CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL -> l.onPushAudioFrameBufferFull(bool(h, "success"));
            case CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL -> l.onPushVideoFrameBufferFull(bool(h, "success"));
            case CallbackId.ON_PUSH_AUDIO_FRAME_BEGIN, CallbackId.ON_PUSH_AUDIO_FRAME_END ->
                    LOG.debug("Core service reported {} for frame {}", CallbackId.name(m.id()), str(h, "frameID"));
            case CallbackId.ON_PUSH_AUDIO_FRAME_BEGIN_EXT ->
                    l.onPushAudioFrameBegin(i(h, "sentenceID"), i(h, "sequenceID"));
            case CallbackId.ON_PUSH_AUDIO_FRAME_END_EXT -> l.onPushAudioFrameEnd(i(h, "sentenceID"), i(h, "sequenceID"));
            case CallbackId.ON_GET_REMAIN_DATA_BUFFER_SIZE ->
                    l.onGetRemainDataBufferSize(i(h, "audioBufferSize"), i(h, "videoBufferSize"));
            case CallbackId.ON_GET_AUDIO_IS_MAIN_SPEAKER -> l.onGetAudioIsMainSpeaker(lng(h, "startTime"),
                    lng(h, "endTime"), new VoiceprintStatus(bool(h, "isEnable"), bool(h, "isMainSpeaker"),
                            bool(h, "isEnrolled"), i(h, "environment")));
            case CallbackId.ON_GET_SDK_VERSION -> l.onSdkVersion(str(h, "sdkVersion"));
            case CallbackId.ON_GET_AIVAD_INFO -> l.onGetAIVadInfo(lng(h, "startTime"), lng(h, "endTime"), i(h, "status"));
            case CallbackId.ON_ENCRYPTION_DELAY_INFO -> l.onEncryptQuestionDelayInfo(str(h, "delay"));
            case CallbackId.ON_VOICEPRINT_VECTOR -> voiceprint(h, l);
            case CallbackId.ON_TEST_CYCLE_ROUND -> l.onTestCycleRound(bool(h, "isEnable"));
            case CallbackId.ON_GREET_READY -> l.onGreetReady(bool(h, "ready"));
            case CallbackId.ON_REMOTE_DEVICE_ID -> l.onRemoteDeviceId(str(h, "uid"), str(h, "udid"));
            case CallbackId.ON_REMOTE_SENTENCE_STATE ->
                    l.onRemoteSentenceState(str(h, "uid"), bool(h, "end"), remoteDelay(h.get("audio_question_delay")));
            case CallbackId.ON_LOCAL_SENTENCE_STATE -> l.onLocalSentenceState(str(h, "uid"), bool(h, "begin"),
                    AudioQuestionDelay.builder().aiAgentAudioAsrCost(lng(h, "asr")).aiAgentAudioLlmCost(lng(h, "llm"))
                            .aiAgentAudioTtsCost(lng(h, "tts")).aiSentenceId(lng(h, "sentence")).build());
            case CallbackId.ON_AUDIO_DUMP_PATH_SET -> l.onAudioDumpPathSet(str(h, "audiopath"));
            case CallbackId.ON_AUDIO_EFFECT_FINISHED -> l.onAudioEffectFinished(i(h, "soundId"));
            case CallbackId.ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME, CallbackId.ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME ->
                    LOG.debug("{} answered volume {}", CallbackId.name(m.id()), i(h, "volume"));
            case CallbackId.ON_REMOTE_HANGUP -> l.onRemoteHangUp();
            case CallbackId.ON_HANGUP_RESULT -> l.onHangUpResult(i(h, "code"));
            case CallbackId.ON_VOIP_QUALITY -> l.onVoipQuality(i(h, "code"));
            case CallbackId.ON_DIAL_RESULT -> l.onDialResult(i(h, "code"));
            case CallbackId.ON_DIAL_UPDATE_RESULT -> l.onDialUpdateResult(i(h, "code"));
            case CallbackId.ON_DIAL_STATE_CHANGE -> l.onDialStateChange(i(h, "code"));
            case CallbackId.ON_PICKUP_INCOMING_CALL ->
                    l.onPickupIncomingCall(new PickupIncomingCallInfo(str(h, "sdpInfo"), i(h, "result")));
            case CallbackId.ON_CONNECT_INCOMING_CALL_RESULT -> l.onConnectIncomingCallResult(i(h, "code"));
            case CallbackId.ON_DIS_CONNECT_INCOMING_CALL_RESULT -> l.onDisConnectIncomingCallResult(i(h, "code"));
            case CallbackId.ON_VOIP_TELEPHONE_EVENT -> l.onVoipTelephoneEvent(str(h, "eventStr"), i(h, "eventCode"),
                    i(h, "endFlag"), i(h, "volume"), i(h, "timestampIncrement"), i(h, "duration"));
            case CallbackId.ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL -> l.onRemoteUserSubscribedDataChannel(str(h, "uid"));
            case CallbackId.ON_REQUEST_VIDEO_EXTERNAL_ENCODER_PARAMETER -> l.onRequestVideoExternalEncoderParameter(
                    i(h, "videoTrack"), new VideoExternalEncoderParameter(i(h, "width"), i(h, "height"),
                            i(h, "frameRate"), i(h, "bitrateBps")));
            case CallbackId.ON_REQUEST_VIDEO_EXTERNAL_ENCODER_FRAME ->
                    l.onRequestVideoExternalEncoderFrame(i(h, "videoTrack"), i(h, "frameType"), bool(h, "dropFrame"));
            case CallbackId.ON_STATS -> l.onStats(stats(h));
            case CallbackId.ON_LOCAL_VIDEO_STATS -> l.onLocalVideoStats(localVideoStats(h));
            case CallbackId.ON_REMOTE_VIDEO_STATS -> l.onRemoteVideoStats(remoteVideoStats(h));
            case CallbackId.ON_LOCAL_AUDIO_STATS -> l.onLocalAudioStats(localAudioStats(h));
            case CallbackId.ON_REMOTE_AUDIO_STATS -> l.onRemoteAudioStats(remoteAudioStats(h));
            case CallbackId.ON_PROFILE_STATS -> l.onProfileStats(i(h, "type"), json(h.get("profileStats")));
            case CallbackId.ON_FIRST_AUDIO_PACKET_RECEIVED ->
                    l.onFirstAudioPacketReceived(str(h, "uid"), lng(h, "timeCost"));
            default -> {
                LOG.debug("Ignored callback {} ({})", m.id(), CallbackId.name(m.id()));
                return false;
            }
        }
        return true;
    }

    private static AudioPcmFrame pcm(ObjectNode h, byte[] data, boolean perUser) {
        return new AudioPcmFrame(i(h, "type"), i(h, "frame_ms"), i(h, "sample_rates"), i(h, "samples"),
                i(h, "channels"), i(h, "sample_bits"), perUser ? i(h, "stream_index") : 0, data);
    }

    private static AudioAacFrame aac(ObjectNode h, byte[] data) {
        return new AudioAacFrame(i(h, "type"), i(h, "frame_ms"), i(h, "sample_rates"), i(h, "channels"), data);
    }

    /** The payload is exactly frame_size bytes (the reader sizes it), so no stride or trimming is needed. */
    private static VideoFrame video(ObjectNode h, byte[] data) {
        return new VideoFrame(i(h, "track"), i(h, "type"), lng(h, "frame_ms"), i(h, "width"), i(h, "height"),
                i(h, "frame_num"), i(h, "qp"), mvInfos(h.get("mv_infos")), i(h, "slice_type"), data);
    }

    private static List<MvInfo> mvInfos(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return List.of();
        }
        List<MvInfo> list = new ArrayList<>(node.size());
        for (JsonNode pair : node) {
            list.add(new MvInfo(pair.path(0).asInt(), pair.path(1).asInt()));
        }
        return list;
    }

    private static void voiceprint(ObjectNode h, RtcEngineListener l) {
        String text = str(h, "vector");
        byte[] vector;
        try {
            vector = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            l.onProtocolError("Dropped ON_VOICEPRINT_VECTOR (1035): its vector is not base64 (" + e.getMessage() + ")");
            return;
        }
        l.onVoiceprintVector(vector);
    }

    /** Inbound key names differ from the outbound ones for the two total delays (spec section 4.2). */
    private static AudioQuestionDelay remoteDelay(JsonNode d) {
        if (d == null || !d.isObject()) {
            return AudioQuestionDelay.empty();
        }
        List<GrtnNodeDelay> nodes = new ArrayList<>();
        for (JsonNode n : d.path("ai_linux_grtn_node_delay")) {
            nodes.add(new GrtnNodeDelay(n.path("grtn_node_internal_rtt_half").asLong(),
                    n.path("grtn_node_bef_pacer").asLong(), n.path("grtn_node_pacer_cost").asLong()));
        }
        return AudioQuestionDelay.builder()
                .aiQuestionCaptureTimestamp(lng(d, "ai_question_capture_timestamp"))
                .aiAnswerCaptureTimestamp(lng(d, "ai_answer_capture_timestamp"))
                .aiSentenceId(lng(d, "ai_sentence_id"))
                .aiClientAudioPubTotalDelay(lng(d, "ai_client_audio_total_pub_delay"))
                .aiClientAudioSourceCost(lng(d, "ai_client_audio_source_cost"))
                .aiClientAudioMixerCost(lng(d, "ai_client_audio_mixer_cost"))
                .aiClientAudioEncoderCost(lng(d, "ai_client_audio_encoder_cost"))
                .aiClientAudioNetsdkThrCost(lng(d, "ai_client_audio_netsdk_thr_cost"))
                .aiClientAudioQosThrCost(lng(d, "ai_client_audio_qos_thr_cost"))
                .aiClientAudioPacerCost(lng(d, "ai_client_audio_pacer_cost"))
                .aiClientUpHalfRtt(lng(d, "ai_client_up_half_rtt"))
                .aiLinuxDownHalfRtt(lng(d, "ai_linux_down_half_rtt"))
                .aiLinuxGrtnNodeDelay(nodes)
                .aiLinuxAudioSubTotalDelay(lng(d, "ai_linux_audio_total_sub_delay"))
                .aiLinuxAudioReceiveCost(lng(d, "ai_linux_audio_receive_cost"))
                .aiLinuxAudioNeteqCost(lng(d, "ai_linux_audio_neteq_cost"))
                .aiLinuxAudioRemoteSourceCost(lng(d, "ai_linux_audio_remote_source_cost"))
                .aiLinuxAudioPlayMixerCost(lng(d, "ai_linux_audio_play_mixer_cost"))
                .aiLinuxAudioPlayerCost(lng(d, "ai_linux_audio_player_cost"))
                .aiAgentAudioAsrCost(lng(d, "ai_agent_audio_asr_cost"))
                .aiAgentAudioLlmCost(lng(d, "ai_agent_audio_llm_cost"))
                .aiAgentAudioTtsCost(lng(d, "ai_agent_audio_tts_cost"))
                .aiAgentAudioTotalCost(lng(d, "ai_agent_audio_total_cost"))
                .aiLinuxAudioProcessSmartDenoiseDelay(lng(d, "ai_linux_audio_process_smart_denoise_delay"))
                .build();
    }

    private static EngineStats stats(ObjectNode h) {
        return new EngineStats(i(h, "availableSendBitrate"), i(h, "sentKBitrate"), i(h, "rcvdKBitrate"),
                lng(h, "sentBytes"), lng(h, "rcvdBytes"), i(h, "videoRcvdKBitrate"), i(h, "videoSentKBitrate"),
                i(h, "systemCpu"), i(h, "appCpu"), lng(h, "callDuration"), i(h, "sentLossRate"),
                lng(h, "sentLossPkts"), lng(h, "sentExpectedPkts"), i(h, "rcvdLossRate"), lng(h, "rcvdLossPkts"),
                lng(h, "rcvdExpectedPkts"), i(h, "lastmileDelay"));
    }

    private static LocalVideoStats localVideoStats(ObjectNode h) {
        return new LocalVideoStats(i(h, "track"), i(h, "targetEncodeBitrate"), i(h, "actualEncodeBitrate"),
                i(h, "sentBitrate"), i(h, "sentBitrateKbps"), i(h, "sentFps"), i(h, "encodeFps"), i(h, "captureFps"),
                i(h, "avgQpPerSec"), i(h, "rtt"), lng(h, "sendBytes"), i(h, "renderFps"));
    }

    private static RemoteVideoStats remoteVideoStats(ObjectNode h) {
        return new RemoteVideoStats(str(h, "userId"), i(h, "track"), i(h, "width"), i(h, "height"),
                i(h, "decodeFps"), i(h, "renderFps"), i(h, "frozenTimes"), lng(h, "videoTotalFrozenTime"),
                i(h, "videoTotalFrozenRate"), lng(h, "rtpCount"), lng(h, "rtpLoss"), i(h, "rtt"), i(h, "recvBitrate"),
                i(h, "rcvdBitrateKbps"), i(h, "e2eDelay"), lng(h, "frameLoss"), lng(h, "pullBytes"),
                dbl(h, "packetLossRate"));
    }

    private static LocalAudioStats localAudioStats(ObjectNode h) {
        return new LocalAudioStats(i(h, "scene"), i(h, "track"), i(h, "sentBitrate"), i(h, "sentBitrateKbps"),
                i(h, "sentSamplerate"), i(h, "numChannel"), i(h, "inputLevel"), i(h, "rtt"), lng(h, "sendBytes"));
    }

    private static RemoteAudioStats remoteAudioStats(ObjectNode h) {
        return new RemoteAudioStats(str(h, "userId"), i(h, "track"), i(h, "quality"), i(h, "networkTransportDelay"),
                i(h, "jitterBufferDelay"), dbl(h, "audioLossRate"), i(h, "rcvdBitrate"), i(h, "rcvdBitrateKbps"),
                i(h, "totalFrozenTimes"), lng(h, "audioTotalFrozenTime"), i(h, "audioTotalFrozenRate"), i(h, "rtt"),
                i(h, "e2eDelay"), i(h, "ai_e2eDelay"), lng(h, "pullBytes"));
    }

    private static String json(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isTextual() ? node.textValue() : ProtocolJson.write(node);
    }

    static int i(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n == null ? 0 : n.asInt();
    }

    static long lng(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n == null ? 0 : n.asLong();
    }

    private static double dbl(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n == null ? 0 : n.asDouble();
    }

    /** JSON booleans, and numbers as C-style truth values, since a C++ peer may send either. */
    static boolean bool(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n != null && n.asBoolean();
    }

    static String str(JsonNode h, String key) {
        JsonNode n = h.get(key);
        return n == null || n.isNull() ? "" : n.asText();
    }
}
