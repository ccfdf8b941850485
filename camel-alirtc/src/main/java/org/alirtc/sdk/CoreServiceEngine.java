package org.alirtc.sdk;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.ChannelState.PendingJoin;
import org.alirtc.sdk.ipc.AiCallback;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.CoreConnection;
import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.model.Identifiers;
import org.alirtc.sdk.ipc.MalformedMessageException;
import org.alirtc.sdk.ipc.MediaCallback;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageListener;
import org.alirtc.sdk.ipc.ProtocolJson;
import org.alirtc.sdk.ipc.SessionCallback;
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
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoEncoderConfiguration;
import org.alirtc.sdk.model.VideoSource;
import org.alirtc.sdk.model.VideoStreamType;
import org.alirtc.sdk.model.VideoTrack;
import org.alirtc.sdk.model.VoipConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.alirtc.sdk.EngineArguments.checkDataChannelMessage;
import static org.alirtc.sdk.EngineArguments.checkPcmLength;
import static org.alirtc.sdk.EngineArguments.checkPushFormat;
import static org.alirtc.sdk.EngineArguments.checkSei;
import static org.alirtc.sdk.EngineArguments.checkVideoFrame;
import static org.alirtc.sdk.EngineArguments.checkVoiceprint;
import static org.alirtc.sdk.EngineArguments.requireArg;
import static org.alirtc.sdk.EngineArguments.requireAtLeast;
import static org.alirtc.sdk.EngineArguments.requirePath;
import static org.alirtc.sdk.EngineArguments.requireTimeout;
import static org.alirtc.sdk.EngineArguments.requireUid;
import static org.alirtc.sdk.EngineArguments.requireVolume;

/**
 * The engine: checks arguments and encodes commands onto the core service, and puts together the parts that keep
 * the client-side state: {@link ChannelState} (join and leave), {@link PushGate} (buffer-full), {@link
 * PublishIntents}, {@link EngineAnswers} (queries) and {@link CallbackRouter}, which routes each callback once,
 * through the state hook registered for its id, to the listener.
 *
 * <p>All callbacks arrive on the connection's reader thread. State changes happen under the parts' locks; nothing
 * is sent and no listener is called while holding one, so listeners may call back into the engine.
 */
final class CoreServiceEngine implements RtcEngine, MessageListener {

    private static final Logger LOG = LoggerFactory.getLogger(CoreServiceEngine.class);

    private final EngineOptions options;
    private final DataChannelRateLimiter dataChannelLimiter;
    private final ChannelState channel = new ChannelState();
    private final PushGate pushGate = new PushGate();
    private final PublishIntents publishing = new PublishIntents();
    private final EngineAnswers answers = new EngineAnswers();
    private final CoreLink link;
    private final CallbackRouter router;
    private final Object lossNotification = new Object();
    /** Guarded by {@link #lossNotification}. */
    private boolean lossReported;
    private final AtomicBoolean releasing = new AtomicBoolean();

    CoreServiceEngine(EngineOptions options, RtcEngineListener listener, CoreService service,
            DataChannelRateLimiter dataChannelLimiter) {
        this.options = options;
        this.dataChannelLimiter = dataChannelLimiter;
        this.link = new CoreLink(service, channel);
        this.router = new CallbackRouter(listener);
        router.hook(CallbackId.ON_JOIN_CHANNEL, SessionCallback.JoinChannelResult.class, channel::onJoinResult);
        router.hook(CallbackId.ON_LEAVE_CHANNEL, SessionCallback.LeaveChannelResult.class, channel::onLeaveResult);
        router.hook(CallbackId.ON_ERROR, SessionCallback.EngineError.class, channel::onError);
        router.hook(CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL, MediaCallback.PushBufferFull.class,
                pushGate::onBufferFull);
        router.hook(CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL, MediaCallback.PushBufferFull.class,
                pushGate::onBufferFull);
        router.hook(CallbackId.ON_AUDIO_DUMP_PATH_SET, AiCallback.AudioDumpPathSet.class, answers::onAudioDumpPath);
        router.hook(CallbackId.ON_GET_SDK_VERSION, AiCallback.SdkVersion.class, answers::onSdkVersion);
        router.hook(CallbackId.ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME, AiCallback.AudioEffectVolume.class,
                answers::onEffectVolume);
        router.hook(CallbackId.ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME, AiCallback.AudioEffectVolume.class,
                answers::onEffectVolume);
    }

    /** Starts using the connection and watching the core service; called once, before the engine is handed out. */
    void attach(CoreConnection newConnection) {
        link.attach(newConnection);
        link.service().exitFuture().whenComplete((code, failure) -> coreServiceLost(code == null ? -1 : code,
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
        RtcException conflict = channel.joinConflict();
        if (conflict != null) {
            return CompletableFuture.failedFuture(conflict);
        }
        CompletableFuture<JoinResult> future = new CompletableFuture<>();
        PendingJoin pending = new PendingJoin(future, channelId, userId);
        if (sendJoin(CommandEncoder.joinChannel(token, channelId, userId, userName, config), pending) != SENT) {
            future.completeExceptionally(link.notConnected("join channel " + channelId));
            return future;
        }
        PendingAnswers.failAfter(future, timeout, () -> {
            channel.joinTimedOut(pending);
            return new RtcException(ErrorCode.JOIN_TIMEOUT.code(), "No join result for channel " + channelId
                    + " after " + timeout.toMillis() + " ms: the core service did not answer ("
                    + link.service().describe() + ")");
        });
        return future;
    }

    private int sendJoin(Message join, PendingJoin pending) {
        if (!channel.isUsable()) {
            return NOT_CONNECTED;
        }
        channel.joinSending(pending);
        int result = send(join);
        if (result != SENT) {
            channel.joinNotSent(pending);
        }
        return result;
    }

    @Override
    public int leaveChannel() {
        if (!channel.isUsable()) {
            return NOT_CONNECTED;
        }
        EngineState before = channel.leaveSending();
        int result = send(CommandEncoder.leaveChannel());
        if (result != SENT) {
            channel.leaveNotSent(before);
        }
        return result;
    }

    @Override
    public CompletableFuture<Integer> leave(Duration timeout) {
        requireTimeout(timeout);
        CompletableFuture<Integer> future = new CompletableFuture<>();
        if (!channel.isUsable()) {
            future.completeExceptionally(link.notConnected("leave"));
            return future;
        }
        channel.awaitLeave(future, timeout, noAnswer("leave result", timeout, CommandId.LEAVE_CHANNEL));
        if (leaveChannel() != SENT) {
            future.completeExceptionally(link.notConnected("leave"));
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
        if (!channel.isUsable()) {
            return NOT_CONNECTED;
        }
        if (!pushGate.admitsVideo()) {
            return BUFFER_FULL;
        }
        return send(CommandEncoder.pushVideoFrame(sample, source));
    }

    @Override
    public int setExternalAudioSource(boolean enable, int sampleRate, int channels) {
        checkPushFormat(enable, sampleRate, channels);
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
        if (!channel.isUsable()) {
            return NOT_CONNECTED;
        }
        if (!pushGate.admitsAudio()) {
            return BUFFER_FULL;
        }
        return send(message.get());
    }

    @Override
    public int publishLocalDualStream(boolean enabled) {
        int result = send(CommandEncoder.toggle(CommandId.PUBLISH_LOCAL_DUAL_STREAM, "enable", enabled));
        publishing.dual(result == SENT, enabled);
        return result;
    }

    @Override
    public int publishLocalVideoStream(boolean enabled) {
        int result = send(CommandEncoder.toggle(CommandId.PUBLISH_LOCAL_VIDEO_STREAM, "enable", enabled));
        publishing.video(result == SENT, enabled);
        return result;
    }

    @Override
    public int publishLocalAudioStream(boolean enabled) {
        int result = send(CommandEncoder.toggle(CommandId.PUBLISH_LOCAL_AUDIO_STREAM, "enable", enabled));
        publishing.audio(result == SENT, enabled);
        return result;
    }

    @Override
    public int publishScreenShareStream(boolean enabled) {
        int result = send(CommandEncoder.toggle(CommandId.PUBLISH_SCREEN_SHARE_STREAM, "enable", enabled));
        publishing.screen(result == SENT, enabled);
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
        checkSei(message);
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
        checkDataChannelMessage(size);
        if (!channel.isUsable()) {
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
            publishing.externalAudioVolume(volume);
        }
        return result;
    }

    @Override
    public int getExternalAudioPublishVolume() {
        return publishing.externalAudioVolume();
    }

    @Override
    public int clearDataBuffer() {
        int result = send(CommandEncoder.bare(CommandId.CLEAR_EXTERNAL_DATA));
        if (result == SENT) {
            pushGate.cleared();
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
        checkVoiceprint(vectorOrNull);
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
        return query(answers.publishVolumes(), timeout, "audio effect publish volume",
                CommandEncoder.intField(CommandId.GET_AUDIO_EFFECT_PUBLISH_VOLUME, "soundId", soundId));
    }

    @Override
    public CompletableFuture<Integer> getAudioEffectPlayoutVolume(int soundId, Duration timeout) {
        return query(answers.playoutVolumes(), timeout, "audio effect playout volume",
                CommandEncoder.intField(CommandId.GET_AUDIO_EFFECT_PLAYOUT_VOLUME, "soundId", soundId));
    }

    @Override
    public CompletableFuture<String> getSdkVersion(Duration timeout) {
        requireTimeout(timeout);
        String cached = answers.sdkVersion();
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        return query(answers.versions(), timeout, "SDK version", CommandEncoder.bare(CommandId.GET_SDK_VERSION));
    }

    private <T> CompletableFuture<T> query(PendingAnswers<T> pending, Duration timeout, String what,
            Message command) {
        requireTimeout(timeout);
        CompletableFuture<T> future = new CompletableFuture<>();
        if (!channel.isUsable()) {
            future.completeExceptionally(link.notConnected("query the " + what));
            return future;
        }
        pending.await(future, timeout, noAnswer(what, timeout, command.id()));
        if (send(command) != SENT) {
            future.completeExceptionally(link.notConnected("query the " + what));
        }
        return future;
    }

    private Supplier<RtcException> noAnswer(String what, Duration timeout, int commandId) {
        return () -> new RtcException(ErrorCode.NETWORK_TIMEOUT.code(), "No " + what + " after " + timeout.toMillis()
                + " ms: the core service did not answer command " + commandId + " (" + link.service().describe()
                + ")");
    }

    // ---- local state ---------------------------------------------------------------------------------------------

    @Override
    public boolean isLocalVideoStreamPublished() {
        return publishing.video();
    }

    @Override
    public boolean isLocalAudioStreamPublished() {
        return publishing.audio();
    }

    @Override
    public boolean isLocalScreenPublishEnabled() {
        return publishing.screen();
    }

    @Override
    public boolean isDualStreamPublished() {
        return publishing.dual();
    }

    @Override
    public String getAudioDumpPath() {
        return answers.audioDumpPath();
    }

    @Override
    public boolean isAudioBufferFull() {
        return pushGate.isAudioBufferFull();
    }

    @Override
    public boolean isVideoBufferFull() {
        return pushGate.isVideoBufferFull();
    }

    @Override
    public EngineState state() {
        return channel.state();
    }

    @Override
    public String joinedChannel() {
        return channel.joinedChannel();
    }

    @Override
    public String joinedUserId() {
        return channel.joinedUserId();
    }

    @Override
    public CoreService coreService() {
        return link.service();
    }

    @Override
    public EngineCounters counters() {
        CoreConnection c = link.connection();
        long failures = router.listenerFailures();
        long dropped = pushGate.droppedBufferFullPushes();
        return c == null ? new EngineCounters(0, 0, 0, failures, dropped)
                : new EngineCounters(c.messagesReceived(), c.messagesSent(), c.malformedMessages(),
                        failures + c.listenerFailures(), dropped);
    }

    // ---- release -------------------------------------------------------------------------------------------------

    @Override
    public void release() {
        if (!releasing.compareAndSet(false, true)) {
            return;
        }
        try {
            leaveBeforeRelease();
            if (channel.isUsable() && send(CommandEncoder.destroyEngine()) != SENT) {
                LOG.debug("Could not send the destroy command to {}", link.service().describe());
            }
        } finally {
            List<CompletableFuture<?>> orphans = new ArrayList<>(channel.released());
            orphans.addAll(answers.takeWaiting());
            RtcException failure = new RtcException(ErrorCode.SDK_INVALID_STATE.code(), "The engine was released");
            orphans.forEach(f -> f.completeExceptionally(failure));
            link.close();
            link.service().stop(options.destroyGrace());
            LOG.info("Engine released; {} stopped", link.service().describe());
        }
    }

    /** The vendor refuses to release while joined; this leaves first, waiting at most the leave timeout. */
    private void leaveBeforeRelease() {
        EngineState current = channel.state();
        if (current != EngineState.JOINED && current != EngineState.JOINING && current != EngineState.LEAVING) {
            return;
        }
        CompletableFuture<Integer> left = new CompletableFuture<>();
        Duration timeout = options.leaveTimeout();
        if (current == EngineState.LEAVING) {
            channel.awaitLeave(left, timeout, noAnswer("leave result", timeout, CommandId.LEAVE_CHANNEL));
        } else {
            left = leave(timeout);
        }
        if (link.isReaderThread(Thread.currentThread())) {
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
        link.noteReaderThread();
        router.route(m);
    }

    @Override
    public void onMalformed(MalformedMessageException problem) {
        router.notifyListener(l -> l.onProtocolError(problem.getMessage()), "onProtocolError");
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
        List<CompletableFuture<?>> waiting = channel.coreServiceDown();
        if (waiting == null) {
            return;
        }
        List<CompletableFuture<?>> orphans = new ArrayList<>(waiting);
        orphans.addAll(answers.takeWaiting());
        RtcException failure = new RtcException(ErrorCode.NETWORK_DISCONNECT.code(), "The core service "
                + link.service().describe() + " " + how + ": release this engine and create a new one");
        orphans.forEach(f -> f.completeExceptionally(failure));
        if (releasing.get()) {
            return;
        }
        LOG.warn(failure.getMessage());
        // The reader thread (connection closed) and the exit watcher may both get here; the error goes first.
        synchronized (lossNotification) {
            if (!lossReported) {
                lossReported = true;
                router.notifyListener(l -> l.onError(ErrorCode.NETWORK_DISCONNECT.code()), "onError");
            }
            if (exitCode != null) {
                router.notifyListener(l -> l.onCoreServiceExit(exitCode), "onCoreServiceExit");
            }
        }
    }

    private int send(Message message) {
        return link.send(message);
    }
}
