package org.alirtc.sdk;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.CoreConnection;
import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.ipc.MalformedMessageException;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageListener;
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
import org.alirtc.sdk.model.ErrorCode;
import org.alirtc.sdk.model.ExtraDelay;
import org.alirtc.sdk.model.Identifiers;
import org.alirtc.sdk.model.IncomingCallInfo;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.RenderMode;
import org.alirtc.sdk.model.ScreenShareEncoderConfiguration;
import org.alirtc.sdk.model.UserParam;
import org.alirtc.sdk.model.VideoDataFormat;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoEncoderConfiguration;
import org.alirtc.sdk.model.VideoSource;
import org.alirtc.sdk.model.VideoStreamType;
import org.alirtc.sdk.model.VideoTrack;
import org.alirtc.sdk.model.VoipConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine: validates arguments, encodes commands onto the {@link CoreConnection}, keeps the client-side state
 * (join state, buffer-full flags, publish intents, cached answers) and hands callbacks to the listener.
 *
 * <p>All callbacks arrive on the connection's reader thread. State changes happen under {@link #lock}; nothing
 * is sent and no listener is called while holding it, so listeners may call back into the engine.
 */
final class CoreServiceEngine implements RtcEngine, MessageListener {

    private static final Logger LOG = LoggerFactory.getLogger(CoreServiceEngine.class);
    private static final int LOGGED_FAILURES = 20;
    private static final int MAX_SEI_BYTES = 4096;
    private static final int MAX_DATA_CHANNEL_BYTES = 1024;
    private static final int VOICEPRINT_BYTES = 768;
    private static final int MAX_VIDEO_SIDE = 1920;
    private static final long MAX_VIDEO_PIXELS = 1920L * 1080;
    private static final Set<Integer> PUSH_SAMPLE_RATES = Set.of(8000, 12000, 16000, 24000, 32000, 44100, 48000, 96000);

    private final EngineOptions options;
    private final RtcEngineListener listener;
    private final CoreService service;
    private final DataChannelRateLimiter dataChannelLimiter;

    private final Object lock = new Object();
    private final Object lossNotification = new Object();
    private volatile CoreConnection connection;
    private volatile Thread readerThread;
    private volatile EngineState state = EngineState.CONNECTED;
    private EngineState stateBeforeJoin = EngineState.CONNECTED;
    private volatile String joinedChannel;
    private volatile String joinedUserId;
    private PendingJoin pendingJoin;
    private final List<CompletableFuture<Integer>> pendingLeaves = new ArrayList<>();
    private final List<CompletableFuture<Integer>> pendingPublishVolumes = new ArrayList<>();
    private final List<CompletableFuture<Integer>> pendingPlayoutVolumes = new ArrayList<>();
    private final List<CompletableFuture<String>> pendingVersions = new ArrayList<>();
    /** Guarded by {@link #lossNotification}. */
    private boolean lossReported;

    private final AtomicBoolean releasing = new AtomicBoolean();
    private volatile boolean released;
    private volatile boolean audioBufferFull;
    private volatile boolean videoBufferFull;
    private volatile boolean videoPublished;
    private volatile boolean audioPublished;
    private volatile boolean screenPublished;
    private volatile boolean dualPublished;
    private volatile int externalAudioVolume = 100;
    private volatile String audioDumpPath = "";
    private volatile String sdkVersion;
    private final AtomicLong droppedBufferFullPushes = new AtomicLong();
    private final AtomicLong listenerFailures = new AtomicLong();

    private record PendingJoin(CompletableFuture<JoinResult> future, String channel, String userId) {
    }

    CoreServiceEngine(EngineOptions options, RtcEngineListener listener, CoreService service,
            DataChannelRateLimiter dataChannelLimiter) {
        this.options = options;
        this.listener = listener;
        this.service = service;
        this.dataChannelLimiter = dataChannelLimiter;
    }

    /** Starts using the connection and watching the core service; called once, before the engine is handed out. */
    void attach(CoreConnection newConnection) {
        this.connection = newConnection;
        service.exitFuture().whenComplete((code, failure) -> coreServiceLost(code == null ? -1 : code,
                "exited with code " + (code == null ? "unknown" : code)));
    }

    // ---- join / leave --------------------------------------------------------------------------------------------

    @Override
    public int joinChannel(String token, String channelId, String userId, String userName, JoinChannelConfig config) {
        requireArg(token, "token", "pass the base64 join token (see TokenGenerator)");
        requireArg(channelId, "channelId", "pass the channel id");
        requireArg(userId, "userId", "pass the user id");
        requireArg(config, "config", "pass JoinChannelConfig.defaults() or your own configuration");
        return sendJoin(CommandEncoder.joinChannel(token, channelId, userId, userName, config), null);
    }

    @Override
    public int joinChannelFromServer(AuthInfo authInfo, JoinChannelConfig config) {
        requireArg(authInfo, "authInfo", "pass the AuthInfo from your app server");
        requireArg(authInfo.appId(), "authInfo.appId", "set the app id");
        requireArg(authInfo.channel(), "authInfo.channel", "set the channel id");
        requireArg(authInfo.userId(), "authInfo.userId", "set the user id");
        requireArg(config, "config", "pass JoinChannelConfig.defaults() or your own configuration");
        return sendJoin(CommandEncoder.joinChannelFromServer(authInfo, config), null);
    }

    @Override
    public int joinChannelWithProperty(String token, UserParam userParam, JoinChannelConfig config) {
        requireArg(token, "token", "pass the base64 join token (see TokenGenerator)");
        requireArg(userParam, "userParam", "pass a UserParam with the channel and user ids");
        requireArg(config, "config", "pass JoinChannelConfig.defaults() or your own configuration");
        return sendJoin(CommandEncoder.joinChannelWithProperty(token, userParam, config), null);
    }

    @Override
    public CompletableFuture<JoinResult> join(String token, String channelId, String userId, String userName,
            JoinChannelConfig config, Duration timeout) {
        requireTimeout(timeout);
        requireArg(token, "token", "pass the base64 join token (see TokenGenerator)");
        Identifiers.requireChannelId(channelId);
        Identifiers.requireUserId(userId);
        requireArg(config, "config", "pass JoinChannelConfig.defaults() or your own configuration");
        CompletableFuture<JoinResult> future = new CompletableFuture<>();
        synchronized (lock) {
            if (pendingJoin != null) {
                return CompletableFuture.failedFuture(new RtcException(ErrorCode.SDK_INVALID_STATE.code(),
                        "A join of channel " + pendingJoin.channel() + " is still waiting for its result: wait for "
                                + "it, or leave first"));
            }
            if (state == EngineState.JOINED) {
                return CompletableFuture.failedFuture(new RtcException(ErrorCode.SDK_INVALID_STATE.code(),
                        "Already joined channel " + joinedChannel + " as " + joinedUserId + ": leave first"));
            }
        }
        PendingJoin pending = new PendingJoin(future, channelId, userId);
        if (sendJoin(CommandEncoder.joinChannel(token, channelId, userId, userName, config), pending) != SENT) {
            future.completeExceptionally(notConnected("join channel " + channelId));
            return future;
        }
        failAfter(future, timeout, () -> {
            synchronized (lock) {
                if (pendingJoin == pending) {
                    pendingJoin = null;
                }
            }
            return new RtcException(ErrorCode.JOIN_TIMEOUT.code(), "No join result for channel " + channelId
                    + " after " + timeout.toMillis() + " ms: the core service did not answer (" + service.describe()
                    + ")");
        });
        return future;
    }

    private int sendJoin(Message join, PendingJoin pending) {
        if (!isUsable()) {
            return NOT_CONNECTED;
        }
        synchronized (lock) {
            if (state != EngineState.JOINING) {
                stateBeforeJoin = state;
            }
            state = EngineState.JOINING;
            if (pending != null) {
                pendingJoin = pending;
            }
        }
        int result = send(join);
        if (result != SENT) {
            synchronized (lock) {
                if (state == EngineState.JOINING) {
                    state = stateBeforeJoin;
                }
                if (pending != null && pendingJoin == pending) {
                    pendingJoin = null;
                }
            }
        }
        return result;
    }

    @Override
    public int leaveChannel() {
        if (!isUsable()) {
            return NOT_CONNECTED;
        }
        EngineState before;
        synchronized (lock) {
            before = state;
            if (state == EngineState.JOINED || state == EngineState.JOINING) {
                state = EngineState.LEAVING;
            }
        }
        int result = send(CommandEncoder.leaveChannel());
        if (result != SENT) {
            synchronized (lock) {
                if (state == EngineState.LEAVING) {
                    state = before;
                }
            }
        }
        return result;
    }

    @Override
    public CompletableFuture<Integer> leave(Duration timeout) {
        requireTimeout(timeout);
        CompletableFuture<Integer> future = new CompletableFuture<>();
        if (!isUsable()) {
            future.completeExceptionally(notConnected("leave"));
            return future;
        }
        awaitAnswer(pendingLeaves, future, timeout, "leave result", CommandId.LEAVE_CHANNEL);
        if (leaveChannel() != SENT) {
            future.completeExceptionally(notConnected("leave"));
        }
        return future;
    }

    // ---- sources, publishing -------------------------------------------------------------------------------------

    @Override
    public int setClientRole(ClientRole role) {
        requireArg(role, "role", "pass ClientRole.INTERACTIVE (publish) or ClientRole.LIVE (audience)");
        return send(CommandEncoder.setClientRole(role));
    }

    @Override
    public int setExternalVideoSource(boolean enable, VideoSource source, RenderMode renderMode) {
        requireArg(source, "source", "pass VideoSource.CAMERA or SCREEN_SHARE");
        requireArg(renderMode, "renderMode", "pass a RenderMode such as RenderMode.FILL");
        return send(CommandEncoder.setExternalVideoSource(enable, source, renderMode));
    }

    @Override
    public int pushExternalVideoFrame(VideoDataSample sample, VideoSource source) {
        requireArg(sample, "sample", "pass a VideoDataSample, e.g. VideoDataSample.i420(data, width, height, ts)");
        requireArg(source, "source", "pass VideoSource.CAMERA or SCREEN_SHARE");
        checkVideoFrame(sample);
        if (!isUsable()) {
            return NOT_CONNECTED;
        }
        if (videoBufferFull) {
            droppedBufferFullPushes.incrementAndGet();
            return BUFFER_FULL;
        }
        return send(CommandEncoder.pushVideoFrame(sample, source));
    }

    private static void checkVideoFrame(VideoDataSample s) {
        int w = s.width();
        int h = s.height();
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("Video frame is " + w + "x" + h
                    + ": width and height must be positive; set them to the frame's size");
        }
        if (w > MAX_VIDEO_SIDE || h > MAX_VIDEO_SIDE || (long) w * h > MAX_VIDEO_PIXELS) {
            throw new IllegalArgumentException("Video frame is " + w + "x" + h
                    + ": frames of 2K and above are not supported by ARTC; scale to 1920x1080 or below");
        }
        if (s.format() == VideoDataFormat.I420) {
            long chromaRows = (h + 1) / 2;
            long strideY = s.strideY() > 0 ? s.strideY() : w;
            long strideU = s.strideU() > 0 ? s.strideU() : (w + 1) / 2;
            long strideV = s.strideV() > 0 ? s.strideV() : (w + 1) / 2;
            long expected = strideY * h + (strideU + strideV) * chromaRows;
            if (s.dataLength() != expected) {
                throw new IllegalArgumentException("An I420 frame of " + w + "x" + h + " with strides " + strideY
                        + "/" + strideU + "/" + strideV + " is " + expected + " bytes, but dataLength is "
                        + s.dataLength() + ": pass exactly one frame (Y, then U, then V planes)");
            }
        }
    }

    @Override
    public int setExternalAudioSource(boolean enable, int sampleRate, int channels) {
        if (enable && !PUSH_SAMPLE_RATES.contains(sampleRate)) {
            throw new IllegalArgumentException("sampleRate is " + sampleRate + ": use one of "
                    + "8000, 12000, 16000, 24000, 32000, 44100, 48000 or 96000 Hz");
        }
        if (enable && channels != 1 && channels != 2) {
            throw new IllegalArgumentException("channels is " + channels + ": use 1 (mono) or 2 (stereo)");
        }
        return send(CommandEncoder.setExternalAudioSource(enable, sampleRate, channels));
    }

    @Override
    public int pushExternalAudioFrameRawData(byte[] pcm, int length, long timestampMs) {
        requireArg(pcm, "pcm", "pass the 16-bit PCM bytes");
        checkPcmLength(length, pcm.length);
        return pushAudio(() -> CommandEncoder.pushAudioFrameRaw(pcm, length, timestampMs));
    }

    @Override
    public int pushExternalAudioFrame(AudioFrameData frame) {
        requireArg(frame, "frame", "pass an AudioFrameData, e.g. AudioFrameData.raw(pcm, timestampMs)");
        checkPcmLength(frame.dataLength(), frame.data().length);
        return pushAudio(() -> CommandEncoder.pushAudioFrame(frame));
    }

    private int pushAudio(Supplier<Message> message) {
        if (!isUsable()) {
            return NOT_CONNECTED;
        }
        if (audioBufferFull) {
            droppedBufferFullPushes.incrementAndGet();
            return BUFFER_FULL;
        }
        return send(message.get());
    }

    private static void checkPcmLength(int length, int available) {
        if (length <= 0 || length > available) {
            throw new IllegalArgumentException("PCM length is " + length + " but the array holds " + available
                    + " bytes: use a length from 2 to the array length");
        }
        if ((length & 1) != 0) {
            throw new IllegalArgumentException("PCM length is " + length
                    + " bytes, an odd number: 16-bit samples take 2 bytes each, so pass whole samples");
        }
    }

    @Override
    public int publishLocalDualStream(boolean enabled) {
        int result = send(CommandEncoder.toggle(CommandId.PUBLISH_LOCAL_DUAL_STREAM, "enable", enabled));
        dualPublished = result == SENT && enabled;
        return result;
    }

    @Override
    public int publishLocalVideoStream(boolean enabled) {
        int result = send(CommandEncoder.toggle(CommandId.PUBLISH_LOCAL_VIDEO_STREAM, "enable", enabled));
        videoPublished = result == SENT && enabled;
        return result;
    }

    @Override
    public int publishLocalAudioStream(boolean enabled) {
        int result = send(CommandEncoder.toggle(CommandId.PUBLISH_LOCAL_AUDIO_STREAM, "enable", enabled));
        audioPublished = result == SENT && enabled;
        return result;
    }

    @Override
    public int publishScreenShareStream(boolean enabled) {
        int result = send(CommandEncoder.toggle(CommandId.PUBLISH_SCREEN_SHARE_STREAM, "enable", enabled));
        screenPublished = result == SENT && enabled;
        return result;
    }

    @Override
    public int setVideoEncoderConfiguration(VideoEncoderConfiguration config) {
        requireArg(config, "config", "pass VideoEncoderConfiguration.defaults() or your own");
        return send(CommandEncoder.setVideoEncoderConfiguration(config));
    }

    @Override
    public int setScreenShareEncoderConfiguration(ScreenShareEncoderConfiguration config) {
        requireArg(config, "config", "pass ScreenShareEncoderConfiguration.defaults() or your own");
        return send(CommandEncoder.setScreenShareEncoderConfiguration(config));
    }

    @Override
    public int sendMediaExtensionMsg(byte[] message, int repeatCount, int delayMs, boolean keyFrame) {
        requireArg(message, "message", "pass the SEI bytes");
        if (message.length > MAX_SEI_BYTES) {
            throw new IllegalArgumentException("SEI message is " + message.length + " bytes; the limit is "
                    + MAX_SEI_BYTES + " bytes: split it or use the data channel");
        }
        requireAtLeast(repeatCount, 0, "repeatCount");
        requireAtLeast(delayMs, 0, "delayMs");
        return send(CommandEncoder.sendMediaExtensionMsg(message, repeatCount, delayMs, keyFrame));
    }

    // ---- subscribing and settings --------------------------------------------------------------------------------

    @Override
    public int subscribeRemoteAudioStream(String uid, boolean subscribe, AudioObserverManualConfig config) {
        requireUid(uid);
        return send(CommandEncoder.subscribeRemoteAudioStream(uid, subscribe,
                config == null ? AudioObserverManualConfig.defaults() : config));
    }

    @Override
    public int subscribeRemoteVideoStream(String uid, VideoTrack track, boolean subscribe) {
        requireUid(uid);
        requireArg(track, "track", "pass VideoTrack.CAMERA, SCREEN or BOTH");
        return send(CommandEncoder.subscribeRemoteVideoStream(uid, track, subscribe));
    }

    @Override
    public int setRemoteVideoStreamType(String uid, VideoStreamType type) {
        requireArg(uid, "uid", "pass the remote user id");
        requireArg(type, "type", "pass VideoStreamType.HIGH or LOW");
        return send(CommandEncoder.setRemoteVideoStreamType(uid, type));
    }

    @Override
    public int setRemoteDefaultVideoStreamType(VideoStreamType type) {
        requireArg(type, "type", "pass VideoStreamType.HIGH or LOW");
        return send(CommandEncoder.setRemoteDefaultVideoStreamType(type));
    }

    @Override
    public int muteLocalCamera(boolean mute) {
        return send(CommandEncoder.toggle(CommandId.MUTE_LOCAL_CAMERA, "mute", mute));
    }

    @Override
    public int muteLocalMic(boolean mute) {
        return send(CommandEncoder.toggle(CommandId.MUTE_LOCAL_MIC, "mute", mute));
    }

    @Override
    public int setParameter(String jsonParameter) {
        requireArg(jsonParameter, "jsonParameter", "pass a JSON text such as {\"data\":{\"enablePubDataChannel\":true}}");
        return send(CommandEncoder.setParameter(jsonParameter));
    }

    @Override
    public int enableDataChannel(boolean publish, boolean subscribe) {
        ObjectNode data = ProtocolJson.object();
        data.putObject("data").put("enablePubDataChannel", publish).put("enableSubDataChannel", subscribe);
        return setParameter(data.toString());
    }

    @Override
    public int sendDataChannelMessage(DataChannelMessage message) {
        requireArg(message, "message", "pass a DataChannelMessage, e.g. DataChannelMessage.custom(bytes)");
        int size = message.data().length;
        if (size > MAX_DATA_CHANNEL_BYTES) {
            throw new IllegalArgumentException("Data channel message is " + size + " bytes; the limit is "
                    + MAX_DATA_CHANNEL_BYTES + " bytes: split it into several messages");
        }
        if (!isUsable()) {
            return NOT_CONNECTED;
        }
        dataChannelLimiter.acquire(size);
        return send(CommandEncoder.sendDataChannelMessage(message));
    }

    @Override
    public int setVideoCallbackPeriod(int periodMs) {
        requireAtLeast(periodMs, 0, "periodMs");
        return send(CommandEncoder.intField(CommandId.SET_VIDEO_CALLBACK_PERIOD, "period", periodMs));
    }

    @Override
    public int setAudioProfile(AudioQualityMode quality, AudioSceneMode scene) {
        requireArg(quality, "quality", "pass an AudioQualityMode such as AudioQualityMode.HIGH");
        requireArg(scene, "scene", "pass an AudioSceneMode such as AudioSceneMode.DEFAULT");
        return send(CommandEncoder.setAudioProfile(quality, scene));
    }

    @Override
    public int setPeriodForCheckPeople(int seconds) {
        return send(CommandEncoder.intField(CommandId.SET_PERIOD_FOR_CHECK_PEOPLE, "seconds", seconds));
    }

    @Override
    public int leaveOnceNoStreamer(boolean enable) {
        return send(CommandEncoder.toggle(CommandId.LEAVE_ONCE_NO_STREAMER, "enable", enable));
    }

    @Override
    public int setExternalAudioPublishVolume(int volume) {
        requireVolume(volume, "volume");
        int result = send(CommandEncoder.intField(CommandId.SET_EXTERNAL_AUDIO_PUBLISH_VOLUME, "volume", volume));
        if (result == SENT) {
            externalAudioVolume = volume;
        }
        return result;
    }

    @Override
    public int getExternalAudioPublishVolume() {
        return externalAudioVolume;
    }

    @Override
    public int clearDataBuffer() {
        int result = send(CommandEncoder.bare(CommandId.CLEAR_EXTERNAL_DATA));
        if (result == SENT) {
            audioBufferFull = false;
            videoBufferFull = false;
        }
        return result;
    }

    @Override
    public int getRemainDataBufferSize(BufferDataType type) {
        requireArg(type, "type", "pass BufferDataType.AUDIO_ONLY, VIDEO_ONLY or BOTH_AUDIO_AND_VIDEO");
        return send(CommandEncoder.getRemainDataBufferSize(type));
    }

    @Override
    public int getAudioIsMainSpeaker(long startTime, long endTime) {
        return send(CommandEncoder.timeRange(CommandId.GET_AUDIO_IS_MAIN_SPEAKER, startTime, endTime));
    }

    @Override
    public int getAIVadInfo(long startTime, long endTime) {
        return send(CommandEncoder.timeRange(CommandId.GET_AIVAD_INFO, startTime, endTime));
    }

    @Override
    public int setVoiceprintVector(byte[] vectorOrNull) {
        if (vectorOrNull != null && vectorOrNull.length != VOICEPRINT_BYTES) {
            throw new IllegalArgumentException("Voiceprint vector is " + vectorOrNull.length + " bytes: pass exactly "
                    + VOICEPRINT_BYTES + " bytes (192 float32 values), or null to clear it");
        }
        return send(CommandEncoder.setVoiceprintVector(vectorOrNull));
    }

    @Override
    public int getVoiceprintVector() {
        return send(CommandEncoder.bare(CommandId.GET_VOICEPRINT_VECTOR));
    }

    @Override
    public int setAudioDelayInfo(String uid, AudioQuestionDelay delay) {
        requireArg(uid, "uid", "pass the remote user id the delay belongs to");
        requireArg(delay, "delay", "pass an AudioQuestionDelay, e.g. from onRemoteSentenceState");
        return send(CommandEncoder.setAudioDelayInfo(uid, delay));
    }

    @Override
    public int encryptQuestionDelayInfo(AudioQuestionDelay delay) {
        requireArg(delay, "delay", "pass an AudioQuestionDelay, e.g. from onRemoteSentenceState");
        return send(CommandEncoder.encryptQuestionDelayInfo(delay));
    }

    @Override
    public int setEncryptAudioDelayInfo(String uid, int sentenceId, String delayInfo, ExtraDelay extraOrNull) {
        requireArg(uid, "uid", "pass the remote user id the delay belongs to");
        requireArg(delayInfo, "delayInfo", "pass the encrypted text from onEncryptQuestionDelayInfo");
        return send(CommandEncoder.setEncryptAudioDelayInfo(uid, sentenceId, delayInfo, extraOrNull));
    }

    @Override
    public int enableLocalVideo(boolean enable) {
        return send(CommandEncoder.toggle(CommandId.ENABLE_LOCAL_VIDEO, "enable", enable));
    }

    @Override
    public int needTestLoopbackLatency(String uid) {
        requireArg(uid, "uid", "pass the remote user id");
        return send(CommandEncoder.stringField(CommandId.GET_NEED_TEST_CYCLE_ROUND, "uid", uid));
    }

    // ---- VoIP ----------------------------------------------------------------------------------------------------

    @Override
    public int dial(DialInfo info, VoipConfig voipConfig, AudioObserverManualConfig config) {
        requireArg(info, "info", "pass the DialInfo of the call");
        requireArg(voipConfig, "voipConfig", "pass VoipConfig.defaults() or your own");
        return send(CommandEncoder.dial(info, voipConfig, config == null ? AudioObserverManualConfig.defaults() : config));
    }

    @Override
    public int dialUpdate(VoipConfig voipConfig) {
        requireArg(voipConfig, "voipConfig", "pass VoipConfig.defaults() or your own");
        return send(CommandEncoder.dialUpdate(voipConfig));
    }

    @Override
    public int hangUp() {
        return send(CommandEncoder.bare(CommandId.HANGUP));
    }

    @Override
    public int pickupIncomingCall(IncomingCallInfo info, VoipConfig voipConfig, AudioObserverManualConfig config) {
        requireArg(info, "info", "pass the IncomingCallInfo of the call");
        requireArg(voipConfig, "voipConfig", "pass VoipConfig.defaults() or your own");
        return send(CommandEncoder.pickupIncomingCall(info, voipConfig,
                config == null ? AudioObserverManualConfig.defaults() : config));
    }

    @Override
    public int connectIncomingCall() {
        return send(CommandEncoder.bare(CommandId.CONNECT_INCOMING_CALL));
    }

    @Override
    public int disConnectIncomingCall() {
        return send(CommandEncoder.bare(CommandId.DIS_CONNECT_INCOMING_CALL));
    }

    @Override
    public int enableAudioFrameObserver(boolean enabled, AudioSource source, AudioFrameObserverConfig config) {
        requireArg(source, "source", "pass AudioSource.PUB or MIXED_ALL");
        return send(CommandEncoder.enableAudioFrameObserver(enabled, source,
                config == null ? AudioFrameObserverConfig.defaults() : config));
    }

    // ---- audio effects -------------------------------------------------------------------------------------------

    @Override
    public int preloadAudioEffect(int soundId, String path) {
        requirePath(path);
        return send(CommandEncoder.soundWithPath(CommandId.PRELOAD_AUDIO_EFFECT, soundId, path));
    }

    @Override
    public int unloadAudioEffect(int soundId) {
        return sound(CommandId.UNLOAD_AUDIO_EFFECT, soundId);
    }

    @Override
    public int playAudioEffect(int soundId, String path, AudioEffectConfig config) {
        requirePath(path);
        return send(CommandEncoder.playAudioEffect(soundId, path, config == null ? AudioEffectConfig.defaults() : config));
    }

    @Override
    public int stopAudioEffect(int soundId) {
        return sound(CommandId.STOP_AUDIO_EFFECT, soundId);
    }

    @Override
    public int stopAllAudioEffects() {
        return send(CommandEncoder.bare(CommandId.STOP_ALL_AUDIO_EFFECTS));
    }

    @Override
    public int setAudioEffectPublishVolume(int soundId, int volume) {
        requireVolume(volume, "volume");
        return send(CommandEncoder.soundVolume(CommandId.SET_AUDIO_EFFECT_PUBLISH_VOLUME, soundId, volume));
    }

    @Override
    public int setAudioEffectPlayoutVolume(int soundId, int volume) {
        requireVolume(volume, "volume");
        return send(CommandEncoder.soundVolume(CommandId.SET_AUDIO_EFFECT_PLAYOUT_VOLUME, soundId, volume));
    }

    @Override
    public int setAllAudioEffectsPlayoutVolume(int volume) {
        requireVolume(volume, "volume");
        return send(CommandEncoder.intField(CommandId.SET_ALL_AUDIO_EFFECTS_PLAYOUT_VOLUME, "volume", volume));
    }

    @Override
    public int setAllAudioEffectsPublishVolume(int volume) {
        requireVolume(volume, "volume");
        return send(CommandEncoder.intField(CommandId.SET_ALL_AUDIO_EFFECTS_PUBLISH_VOLUME, "volume", volume));
    }

    @Override
    public int pauseAudioEffect(int soundId) {
        return sound(CommandId.PAUSE_AUDIO_EFFECT, soundId);
    }

    @Override
    public int pauseAllAudioEffects() {
        return send(CommandEncoder.bare(CommandId.PAUSE_ALL_AUDIO_EFFECTS));
    }

    @Override
    public int resumeAudioEffect(int soundId) {
        return sound(CommandId.RESUME_AUDIO_EFFECT, soundId);
    }

    @Override
    public int resumeAllAudioEffects() {
        return send(CommandEncoder.bare(CommandId.RESUME_ALL_AUDIO_EFFECTS));
    }

    private int sound(int commandId, int soundId) {
        return send(CommandEncoder.intField(commandId, "soundId", soundId));
    }

    @Override
    public CompletableFuture<Integer> getAudioEffectPublishVolume(int soundId, Duration timeout) {
        return query(pendingPublishVolumes, timeout, "audio effect publish volume",
                CommandEncoder.intField(CommandId.GET_AUDIO_EFFECT_PUBLISH_VOLUME, "soundId", soundId));
    }

    @Override
    public CompletableFuture<Integer> getAudioEffectPlayoutVolume(int soundId, Duration timeout) {
        return query(pendingPlayoutVolumes, timeout, "audio effect playout volume",
                CommandEncoder.intField(CommandId.GET_AUDIO_EFFECT_PLAYOUT_VOLUME, "soundId", soundId));
    }

    @Override
    public CompletableFuture<String> getSdkVersion(Duration timeout) {
        requireTimeout(timeout);
        String cached = sdkVersion;
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        return query(pendingVersions, timeout, "SDK version", CommandEncoder.bare(CommandId.GET_SDK_VERSION));
    }

    private <T> CompletableFuture<T> query(List<CompletableFuture<T>> pending, Duration timeout, String what,
            Message command) {
        requireTimeout(timeout);
        CompletableFuture<T> future = new CompletableFuture<>();
        if (!isUsable()) {
            future.completeExceptionally(notConnected("query the " + what));
            return future;
        }
        awaitAnswer(pending, future, timeout, what, command.id());
        if (send(command) != SENT) {
            future.completeExceptionally(notConnected("query the " + what));
        }
        return future;
    }

    /** Registers a future answered by a callback, and fails it after {@code timeout}. */
    private <T> void awaitAnswer(List<CompletableFuture<T>> pending, CompletableFuture<T> future, Duration timeout,
            String what, int commandId) {
        synchronized (lock) {
            pending.add(future);
        }
        future.whenComplete((value, failure) -> {
            synchronized (lock) {
                pending.remove(future);
            }
        });
        failAfter(future, timeout, () -> new RtcException(ErrorCode.NETWORK_TIMEOUT.code(), "No " + what + " after "
                + timeout.toMillis() + " ms: the core service did not answer command " + commandId + " ("
                + service.describe() + ")"));
    }

    // ---- local state ---------------------------------------------------------------------------------------------

    @Override
    public boolean isLocalVideoStreamPublished() {
        return videoPublished;
    }

    @Override
    public boolean isLocalAudioStreamPublished() {
        return audioPublished;
    }

    @Override
    public boolean isLocalScreenPublishEnabled() {
        return screenPublished;
    }

    @Override
    public boolean isDualStreamPublished() {
        return dualPublished;
    }

    @Override
    public String getAudioDumpPath() {
        return audioDumpPath;
    }

    @Override
    public boolean isAudioBufferFull() {
        return audioBufferFull;
    }

    @Override
    public boolean isVideoBufferFull() {
        return videoBufferFull;
    }

    @Override
    public EngineState state() {
        return state;
    }

    @Override
    public String joinedChannel() {
        return joinedChannel;
    }

    @Override
    public String joinedUserId() {
        return joinedUserId;
    }

    @Override
    public CoreService coreService() {
        return service;
    }

    @Override
    public EngineCounters counters() {
        CoreConnection c = connection;
        return c == null ? new EngineCounters(0, 0, 0, listenerFailures.get(), droppedBufferFullPushes.get())
                : new EngineCounters(c.messagesReceived(), c.messagesSent(), c.malformedMessages(),
                        listenerFailures.get() + c.listenerFailures(), droppedBufferFullPushes.get());
    }

    // ---- release -------------------------------------------------------------------------------------------------

    @Override
    public void release() {
        if (!releasing.compareAndSet(false, true)) {
            return;
        }
        try {
            leaveBeforeRelease();
            if (isUsable() && send(CommandEncoder.destroyEngine()) != SENT) {
                LOG.debug("Could not send the destroy command to {}", service.describe());
            }
        } finally {
            List<CompletableFuture<?>> orphans;
            synchronized (lock) {
                released = true;
                state = EngineState.RELEASED;
                joinedChannel = null;
                joinedUserId = null;
                orphans = takePending();
            }
            RtcException failure = new RtcException(ErrorCode.SDK_INVALID_STATE.code(), "The engine was released");
            orphans.forEach(f -> f.completeExceptionally(failure));
            CoreConnection c = connection;
            if (c != null) {
                c.close();
            }
            service.stop(options.destroyGrace());
            LOG.info("Engine released; {} stopped", service.describe());
        }
    }

    /** The vendor refuses to release while joined; this leaves first, waiting at most the leave timeout. */
    private void leaveBeforeRelease() {
        EngineState current = state;
        if (current != EngineState.JOINED && current != EngineState.JOINING && current != EngineState.LEAVING) {
            return;
        }
        CompletableFuture<Integer> left = new CompletableFuture<>();
        Duration timeout = options.leaveTimeout();
        if (current == EngineState.LEAVING) {
            awaitAnswer(pendingLeaves, left, timeout, "leave result", CommandId.LEAVE_CHANNEL);
        } else {
            left = leave(timeout);
        }
        if (Thread.currentThread() == readerThread) {
            // Released from a listener: the leave result could only arrive on this very thread, so don't wait.
            return;
        }
        try {
            left.get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Releasing without a confirmed leave: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        release();
    }

    // ---- inbound -------------------------------------------------------------------------------------------------

    @Override
    public void onMessage(Message m) {
        if (readerThread == null) {
            readerThread = Thread.currentThread();
        }
        ObjectNode h = m.header();
        switch (m.id()) {
            case CallbackId.ON_JOIN_CHANNEL -> onJoinResult(m);
            case CallbackId.ON_LEAVE_CHANNEL -> onLeaveResult(m);
            case CallbackId.ON_ERROR -> onErrorCallback(m);
            case CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL -> {
                audioBufferFull = CallbackDispatcher.bool(h, "success");
                deliver(m);
            }
            case CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL -> {
                videoBufferFull = CallbackDispatcher.bool(h, "success");
                deliver(m);
            }
            case CallbackId.ON_AUDIO_DUMP_PATH_SET -> {
                audioDumpPath = CallbackDispatcher.str(h, "audiopath");
                deliver(m);
            }
            case CallbackId.ON_GET_SDK_VERSION -> {
                String version = CallbackDispatcher.str(h, "sdkVersion");
                if (!version.isEmpty()) {
                    sdkVersion = version;
                }
                deliver(m);
                completeAll(pendingVersions, version);
            }
            case CallbackId.ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME ->
                    completeAll(pendingPublishVolumes, CallbackDispatcher.i(h, "volume"));
            case CallbackId.ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME ->
                    completeAll(pendingPlayoutVolumes, CallbackDispatcher.i(h, "volume"));
            default -> deliver(m);
        }
    }

    private void onJoinResult(Message m) {
        ObjectNode h = m.header();
        int result = CallbackDispatcher.i(h, "joinresult");
        String channel = CallbackDispatcher.str(h, "channel");
        String userId = CallbackDispatcher.str(h, "userid");
        PendingJoin join;
        synchronized (lock) {
            join = pendingJoin;
            pendingJoin = null;
            if (join != null) {
                channel = channel.isEmpty() ? join.channel() : channel;
                userId = userId.isEmpty() ? join.userId() : userId;
            }
            if (isUsable()) {
                if (result == 0) {
                    state = EngineState.JOINED;
                    joinedChannel = channel;
                    joinedUserId = userId;
                } else if (state == EngineState.JOINING) {
                    state = stateBeforeJoin;
                }
            }
        }
        deliver(m);
        if (join != null) {
            if (result == 0) {
                join.future().complete(new JoinResult(channel, userId));
            } else {
                join.future().completeExceptionally(RtcException.of(result, "Joining channel " + join.channel()
                        + " as " + join.userId() + " failed"));
            }
        }
    }

    private void onLeaveResult(Message m) {
        int result = CallbackDispatcher.i(m.header(), "leaveresult");
        synchronized (lock) {
            if (isUsable()) {
                if (result == 0) {
                    state = EngineState.LEFT;
                    joinedChannel = null;
                    joinedUserId = null;
                } else if (state == EngineState.LEAVING) {
                    state = EngineState.JOINED;
                }
            }
        }
        deliver(m);
        completeAll(pendingLeaves, result);
    }

    private void onErrorCallback(Message m) {
        int code = CallbackDispatcher.i(m.header(), "errorCode");
        deliver(m);
        PendingJoin join;
        synchronized (lock) {
            join = pendingJoin;
            pendingJoin = null;
            if (join != null && state == EngineState.JOINING) {
                state = stateBeforeJoin;
            }
        }
        if (join != null) {
            join.future().completeExceptionally(RtcException.of(code, "Joining channel " + join.channel() + " as "
                    + join.userId() + " failed before its result arrived"));
        }
    }

    private <T> void completeAll(List<CompletableFuture<T>> pending, T value) {
        List<CompletableFuture<T>> waiting;
        synchronized (lock) {
            waiting = new ArrayList<>(pending);
            pending.clear();
        }
        waiting.forEach(f -> f.complete(value));
    }

    private void deliver(Message m) {
        try {
            CallbackDispatcher.dispatch(m, listener);
        } catch (RuntimeException e) {
            long failures = listenerFailures.incrementAndGet();
            if (failures <= LOGGED_FAILURES || failures % 1000 == 0) {
                LOG.warn("Listener failed on {} (failure #{}); delivery goes on", CallbackId.name(m.id()), failures, e);
            }
        }
    }

    @Override
    public void onMalformed(MalformedMessageException problem) {
        notifyListener(() -> listener.onProtocolError(problem.getMessage()), "onProtocolError");
    }

    @Override
    public void onClosed(IOException cause) {
        if (cause != null) {
            coreServiceLost(null, "closed the connection (" + cause.getMessage() + ")");
        }
    }

    /**
     * The core service is gone: fail what waits for it and tell the listener once with ERR_NETWORK_DISCONNECT, as
     * the vendor does, then with the exit code when it is known. Silent while releasing, where an exit is expected.
     */
    private void coreServiceLost(Integer exitCode, String how) {
        List<CompletableFuture<?>> orphans;
        synchronized (lock) {
            if (released) {
                return;
            }
            state = EngineState.CORE_SERVICE_DOWN;
            joinedChannel = null;
            joinedUserId = null;
            orphans = takePending();
        }
        RtcException failure = new RtcException(ErrorCode.NETWORK_DISCONNECT.code(), "The core service "
                + service.describe() + " " + how + ": release this engine and create a new one");
        orphans.forEach(f -> f.completeExceptionally(failure));
        if (releasing.get()) {
            return;
        }
        LOG.warn(failure.getMessage());
        // The reader thread (connection closed) and the exit watcher may both get here; the error goes first.
        synchronized (lossNotification) {
            if (!lossReported) {
                lossReported = true;
                notifyListener(() -> listener.onError(ErrorCode.NETWORK_DISCONNECT.code()), "onError");
            }
            if (exitCode != null) {
                notifyListener(() -> listener.onCoreServiceExit(exitCode), "onCoreServiceExit");
            }
        }
    }

    /** Caller holds {@link #lock}. */
    private List<CompletableFuture<?>> takePending() {
        List<CompletableFuture<?>> all = new ArrayList<>();
        if (pendingJoin != null) {
            all.add(pendingJoin.future());
            pendingJoin = null;
        }
        all.addAll(pendingLeaves);
        all.addAll(pendingPublishVolumes);
        all.addAll(pendingPlayoutVolumes);
        all.addAll(pendingVersions);
        pendingLeaves.clear();
        pendingPublishVolumes.clear();
        pendingPlayoutVolumes.clear();
        pendingVersions.clear();
        return all;
    }

    private void notifyListener(Runnable call, String what) {
        try {
            call.run();
        } catch (RuntimeException e) {
            listenerFailures.incrementAndGet();
            LOG.warn("Listener failed in {}", what, e);
        }
    }

    // ---- sending and checks --------------------------------------------------------------------------------------

    private boolean isUsable() {
        return !released && state != EngineState.CORE_SERVICE_DOWN;
    }

    private int send(Message message) {
        CoreConnection c = connection;
        if (c == null || !isUsable() || !c.isOpen()) {
            return NOT_CONNECTED;
        }
        try {
            c.send(message);
            return SENT;
        } catch (IOException e) {
            LOG.debug("Could not send {}: {}", CommandId.name(message.id()), e.getMessage());
            return NOT_CONNECTED;
        }
    }

    private RtcException notConnected(String what) {
        String why = released ? "the engine is released"
                : "the core service " + service.describe() + " is not connected";
        return new RtcException(released ? ErrorCode.SDK_INVALID_STATE.code() : ErrorCode.NETWORK_DISCONNECT.code(),
                "Cannot " + what + ": " + why);
    }

    private static <T> void failAfter(CompletableFuture<T> future, Duration timeout, Supplier<RtcException> failure) {
        if (future.isDone()) {
            return;
        }
        // The JDK's shared delay scheduler, so that no engine thread exists just to time out futures.
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (!future.isDone()) {
                future.completeExceptionally(failure.get());
            }
        });
    }

    private static void requireArg(Object value, String name, String fix) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null: " + fix);
        }
    }

    private static void requireUid(String uid) {
        if (uid == null || uid.isEmpty()) {
            throw new IllegalArgumentException("uid is " + (uid == null ? "null" : "empty")
                    + ": pass the remote user's id (from onRemoteUserOnLineNotify)");
        }
    }

    private static void requirePath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("path is " + (path == null ? "null" : "empty")
                    + ": pass a local file path or a URL of the sound");
        }
    }

    private static void requireVolume(int volume, String name) {
        if (volume < 0 || volume > 100) {
            throw new IllegalArgumentException(name + " is " + volume + ": use a volume from 0 to 100");
        }
    }

    private static void requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " is " + value + ": use a value of at least " + min);
        }
    }

    private static void requireTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout is " + timeout
                    + ": pass a positive duration such as Duration.ofSeconds(10)");
        }
    }
}
