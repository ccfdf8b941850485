package org.alirtc.sdk;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.ChannelState.PendingJoin;
import org.alirtc.sdk.ipc.AiCallback;
import org.alirtc.sdk.ipc.AiCommand;
import org.alirtc.sdk.ipc.Callback;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CallbackListener;
import org.alirtc.sdk.ipc.ChannelCallback;
import org.alirtc.sdk.ipc.ChannelCommand;
import org.alirtc.sdk.ipc.ChannelCommand.JoinSettings;
import org.alirtc.sdk.ipc.Command;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.CoreConnection;
import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.ipc.EffectCommand;
import org.alirtc.sdk.ipc.MalformedMessageException;
import org.alirtc.sdk.ipc.MediaCallback;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.ProtocolJson;
import org.alirtc.sdk.ipc.PushCommand;
import org.alirtc.sdk.ipc.StreamCommand;
import org.alirtc.sdk.ipc.VoipCommand;
import org.alirtc.sdk.ipc.WireKeys;
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
import org.alirtc.sdk.model.Checks;
import org.alirtc.sdk.model.ClientRole;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.DialInfo;
import org.alirtc.sdk.model.ErrorCode;
import org.alirtc.sdk.model.ExtraDelay;
import org.alirtc.sdk.model.Identifiers;
import org.alirtc.sdk.model.IncomingCallInfo;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.MediaLimits;
import org.alirtc.sdk.model.RenderMode;
import org.alirtc.sdk.model.ScreenShareEncoderConfiguration;
import org.alirtc.sdk.model.UserParam;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoEncoderConfiguration;
import org.alirtc.sdk.model.VideoSource;
import org.alirtc.sdk.model.VideoStreamType;
import org.alirtc.sdk.model.VideoTrack;
import org.alirtc.sdk.model.VoipConfig;

import static org.alirtc.sdk.EngineArguments.checkPcmLength;
import static org.alirtc.sdk.EngineArguments.checkPushFormat;
import static org.alirtc.sdk.EngineArguments.checkVideoFrame;

/**
 * The engine: checks arguments and sends them to the core service as {@link Command} records, and puts together
 * the parts that keep the client-side state: {@link ChannelState} (join and leave), {@link PushGate} (buffer-full),
 * {@link PublishIntents}, {@link EngineAnswers} (queries) and {@link CallbackRouter}, which routes each callback
 * once, through the state hook registered for its id, to the listener.
 *
 * <p>All callbacks arrive on the connection's reader thread. State changes happen under the parts' locks; nothing
 * is sent and no listener is called while holding one, so listeners may call back into the engine.
 */
final class CoreServiceEngine implements RtcEngine, CallbackListener {

    private static final Logger LOG = LoggerFactory.getLogger(CoreServiceEngine.class);
    private static final Duration EXIT_AFTER_CLOSE = Duration.ofMillis(300);

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
    private volatile CoreLiveness liveness;

    CoreServiceEngine(
            EngineOptions options,
            RtcEngineListener listener,
            CoreService service,
            DataChannelRateLimiter dataChannelLimiter) {
        this.options = options;
        this.dataChannelLimiter = dataChannelLimiter;
        this.link = new CoreLink(service, channel);
        this.router = new CallbackRouter(listener);
        router.hook(CallbackId.ON_JOIN_CHANNEL, ChannelCallback.JoinChannelResult.class, channel::onJoinResult);
        router.hook(CallbackId.ON_LEAVE_CHANNEL, ChannelCallback.LeaveChannelResult.class, channel::onLeaveResult);
        router.hook(CallbackId.ON_ERROR, ChannelCallback.EngineError.class, channel::onError);
        router.hook(
                CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL, MediaCallback.PushBufferFull.class, pushGate::onBufferFull);
        router.hook(
                CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL, MediaCallback.PushBufferFull.class, pushGate::onBufferFull);
        router.hook(CallbackId.ON_AUDIO_DUMP_PATH_SET, AiCallback.AudioDumpPathSet.class, answers::onAudioDumpPath);
        router.hook(CallbackId.ON_GET_SDK_VERSION, AiCallback.SdkVersion.class, answers::onSdkVersion);
        router.hook(
                CallbackId.ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME,
                AiCallback.AudioEffectVolume.class,
                answers::onEffectVolume);
        router.hook(
                CallbackId.ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME,
                AiCallback.AudioEffectVolume.class,
                answers::onEffectVolume);
    }

    /** Starts using the connection and watching the core service; called once, before the engine is handed out. */
    void attach(CoreConnection newConnection) {
        link.attach(newConnection);
        liveness = CoreLiveness.start(
                options.livenessTimeout(), this::probe, this::coreServiceUnresponsive, newConnection.name());
        link.service()
                .exitFuture()
                .whenComplete((code, failure) -> coreServiceLost(
                        code == null ? -1 : code, "exited with code " + (code == null ? "unknown" : code), false));
    }

    // ---- join / leave --------------------------------------------------------------------------------------------

    @Override
    public int joinChannel(String token, String channelId, String userId, String userName, JoinChannelConfig config) {
        Checks.notNull(token, "token", "pass the base64 join token (see TokenGenerator)");
        Checks.notNull(channelId, "channelId", "pass the channel id");
        Checks.notNull(userId, "userId", "pass the user id");
        Checks.notNull(config, "config", "pass JoinChannelConfig.defaults() or your own configuration");
        return sendJoin(
                new ChannelCommand.JoinChannelV2(token, channelId, userId, userName, JoinSettings.of(config)), null);
    }

    @Override
    public int joinChannelFromServer(AuthInfo authInfo, JoinChannelConfig config) {
        Checks.notNull(authInfo, "authInfo", "pass the AuthInfo from your app server");
        Checks.notNull(authInfo.appId(), "authInfo.appId", "set the app id");
        Checks.notNull(authInfo.channel(), "authInfo.channel", "set the channel id");
        Checks.notNull(authInfo.userId(), "authInfo.userId", "set the user id");
        Checks.notNull(config, "config", "pass JoinChannelConfig.defaults() or your own configuration");
        return sendJoin(new ChannelCommand.JoinChannel(credentials(authInfo), JoinSettings.of(config)), null);
    }

    @Override
    public int joinChannelWithProperty(String token, UserParam userParam, JoinChannelConfig config) {
        Checks.notNull(token, "token", "pass the base64 join token (see TokenGenerator)");
        Checks.notNull(userParam, "userParam", "pass a UserParam with the channel and user ids");
        Checks.notNull(config, "config", "pass JoinChannelConfig.defaults() or your own configuration");
        return sendJoin(
                new ChannelCommand.JoinChannelV3(
                        token,
                        userParam.channelId(),
                        userParam.userId(),
                        userParam.userName(),
                        userParam.capabilityProfile().code(),
                        userParam.useVoip(),
                        JoinSettings.of(config)),
                null);
    }

    @Override
    public CompletableFuture<JoinResult> join(
            String token,
            String channelId,
            String userId,
            String userName,
            JoinChannelConfig config,
            Duration timeout) {
        Checks.positive(timeout, "timeout");
        Checks.notNull(token, "token", "pass the base64 join token (see TokenGenerator)");
        Identifiers.requireChannelId(channelId);
        Identifiers.requireUserId(userId);
        Checks.notNull(config, "config", "pass JoinChannelConfig.defaults() or your own configuration");
        RtcException conflict = channel.joinConflict();
        if (conflict != null) {
            return CompletableFuture.failedFuture(conflict);
        }
        CompletableFuture<JoinResult> future = new CompletableFuture<>();
        PendingJoin pending = new PendingJoin(future, channelId, userId);
        ChannelCommand join =
                new ChannelCommand.JoinChannelV2(token, channelId, userId, userName, JoinSettings.of(config));
        if (sendJoin(join, pending) != SENT) {
            future.completeExceptionally(link.notConnected("join channel " + channelId));
            return future;
        }
        PendingAnswers.failAfter(future, timeout, () -> {
            channel.joinTimedOut(pending);
            return new RtcException(
                    ErrorCode.JOIN_TIMEOUT.code(),
                    "No join result for channel " + channelId
                            + " after " + timeout.toMillis() + " ms: the core service did not answer ("
                            + link.service().describe() + ")");
        });
        return future;
    }

    /** The vendor client sends an empty text for a missing nonce or role. */
    private static ChannelCommand.Credentials credentials(AuthInfo auth) {
        return new ChannelCommand.Credentials(
                auth.channel(),
                auth.userId(),
                auth.userName(),
                auth.appId(),
                auth.nonce() == null ? "" : auth.nonce(),
                auth.role() == null ? "" : auth.role(),
                auth.token(),
                auth.timestamp());
    }

    private int sendJoin(ChannelCommand join, PendingJoin pending) {
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
        int result = send(new ChannelCommand.LeaveChannel());
        if (result != SENT) {
            channel.leaveNotSent(before);
        }
        return result;
    }

    @Override
    public CompletableFuture<Integer> leave(Duration timeout) {
        Checks.positive(timeout, "timeout");
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
        Checks.notNull(role, "role", "pass ClientRole.INTERACTIVE (publish) or ClientRole.LIVE (audience)");
        return send(new ChannelCommand.SetClientRole(role.code()));
    }

    @Override
    public int setExternalVideoSource(boolean enable, VideoSource source, RenderMode renderMode) {
        Checks.notNull(source, "source", "pass VideoSource.CAMERA or SCREEN_SHARE");
        Checks.notNull(renderMode, "renderMode", "pass a RenderMode such as RenderMode.FILL");
        return send(new PushCommand.SetExternalVideoSource(enable, source.code(), renderMode.code()));
    }

    @Override
    public int pushExternalVideoFrame(VideoDataSample sample, VideoSource source) {
        Checks.notNull(sample, "sample", "pass a VideoDataSample, e.g. VideoDataSample.i420(data, width, height, ts)");
        Checks.notNull(source, "source", "pass VideoSource.CAMERA or SCREEN_SHARE");
        checkVideoFrame(sample);
        if (!channel.isUsable()) {
            return NOT_CONNECTED;
        }
        if (!pushGate.admitsVideo()) {
            return BUFFER_FULL;
        }
        return link.send(new PushCommand.PushVideoFrame(
                        source.code(),
                        sample.format().code(),
                        sample.bufferType().code(),
                        sample.strideY(),
                        sample.strideU(),
                        sample.strideV(),
                        sample.height(),
                        sample.width(),
                        sample.rotation(),
                        sample.timestampMs(),
                        firstBytes(sample.data(), sample.dataLength()))
                .wire());
    }

    @Override
    public int setExternalAudioSource(boolean enable, int sampleRate, int channels) {
        checkPushFormat(enable, sampleRate, channels);
        return send(new PushCommand.SetExternalAudioSource(enable, sampleRate, channels));
    }

    @Override
    public int pushExternalAudioFrameRawData(byte[] pcm, int length, long timestampMs) {
        Checks.notNull(pcm, "pcm", "pass the 16-bit PCM bytes");
        checkPcmLength(length, pcm.length);
        return pushAudio(() -> PushCommand.PushAudioFrame.raw(firstBytes(pcm, length), timestampMs));
    }

    @Override
    public int pushExternalAudioFrame(AudioFrameData frame) {
        Checks.notNull(frame, "frame", "pass an AudioFrameData, e.g. AudioFrameData.raw(pcm, timestampMs)");
        checkPcmLength(frame.dataLength(), frame.data().length);
        return pushAudio(() -> new PushCommand.PushAudioFrame(
                frame.timestampMs(),
                frame.isEndFrame(),
                frame.frameId(),
                frame.sentenceId(),
                frame.sequenceId(),
                firstBytes(frame.data(), frame.dataLength())));
    }

    /** The frame is built only when it will be sent: it may copy the PCM. */
    private int pushAudio(Supplier<PushCommand.PushAudioFrame> frame) {
        if (!channel.isUsable()) {
            return NOT_CONNECTED;
        }
        if (!pushGate.admitsAudio()) {
            return BUFFER_FULL;
        }
        return link.send(frame.get().wire());
    }

    /** The first {@code length} bytes, copied only when the array is longer. */
    private static byte[] firstBytes(byte[] data, int length) {
        return length == data.length ? data : Arrays.copyOf(data, length);
    }

    @Override
    public int publishLocalDualStream(boolean enabled) {
        int result = send(new StreamCommand.PublishLocalDualStream(enabled));
        publishing.dual(result == SENT, enabled);
        return result;
    }

    @Override
    public int publishLocalVideoStream(boolean enabled) {
        int result = send(new StreamCommand.PublishLocalVideoStream(enabled));
        publishing.video(result == SENT, enabled);
        return result;
    }

    @Override
    public int publishLocalAudioStream(boolean enabled) {
        int result = send(new StreamCommand.PublishLocalAudioStream(enabled));
        publishing.audio(result == SENT, enabled);
        return result;
    }

    @Override
    public int publishScreenShareStream(boolean enabled) {
        int result = send(new StreamCommand.PublishScreenShareStream(enabled));
        publishing.screen(result == SENT, enabled);
        return result;
    }

    @Override
    public int setVideoEncoderConfiguration(VideoEncoderConfiguration config) {
        Checks.notNull(config, "config", "pass VideoEncoderConfiguration.defaults() or your own");
        return send(new StreamCommand.SetVideoEncoderConfiguration(
                config.width(),
                config.height(),
                config.frameRate().code(),
                config.bitrateKbps(),
                config.mirrorMode().code(),
                config.rotationMode().code(),
                config.orientationMode().code(),
                config.keyFrameIntervalMs(),
                config.minBitrateKbps()));
    }

    @Override
    public int setScreenShareEncoderConfiguration(ScreenShareEncoderConfiguration config) {
        Checks.notNull(config, "config", "pass ScreenShareEncoderConfiguration.defaults() or your own");
        return send(new StreamCommand.SetScreenShareEncoderConfiguration(
                config.width(),
                config.height(),
                config.frameRate().code(),
                config.bitrateKbps(),
                config.rotationMode().code()));
    }

    @Override
    public int sendMediaExtensionMsg(byte[] message, int repeatCount, int delayMs, boolean keyFrame) {
        Checks.notNull(message, "message", "pass the SEI bytes");
        MediaLimits.checkSei(message.length);
        Checks.atLeast(repeatCount, 0, "repeatCount");
        Checks.atLeast(delayMs, 0, "delayMs");
        return send(new StreamCommand.SendMediaExtensionMsg(repeatCount, delayMs, keyFrame, message));
    }

    // ---- subscribing and settings --------------------------------------------------------------------------------

    @Override
    public int subscribeRemoteAudioStream(String uid, boolean subscribe, AudioObserverManualConfig config) {
        Checks.notEmpty(uid, "uid", "pass the remote user's id (from onRemoteUserOnLineNotify)");
        AudioObserverManualConfig observing = orDefaults(config);
        return send(new StreamCommand.SubscribeRemoteAudioStream(
                uid,
                subscribe,
                observing.enableDenoise(),
                observing.enableVoiceprintRecognize(),
                observing.enableAsrCallback(),
                observing.bindPublishLoopDelay()));
    }

    private static AudioObserverManualConfig orDefaults(AudioObserverManualConfig config) {
        return config == null ? AudioObserverManualConfig.defaults() : config;
    }

    @Override
    public int subscribeRemoteVideoStream(String uid, VideoTrack track, boolean subscribe) {
        Checks.notEmpty(uid, "uid", "pass the remote user's id (from onRemoteUserOnLineNotify)");
        Checks.notNull(track, "track", "pass VideoTrack.CAMERA, SCREEN or BOTH");
        return send(new StreamCommand.SubscribeRemoteVideoStream(uid, track.code(), subscribe));
    }

    @Override
    public int setRemoteVideoStreamType(String uid, VideoStreamType type) {
        Checks.notNull(uid, "uid", "pass the remote user id");
        Checks.notNull(type, "type", "pass VideoStreamType.HIGH or LOW");
        return send(new StreamCommand.SetRemoteVideoStreamType(uid, type.code()));
    }

    @Override
    public int setRemoteDefaultVideoStreamType(VideoStreamType type) {
        Checks.notNull(type, "type", "pass VideoStreamType.HIGH or LOW");
        return send(new StreamCommand.SetRemoteDefaultVideoStreamType(type.code()));
    }

    @Override
    public int muteLocalCamera(boolean mute) {
        return send(new StreamCommand.MuteLocalCamera(mute));
    }

    @Override
    public int muteLocalMic(boolean mute) {
        return send(new StreamCommand.MuteLocalMic(mute));
    }

    @Override
    public int setParameter(String jsonParameter) {
        Checks.notNull(
                jsonParameter, "jsonParameter", "pass a JSON text such as {\"data\":{\"enablePubDataChannel\":true}}");
        return send(new ChannelCommand.SetParameter(jsonParameter));
    }

    @Override
    public int enableDataChannel(boolean publish, boolean subscribe) {
        ObjectNode data = ProtocolJson.object();
        data.putObject(WireKeys.DATA)
                .put(WireKeys.ENABLE_PUB_DATA_CHANNEL, publish)
                .put(WireKeys.ENABLE_SUB_DATA_CHANNEL, subscribe);
        return setParameter(data.toString());
    }

    @Override
    public int sendDataChannelMessage(DataChannelMessage message) {
        Checks.notNull(message, "message", "pass a DataChannelMessage, e.g. DataChannelMessage.custom(bytes)");
        int size = message.data().length;
        MediaLimits.checkDataChannelMessage(size);
        if (!channel.isUsable()) {
            return NOT_CONNECTED;
        }
        dataChannelLimiter.acquire(size);
        return send(new ChannelCommand.SendDataChannelMsg(message));
    }

    @Override
    public int setVideoCallbackPeriod(int periodMs) {
        Checks.atLeast(periodMs, 0, "periodMs");
        return send(new StreamCommand.SetVideoCallbackPeriod(periodMs));
    }

    @Override
    public int setAudioProfile(AudioQualityMode quality, AudioSceneMode scene) {
        Checks.notNull(quality, "quality", "pass an AudioQualityMode such as AudioQualityMode.HIGH");
        Checks.notNull(scene, "scene", "pass an AudioSceneMode such as AudioSceneMode.DEFAULT");
        return send(new StreamCommand.SetAudioProfile(quality.code(), scene.code()));
    }

    @Override
    public int setPeriodForCheckPeople(int seconds) {
        return send(new ChannelCommand.SetPeriodForCheckPeople(seconds));
    }

    @Override
    public int leaveOnceNoStreamer(boolean enable) {
        return send(new ChannelCommand.LeaveOnceNoStreamer(enable));
    }

    @Override
    public int setExternalAudioPublishVolume(int volume) {
        Checks.volume(volume, "volume");
        int result = send(new PushCommand.SetExternalAudioPublishVolume(volume));
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
        int result = send(new PushCommand.ClearExternalData());
        if (result == SENT) {
            pushGate.cleared();
        }
        return result;
    }

    @Override
    public int getRemainDataBufferSize(BufferDataType type) {
        Checks.notNull(type, "type", "pass BufferDataType.AUDIO_ONLY, VIDEO_ONLY or BOTH_AUDIO_AND_VIDEO");
        return send(new PushCommand.GetRemainDataBufferSize(type.code()));
    }

    @Override
    public int getAudioIsMainSpeaker(long startTime, long endTime) {
        return send(new AiCommand.GetAudioIsMainSpeaker(startTime, endTime));
    }

    @Override
    public int getAIVadInfo(long startTime, long endTime) {
        return send(new AiCommand.GetAiVadInfo(startTime, endTime));
    }

    @Override
    public int setVoiceprintVector(byte[] vectorOrNull) {
        MediaLimits.checkVoiceprint(vectorOrNull);
        return send(AiCommand.SetVoiceprintVector.of(vectorOrNull));
    }

    @Override
    public int getVoiceprintVector() {
        return send(new AiCommand.GetVoiceprintVector());
    }

    @Override
    public int setAudioDelayInfo(String uid, AudioQuestionDelay delay) {
        Checks.notNull(uid, "uid", "pass the remote user id the delay belongs to");
        Checks.notNull(delay, "delay", "pass an AudioQuestionDelay, e.g. from onRemoteSentenceState");
        return send(new AiCommand.SetAudioDelayInfo(uid, delay));
    }

    @Override
    public int encryptQuestionDelayInfo(AudioQuestionDelay delay) {
        Checks.notNull(delay, "delay", "pass an AudioQuestionDelay, e.g. from onRemoteSentenceState");
        return send(new AiCommand.EncryptDelayInfo(delay));
    }

    @Override
    public int setEncryptAudioDelayInfo(String uid, int sentenceId, String delayInfo, ExtraDelay extraOrNull) {
        Checks.notNull(uid, "uid", "pass the remote user id the delay belongs to");
        Checks.notNull(delayInfo, "delayInfo", "pass the encrypted text from onEncryptQuestionDelayInfo");
        return send(new AiCommand.SetAudioDelayInfoV2(uid, sentenceId, delayInfo, extraOrNull));
    }

    @Override
    public int enableLocalVideo(boolean enable) {
        return send(new StreamCommand.EnableLocalVideo(enable));
    }

    @Override
    public int needTestLoopbackLatency(String uid) {
        Checks.notNull(uid, "uid", "pass the remote user id");
        return send(new AiCommand.GetNeedTestCycleRound(uid));
    }

    // ---- VoIP ----------------------------------------------------------------------------------------------------

    @Override
    public int dial(DialInfo info, VoipConfig voipConfig, AudioObserverManualConfig config) {
        Checks.notNull(info, "info", "pass the DialInfo of the call");
        Checks.notNull(voipConfig, "voipConfig", "pass VoipConfig.defaults() or your own");
        return send(new VoipCommand.Dial(
                info.sipDomain(),
                info.sipToken(),
                info.callerNumber(),
                info.calleeNumber(),
                info.calleePrefix(),
                info.localPublicIp(),
                info.minPort(),
                info.maxPort(),
                info.sipHeaderExtra(),
                voipConfig.audioCodec(),
                voipConfig.audioSampleRate(),
                orDefaults(config)));
    }

    @Override
    public int dialUpdate(VoipConfig voipConfig) {
        Checks.notNull(voipConfig, "voipConfig", "pass VoipConfig.defaults() or your own");
        return send(new VoipCommand.DialUpdate(voipConfig.audioCodec(), voipConfig.audioSampleRate()));
    }

    @Override
    public int hangUp() {
        return send(new VoipCommand.Hangup());
    }

    @Override
    public int pickupIncomingCall(IncomingCallInfo info, VoipConfig voipConfig, AudioObserverManualConfig config) {
        Checks.notNull(info, "info", "pass the IncomingCallInfo of the call");
        Checks.notNull(voipConfig, "voipConfig", "pass VoipConfig.defaults() or your own");
        return send(new VoipCommand.PickupIncomingCall(
                info.sipDomain(),
                info.callerNumber(),
                info.calleeNumber(),
                info.remotePublicIp(),
                info.remoteAudioPort(),
                info.minPort(),
                info.maxPort(),
                info.inviteSdpInfo(),
                voipConfig.audioCodec(),
                voipConfig.audioSampleRate(),
                orDefaults(config)));
    }

    @Override
    public int connectIncomingCall() {
        return send(new VoipCommand.ConnectIncomingCall());
    }

    @Override
    public int disConnectIncomingCall() {
        return send(new VoipCommand.DisconnectIncomingCall());
    }

    @Override
    public int enableAudioFrameObserver(boolean enabled, AudioSource source, AudioFrameObserverConfig config) {
        Checks.notNull(source, "source", "pass AudioSource.PUB or MIXED_ALL");
        AudioFrameObserverConfig format = config == null ? AudioFrameObserverConfig.defaults() : config;
        return send(new StreamCommand.EnableAudioFrameObserver(
                enabled,
                source.code(),
                format.sampleRate().code(),
                format.channels().code()));
    }

    // ---- audio effects -------------------------------------------------------------------------------------------

    @Override
    public int preloadAudioEffect(int soundId, String path) {
        Checks.notEmpty(path, "path", "pass a local file path or a URL of the sound");
        return send(new EffectCommand.PreloadAudioEffect(soundId, path));
    }

    @Override
    public int unloadAudioEffect(int soundId) {
        return send(new EffectCommand.UnloadAudioEffect(soundId));
    }

    @Override
    public int playAudioEffect(int soundId, String path, AudioEffectConfig config) {
        Checks.notEmpty(path, "path", "pass a local file path or a URL of the sound");
        AudioEffectConfig c = config == null ? AudioEffectConfig.defaults() : config;
        return send(new EffectCommand.PlayAudioEffect(
                soundId, path, c.needPublish(), c.loopCycles(), c.startPosMs(), c.publishVolume(), c.playoutVolume()));
    }

    @Override
    public int stopAudioEffect(int soundId) {
        return send(new EffectCommand.StopAudioEffect(soundId));
    }

    @Override
    public int stopAllAudioEffects() {
        return send(new EffectCommand.StopAllAudioEffects());
    }

    @Override
    public int setAudioEffectPublishVolume(int soundId, int volume) {
        Checks.volume(volume, "volume");
        return send(new EffectCommand.SetAudioEffectPublishVolume(soundId, volume));
    }

    @Override
    public int setAudioEffectPlayoutVolume(int soundId, int volume) {
        Checks.volume(volume, "volume");
        return send(new EffectCommand.SetAudioEffectPlayoutVolume(soundId, volume));
    }

    @Override
    public int setAllAudioEffectsPlayoutVolume(int volume) {
        Checks.volume(volume, "volume");
        return send(new EffectCommand.SetAllAudioEffectsPlayoutVolume(volume));
    }

    @Override
    public int setAllAudioEffectsPublishVolume(int volume) {
        Checks.volume(volume, "volume");
        return send(new EffectCommand.SetAllAudioEffectsPublishVolume(volume));
    }

    @Override
    public int pauseAudioEffect(int soundId) {
        return send(new EffectCommand.PauseAudioEffect(soundId));
    }

    @Override
    public int pauseAllAudioEffects() {
        return send(new EffectCommand.PauseAllAudioEffects());
    }

    @Override
    public int resumeAudioEffect(int soundId) {
        return send(new EffectCommand.ResumeAudioEffect(soundId));
    }

    @Override
    public int resumeAllAudioEffects() {
        return send(new EffectCommand.ResumeAllAudioEffects());
    }

    @Override
    public CompletableFuture<Integer> getAudioEffectPublishVolume(int soundId, Duration timeout) {
        return query(
                answers.publishVolumes(),
                timeout,
                "audio effect publish volume",
                new EffectCommand.GetAudioEffectPublishVolume(soundId));
    }

    @Override
    public CompletableFuture<Integer> getAudioEffectPlayoutVolume(int soundId, Duration timeout) {
        return query(
                answers.playoutVolumes(),
                timeout,
                "audio effect playout volume",
                new EffectCommand.GetAudioEffectPlayoutVolume(soundId));
    }

    @Override
    public CompletableFuture<String> getSdkVersion(Duration timeout) {
        Checks.positive(timeout, "timeout");
        String cached = answers.sdkVersion();
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        return query(answers.versions(), timeout, "SDK version", new ChannelCommand.GetSdkVersion());
    }

    private <T> CompletableFuture<T> query(PendingAnswers<T> pending, Duration timeout, String what, Command query) {
        Checks.positive(timeout, "timeout");
        Message command = query.encode();
        CompletableFuture<T> future = new CompletableFuture<>();
        if (!channel.isUsable()) {
            future.completeExceptionally(link.notConnected("query the " + what));
            return future;
        }
        pending.await(future, timeout, noAnswer(what, timeout, command.id()));
        if (link.send(command) != SENT) {
            future.completeExceptionally(link.notConnected("query the " + what));
        }
        return future;
    }

    private Supplier<RtcException> noAnswer(String what, Duration timeout, int commandId) {
        return () -> new RtcException(
                ErrorCode.NETWORK_TIMEOUT.code(),
                "No " + what + " after " + timeout.toMillis()
                        + " ms: the core service did not answer command " + commandId + " ("
                        + link.service().describe()
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
    public boolean awaitAudioBufferRoom(long timeoutNanos) throws InterruptedException {
        return pushGate.awaitAudioRoom(timeoutNanos);
    }

    @Override
    public boolean awaitVideoBufferRoom(long timeoutNanos) throws InterruptedException {
        return pushGate.awaitVideoRoom(timeoutNanos);
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
        return c == null
                ? new EngineCounters(0, 0, 0, failures, dropped)
                : new EngineCounters(
                        c.messagesReceived(),
                        c.messagesSent(),
                        c.malformedMessages(),
                        failures + c.listenerFailures(),
                        dropped);
    }

    // ---- release -------------------------------------------------------------------------------------------------

    @Override
    public void release() {
        if (!releasing.compareAndSet(false, true)) {
            return;
        }
        try {
            leaveBeforeRelease();
            if (channel.isUsable() && send(new ChannelCommand.DestroyEngine()) != SENT) {
                LOG.debug(
                        "Could not send the destroy command to {}",
                        link.service().describe());
            }
        } finally {
            List<CompletableFuture<?>> orphans = new ArrayList<>(channel.released());
            orphans.addAll(answers.takeWaiting());
            RtcException failure = new RtcException(ErrorCode.SDK_INVALID_STATE.code(), "The engine was released");
            orphans.forEach(f -> f.completeExceptionally(failure));
            stopLiveness();
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
        heard();
        router.route(m);
    }

    /** A media callback the reader decoded on its fast path. */
    @Override
    public void onCallback(Callback callback) {
        heard();
        router.route(callback);
    }

    private void heard() {
        CoreLiveness watching = liveness;
        if (watching != null) {
            watching.heard();
        }
        link.noteReaderThread();
    }

    @Override
    public void onMalformed(MalformedMessageException problem) {
        router.notifyListener(l -> l.onProtocolError(problem.getMessage()), "onProtocolError");
    }

    @Override
    public void onClosed(IOException cause) {
        if (cause == null) {
            return;
        }
        String how = "closed the connection (" + cause.getMessage() + ")";
        if (exitsWithin(EXIT_AFTER_CLOSE)) {
            coreServiceLost(null, how, false);
        } else {
            // Nothing can reach this core service again, and a live one would hold its resources (and its seat in
            // the channel) until it noticed by itself: stop it, as for a hang.
            coreServiceLost(null, how + " while its process kept running", true);
            link.service().stop(Duration.ZERO);
        }
    }

    /** A crashing core service closes the connection a moment before its exit is seen. */
    private boolean exitsWithin(Duration wait) {
        try {
            link.service().exitFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    @Override
    public boolean coreServiceSuspect() {
        CoreLiveness watching = liveness;
        return watching != null && watching.suspect();
    }

    /** Sends the liveness probe, if no write is in progress; on the liveness thread. */
    private boolean probe() {
        // Counted before sending, as the answer may arrive before the send returns.
        answers.probeSent();
        if (link.sendIfIdle(new ChannelCommand.GetSdkVersion().encode())) {
            return true;
        }
        answers.probeNotSent();
        return false;
    }

    /** The core service stayed silent for the liveness timeout: cut it off, report it, and stop it. */
    private void coreServiceUnresponsive(String why) {
        if (releasing.get() || !channel.isUsable()) {
            return;
        }
        coreServiceLost(null, why, true);
        link.close();
        link.service().stop(Duration.ZERO);
    }

    private void stopLiveness() {
        CoreLiveness watching = liveness;
        if (watching != null) {
            watching.stop();
        }
    }

    /**
     * The core service is gone: fail what waits for it and tell the listener once with ERR_NETWORK_DISCONNECT, as
     * the vendor does, then that it was unresponsive, or with the exit code when it is known. Silent while
     * releasing, where an exit is expected.
     *
     * @param unresponsive whether the core service was cut off while its process may still run
     */
    private void coreServiceLost(Integer exitCode, String how, boolean unresponsive) {
        List<CompletableFuture<?>> waiting = channel.coreServiceDown();
        if (waiting == null) {
            return;
        }
        stopLiveness();
        List<CompletableFuture<?>> orphans = new ArrayList<>(waiting);
        orphans.addAll(answers.takeWaiting());
        RtcException failure = new RtcException(
                ErrorCode.NETWORK_DISCONNECT.code(),
                "The core service " + link.service().describe() + " " + how
                        + ": release this engine and create a new one");
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
                if (unresponsive) {
                    router.notifyListener(l -> l.onCoreServiceUnresponsive(how), "onCoreServiceUnresponsive");
                }
            }
            if (exitCode != null) {
                router.notifyListener(l -> l.onCoreServiceExit(exitCode), "onCoreServiceExit");
            }
        }
    }

    private int send(Command command) {
        return link.send(command.encode());
    }
}
