package org.alirtc.sdk;

import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.AudioQuestionDelay;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.EngineStats;
import org.alirtc.sdk.model.LocalAudioStats;
import org.alirtc.sdk.model.LocalVideoStats;
import org.alirtc.sdk.model.PickupIncomingCallInfo;
import org.alirtc.sdk.model.RemoteAudioStats;
import org.alirtc.sdk.model.RemoteVideoStats;
import org.alirtc.sdk.model.VideoExternalEncoderParameter;
import org.alirtc.sdk.model.VideoFrame;
import org.alirtc.sdk.model.VoiceprintStatus;

/**
 * Receives the callbacks of one {@link RtcEngine}. Every method has a no-op default, so implement only what you need.
 *
 * <p>Threading: all methods run on the engine's single reader thread, in the order the core service sent them, and
 * never while the engine holds its write lock — so a listener may call engine methods (for example send a data
 * channel message from {@link #onJoinChannelResult}). A slow listener delays every later callback; hand heavy work
 * to your own executor. The loss of the core service ({@link #onError} with ERR_NETWORK_DISCONNECT and
 * {@link #onCoreServiceExit}) may instead be reported from the thread that noticed it. An exception thrown by a
 * listener is logged and counted
 * ({@link EngineCounters#listenerFailures()}); delivery goes on.
 *
 * <p>Enum-typed wire values are passed as raw {@code int} codes so that codes unknown to this SDK version reach you
 * unchanged; convert them with the model enums' {@code fromCode(int)} (for example
 * {@link org.alirtc.sdk.model.ErrorCode#describe(int)}). Frames and byte arrays handed to a listener belong to it.
 */
public interface RtcEngineListener {

    /** Callback 1017. {@code errorCode} is an {@link org.alirtc.sdk.model.ErrorCode} code, or an unknown one. */
    default void onError(int errorCode) {}

    /** Callback 1018, the raw warning code. */
    default void onWarning(int warningCode) {}

    /** Callback 1001: 0 = joined, anything else is an error code. */
    default void onJoinChannelResult(int result, String channel, String userId) {}

    /** Callback 1004: 0 = left. */
    default void onLeaveChannelResult(int result) {}

    /** Callback 1005. */
    default void onRemoteUserOnLineNotify(String uid) {}

    /** Callback 1006. */
    default void onRemoteUserOffLineNotify(String uid) {}

    /** Callback 1007: {@link org.alirtc.sdk.model.AudioTrack} and {@link org.alirtc.sdk.model.VideoTrack} codes. */
    default void onRemoteTrackAvailableNotify(String uid, int audioTrack, int videoTrack) {}

    /** Callback 1008: {@link org.alirtc.sdk.model.SubscribeState} codes; elapse in milliseconds. */
    default void onAudioSubscribeStateChanged(
            String uid, int oldState, int newState, int elapseSinceLastState, String channel) {}

    /** Callback 1009: {@link org.alirtc.sdk.model.SubscribeState} codes. */
    default void onVideoSubscribeStateChanged(
            String uid, int oldState, int newState, int elapseSinceLastState, String channel) {}

    /** Callback 1010: {@link org.alirtc.sdk.model.VideoStreamType} codes (sent under the keys oldState/newState). */
    default void onSubscribeStreamTypeChanged(
            String uid, int oldStreamType, int newStreamType, int elapseSinceLastState, String channel) {}

    /** Callback 1011: {@link org.alirtc.sdk.model.SubscribeState} codes. */
    default void onScreenShareSubscribeStateChanged(
            String uid, int oldState, int newState, int elapseSinceLastState, String channel) {}

    /** Callback 1012: {@link org.alirtc.sdk.model.PublishState} codes. */
    default void onScreenSharePublishStateChanged(
            int oldState, int newState, int elapseSinceLastState, String channel) {}

    /** Callback 1013: {@link org.alirtc.sdk.model.PublishState} codes. */
    default void onDualStreamPublishStateChanged(
            int oldState, int newState, int elapseSinceLastState, String channel) {}

    /** Callback 1014: {@link org.alirtc.sdk.model.PublishState} codes; 3 = published. */
    default void onVideoPublishStateChanged(int oldState, int newState, int elapseSinceLastState, String channel) {}

    /** Callback 1015: {@link org.alirtc.sdk.model.PublishState} codes; 3 = published. */
    default void onAudioPublishStateChanged(int oldState, int newState, int elapseSinceLastState, String channel) {}

    /** Callback 1016: {@link org.alirtc.sdk.model.ClientRole} codes. */
    default void onUpdateRoleNotify(int oldRole, int newRole) {}

    /**
     * Callback 1030: {@link org.alirtc.sdk.model.ConnectionStatus} and
     * {@link org.alirtc.sdk.model.ConnectionStatusChangeReason} codes.
     */
    default void onConnectionStatusChanged(int status, int reason) {}

    /** Callback 1019: a media extension (SEI) message from {@code userId}. */
    default void onMediaExtensionMsgReceived(String userId, byte[] message) {}

    /** Callback 1020: a data channel message from {@code uid}. */
    default void onDataChannelMessage(String uid, DataChannelMessage message) {}

    /** Callback 1024: true = the core service's audio push buffer is full; pushes return BUFFER_FULL until false. */
    default void onPushAudioFrameBufferFull(boolean full) {}

    /** Callback 1028: true = the video push buffer is full; video pushes return BUFFER_FULL until false. */
    default void onPushVideoFrameBufferFull(boolean full) {}

    /** Callback 1044. */
    default void onPushAudioFrameBegin(int sentenceId, int sequenceId) {}

    /** Callback 1045. */
    default void onPushAudioFrameEnd(int sentenceId, int sequenceId) {}

    /** Callback 1029, the answer to {@link RtcEngine#getRemainDataBufferSize}. */
    default void onGetRemainDataBufferSize(int audioBufferSize, int videoBufferSize) {}

    /** Callback 1033, the answer to {@link RtcEngine#getAudioIsMainSpeaker}. */
    default void onGetAudioIsMainSpeaker(long startTime, long endTime, VoiceprintStatus status) {}

    /** Callback 1041, the answer to {@link RtcEngine#getAIVadInfo}. */
    default void onGetAIVadInfo(long startTime, long endTime, int status) {}

    /** Callback 1051, the answer to {@link RtcEngine#encryptQuestionDelayInfo}. */
    default void onEncryptQuestionDelayInfo(String delay) {}

    /** Callback 1035: the extracted voiceprint vector (decoded from base64). */
    default void onVoiceprintVector(byte[] vector) {}

    /** Callback 1021: a decoded remote video frame (type 0 = tightly packed I420). */
    default void onRemoteVideoSample(String uid, VideoFrame frame) {}

    /** Callback 1025: an encoded remote video frame (H.264 NALUs). */
    default void onRemoteVideoEncodedSample(String uid, VideoFrame frame) {}

    /** Callback 1022: one remote user's PCM before mixing. */
    default void onSubscribeAudioFrame(String uid, AudioPcmFrame frame) {}

    /** Callback 1023: the mixed PCM of all remote users. */
    default void onSubscribeMixAudioFrame(AudioPcmFrame frame) {}

    /** Callback 1026: one remote user's audio as AAC. */
    default void onSubscribeAudioAac(String uid, AudioAacFrame frame) {}

    /** Callback 1027: the mixed remote audio as AAC. */
    default void onSubscribeMixedAudioAac(AudioAacFrame frame) {}

    /** Callback 1070: all audio mixed, including the local publish. */
    default void onMixedAllAudioFrame(AudioPcmFrame frame) {}

    /** Callback 1069: the locally published audio. */
    default void onPublishAudioFrame(AudioPcmFrame frame) {}

    /** Callback 1031. */
    default void onGreetReady(boolean ready) {}

    /** Callback 1034. */
    default void onRemoteDeviceId(String uid, String deviceId) {}

    /** Callback 1036; {@code delay} is {@link AudioQuestionDelay#empty()} when the message carried none. */
    default void onRemoteSentenceState(String uid, boolean end, AudioQuestionDelay delay) {}

    /** Callback 1038: carries only the asr/llm/tts costs and the sentence id. */
    default void onLocalSentenceState(String uid, boolean begin, AudioQuestionDelay delay) {}

    /** Callback 1053. */
    default void onAudioEffectFinished(int soundId) {}

    /** Callback 1046. */
    default void onRemoteHangUp() {}

    /** Callback 1047. */
    default void onHangUpResult(int code) {}

    /** Callback 1048. */
    default void onVoipQuality(int code) {}

    /** Callback 1049: 0 = success. */
    default void onDialResult(int code) {}

    /** Callback 1050: 0 = success. */
    default void onDialUpdateResult(int code) {}

    /** Callback 1052. */
    default void onDialStateChange(int code) {}

    /** Callback 1056. */
    default void onPickupIncomingCall(PickupIncomingCallInfo info) {}

    /** Callback 1057. */
    default void onConnectIncomingCallResult(int code) {}

    /** Callback 1058. */
    default void onDisConnectIncomingCallResult(int code) {}

    /** Callback 1068: a DTMF telephone event. */
    default void onVoipTelephoneEvent(
            String eventStr, int eventCode, int endFlag, int volume, int timestampIncrement, int duration) {}

    /** Callback 1059: data channel messages may now be sent to {@code uid}. */
    default void onRemoteUserSubscribedDataChannel(String uid) {}

    /** Callback 1060: {@code videoTrack} is a {@link org.alirtc.sdk.model.VideoTrack} code. */
    default void onRequestVideoExternalEncoderParameter(int videoTrack, VideoExternalEncoderParameter parameter) {}

    /** Callback 1061: {@code frameType} is an {@link org.alirtc.sdk.model.EncodedFrameType} code. */
    default void onRequestVideoExternalEncoderFrame(int videoTrack, int frameType, boolean dropFrame) {}

    /** Callback 1062, every two seconds. */
    default void onStats(EngineStats stats) {}

    /** Callback 1063. */
    default void onLocalVideoStats(LocalVideoStats stats) {}

    /** Callback 1064. */
    default void onRemoteVideoStats(RemoteVideoStats stats) {}

    /** Callback 1065. */
    default void onLocalAudioStats(LocalAudioStats stats) {}

    /** Callback 1066. */
    default void onRemoteAudioStats(RemoteAudioStats stats) {}

    /** Callback 1067: type 1 video, 10 audio, 11 AI loopback; the stats as JSON text. */
    default void onProfileStats(int type, String profileStatsJson) {}

    /** Callback 1071: {@code timeCost} from joining until the first audio packet. */
    default void onFirstAudioPacketReceived(String uid, long timeCost) {}

    /** Callback 1032: the audio dump directory (also kept for {@link RtcEngine#getAudioDumpPath()}). */
    default void onAudioDumpPathSet(String path) {}

    /** Callback 1039, the answer to {@link RtcEngine#needTestLoopbackLatency(String)}. */
    default void onTestCycleRound(boolean enabled) {}

    /** Callback 1040 (also completes {@link RtcEngine#getSdkVersion}). */
    default void onSdkVersion(String version) {}

    /**
     * The core service ended while the engine was not released (this binding's own signal). It always follows
     * {@code onError(0x01050203)} (ERR_NETWORK_DISCONNECT, which the vendor also uses for real network loss), so
     * listeners can tell a dead core service from a network problem. The engine is then in
     * {@link EngineState#CORE_SERVICE_DOWN}; release it and create a new one.
     */
    default void onCoreServiceExit(int exitCode) {}

    /**
     * The core service stopped answering (nothing arrived within {@link EngineOptions#livenessTimeout()}, not even
     * the answer to a liveness probe), or the connection to it dropped while its process kept running (this
     * binding's own signal). It follows {@code onError(0x01050203)} (ERR_NETWORK_DISCONNECT). The engine has closed
     * the connection and stopped the core service (SIGTERM, then SIGKILL a second later), so
     * {@link #onCoreServiceExit} follows for a child process. The engine is then in
     * {@link EngineState#CORE_SERVICE_DOWN}; release it and create a new one.
     *
     * @param reason what was noticed, for logs
     */
    default void onCoreServiceUnresponsive(String reason) {}

    /** A malformed message from the core service was dropped; later messages are still delivered. */
    default void onProtocolError(String description) {}
}
