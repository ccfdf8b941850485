package org.alirtc.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.Message;

/**
 * The callbacks the local core sends, with exactly the keys and key order of the protocol specification
 * (section 4). PCM headers are the same for every 10 ms frame of one size, so they are built once and shared:
 * headers are never modified after they are built, which makes sharing them between writer threads safe.
 */
final class Callbacks {

    private static final int AUDIO_FRAME_RAW_PCM = 0;
    private static final int VIDEO_FRAME_YUV = 0;
    private static final int VIDEO_TRACK_CAMERA_LARGE = 0;
    private static final int FRAME_MS = 10;
    private static final int SAMPLE_BITS = 16;

    private Callbacks() {
    }

    static Message joinResult(int result, String channel, String userId) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_JOIN_CHANNEL);
        h.put("joinresult", result);
        h.put("channel", channel);
        h.put("userid", userId);
        return plain(h);
    }

    static Message leaveResult(int result) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_LEAVE_CHANNEL);
        h.put("leaveresult", result);
        return plain(h);
    }

    static Message userOnline(String uid) {
        return uidOnly(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY, uid);
    }

    static Message userOffline(String uid) {
        return uidOnly(CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY, uid);
    }

    static Message remoteSubscribedDataChannel(String uid) {
        return uidOnly(CallbackId.ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL, uid);
    }

    static Message trackAvailable(String uid, boolean audio, boolean video) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY);
        h.put("uid", uid);
        h.put("audioTrack", audio ? 1 : 0);
        h.put("videoTrack", video ? 1 : 0);
        return plain(h);
    }

    /** 1008 or 1009. */
    static Message subscribeState(int callbackId, String uid, int oldState, int newState, long elapsedMs, String channel) {
        ObjectNode h = Message.callbackHeader(callbackId);
        h.put("uid", uid);
        h.put("oldState", oldState);
        h.put("newState", newState);
        h.put("elapseSinceLastState", elapsedMs);
        h.put("channel", channel);
        return plain(h);
    }

    /** 1014 or 1015. */
    static Message publishState(int callbackId, int oldState, int newState, long elapsedMs, String channel) {
        ObjectNode h = Message.callbackHeader(callbackId);
        h.put("oldState", oldState);
        h.put("newState", newState);
        h.put("elapseSinceLastState", elapsedMs);
        h.put("channel", channel);
        return plain(h);
    }

    static Message roleUpdated(int oldRole, int newRole) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_UPDATE_ROLE_NOTIFY);
        h.put("oldRole", oldRole);
        h.put("newRole", newRole);
        return plain(h);
    }

    static Message error(int code) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_ERROR);
        h.put("errorCode", code);
        return plain(h);
    }

    static Message connectionStatus(int status, int reason) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_CONNECTION_STATUS_CHANGE);
        h.put("status", status);
        h.put("reason", reason);
        return plain(h);
    }

    static Message mediaExtension(String userId, byte[] payload) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_MEDIA_EXTENSION_MSG);
        h.put("userid", userId);
        h.put("size", payload.length);
        return Message.callback(h, payload);
    }

    static Message dataChannel(String uid, long networkTime, long progress, int type, byte[] payload) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_DATA_CHANNEL_MSG);
        h.put("uid", uid);
        h.put("networkTime", networkTime);
        h.put("progress", progress);
        h.put("type", type);
        h.put("dataLen", payload.length);
        return Message.callback(h, payload);
    }

    static Message remoteVideoSample(String uid, long frameMs, int width, int height, long frameNumber, byte[] i420) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_REMOTE_VIDEO_SAMPLE);
        h.put("uid", uid);
        h.put("track", VIDEO_TRACK_CAMERA_LARGE);
        h.put("type", VIDEO_FRAME_YUV);
        h.put("frame_ms", frameMs);
        h.put("width", width);
        h.put("height", height);
        h.put("frame_num", frameNumber);
        h.put("frame_size", i420.length);
        h.put("qp", 0);
        h.putArray("mv_infos");
        h.put("slice_type", 0);
        return Message.callback(h, i420);
    }

    /** Per-user PCM (1022): 10 ms of 16-bit PCM from {@code uid}, default stream index 0. */
    static Message userAudioFrame(String uid, int sampleRate, int channels, byte[] pcm) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_SUBSCRIBE_AUDIO_FRAME);
        h.put("uid", uid);
        h.put("type", AUDIO_FRAME_RAW_PCM);
        h.put("frame_ms", FRAME_MS);
        h.put("sample_rates", sampleRate);
        h.put("samples", pcm.length / (2 * channels));
        h.put("channels", channels);
        h.put("sample_bits", SAMPLE_BITS);
        h.put("stream_index", 0);
        h.put("frame_size", pcm.length);
        return Message.callback(h, pcm);
    }

    /** Header of a 10 ms PCM callback without uid: 1023 mixed, 1069 published or 1070 mixed-all. */
    static ObjectNode pcmHeader(int callbackId, int sampleRate, int channels, int bytes) {
        ObjectNode h = Message.callbackHeader(callbackId);
        h.put("type", AUDIO_FRAME_RAW_PCM);
        h.put("frame_ms", FRAME_MS);
        h.put("sample_rates", sampleRate);
        h.put("samples", bytes / (2 * channels));
        h.put("channels", channels);
        h.put("sample_bits", SAMPLE_BITS);
        h.put("frame_size", bytes);
        return h;
    }

    static Message pushAudioBufferFull(boolean full) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL);
        h.put("success", full);
        return plain(h);
    }

    static Message pushVideoBufferFull(boolean full) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL);
        h.put("success", full);
        return plain(h);
    }

    static Message remainingBuffer(long audioMs, long videoFrames) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_GET_REMAIN_DATA_BUFFER_SIZE);
        h.put("audioBufferSize", audioMs);
        h.put("videoBufferSize", videoFrames);
        return plain(h);
    }

    static Message sdkVersion(String version) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_GET_SDK_VERSION);
        h.put("sdkVersion", version);
        return plain(h);
    }

    static Message testCycleRound(boolean enabled) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_TEST_CYCLE_ROUND);
        h.put("isEnable", enabled);
        return plain(h);
    }

    static Message audioEffectVolume(int callbackId, int volume) {
        ObjectNode h = Message.callbackHeader(callbackId);
        h.put("volume", volume);
        return plain(h);
    }

    static Message voiceprintVector(String base64) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_VOICEPRINT_VECTOR);
        h.put("vector", base64);
        return plain(h);
    }

    /** Answer to 33: voiceprint is never enabled locally, so the speaker is unknown. */
    static Message mainSpeaker(long startTime, long endTime, int environment) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_GET_AUDIO_IS_MAIN_SPEAKER);
        h.put("isEnable", false);
        h.put("isMainSpeaker", false);
        h.put("isEnrolled", false);
        h.put("environment", environment);
        h.put("startTime", startTime);
        h.put("endTime", endTime);
        return plain(h);
    }

    static Message aiVadInfo(int status, long startTime, long endTime) {
        ObjectNode h = Message.callbackHeader(CallbackId.ON_GET_AIVAD_INFO);
        h.put("status", status);
        h.put("startTime", startTime);
        h.put("endTime", endTime);
        return plain(h);
    }

    private static Message uidOnly(int callbackId, String uid) {
        ObjectNode h = Message.callbackHeader(callbackId);
        h.put("uid", uid);
        return plain(h);
    }

    private static Message plain(ObjectNode header) {
        return Message.callback(header, null);
    }
}
