package org.alirtc.local;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.media.PcmFormat;
import org.alirtc.sdk.ipc.AiCallback.AiVadInfo;
import org.alirtc.sdk.ipc.AiCallback.AudioEffectVolume;
import org.alirtc.sdk.ipc.AiCallback.MainSpeaker;
import org.alirtc.sdk.ipc.AiCallback.SdkVersion;
import org.alirtc.sdk.ipc.AiCallback.TestCycleRound;
import org.alirtc.sdk.ipc.AiCallback.VoiceprintVector;
import org.alirtc.sdk.ipc.AiCommand.GetAiVadInfo;
import org.alirtc.sdk.ipc.AiCommand.GetAudioIsMainSpeaker;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.ChannelCallback.ConnectionStatusChanged;
import org.alirtc.sdk.ipc.ChannelCallback.EngineError;
import org.alirtc.sdk.ipc.ChannelCallback.JoinChannelResult;
import org.alirtc.sdk.ipc.ChannelCallback.LeaveChannelResult;
import org.alirtc.sdk.ipc.ChannelCallback.RoleUpdated;
import org.alirtc.sdk.ipc.ChannelCommand.CreateRtcEngine;
import org.alirtc.sdk.ipc.ChannelCommand.Credentials;
import org.alirtc.sdk.ipc.ChannelCommand.JoinChannel;
import org.alirtc.sdk.ipc.ChannelCommand.JoinChannelV2;
import org.alirtc.sdk.ipc.ChannelCommand.JoinChannelV3;
import org.alirtc.sdk.ipc.ChannelCommand.JoinSettings;
import org.alirtc.sdk.ipc.ChannelCommand.SendDataChannelMsg;
import org.alirtc.sdk.ipc.ChannelCommand.SetClientRole;
import org.alirtc.sdk.ipc.ChannelCommand.SetParameter;
import org.alirtc.sdk.ipc.ChannelCommand.TokenJoin;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.EffectCommand.GetAudioEffectPlayoutVolume;
import org.alirtc.sdk.ipc.EffectCommand.GetAudioEffectPublishVolume;
import org.alirtc.sdk.ipc.EffectCommand.SetAllAudioEffectsPlayoutVolume;
import org.alirtc.sdk.ipc.EffectCommand.SetAllAudioEffectsPublishVolume;
import org.alirtc.sdk.ipc.EffectCommand.SetAudioEffectPlayoutVolume;
import org.alirtc.sdk.ipc.EffectCommand.SetAudioEffectPublishVolume;
import org.alirtc.sdk.ipc.MalformedMessageException;
import org.alirtc.sdk.ipc.MediaCallback.RemainingBuffer;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageReader;
import org.alirtc.sdk.ipc.ProtocolJson;
import org.alirtc.sdk.ipc.PushCommand.GetRemainDataBufferSize;
import org.alirtc.sdk.ipc.PushCommand.PushAudioFrame;
import org.alirtc.sdk.ipc.PushCommand.PushVideoFrame;
import org.alirtc.sdk.ipc.PushCommand.SetExternalAudioPublishVolume;
import org.alirtc.sdk.ipc.PushCommand.SetExternalAudioSource;
import org.alirtc.sdk.ipc.PushCommand.SetExternalVideoSource;
import org.alirtc.sdk.ipc.StreamCommand.EnableAudioFrameObserver;
import org.alirtc.sdk.ipc.StreamCommand.MuteLocalCamera;
import org.alirtc.sdk.ipc.StreamCommand.MuteLocalMic;
import org.alirtc.sdk.ipc.StreamCommand.PublishLocalAudioStream;
import org.alirtc.sdk.ipc.StreamCommand.PublishLocalVideoStream;
import org.alirtc.sdk.ipc.StreamCommand.SendMediaExtensionMsg;
import org.alirtc.sdk.ipc.StreamCommand.SetVideoCallbackPeriod;
import org.alirtc.sdk.ipc.StreamCommand.SubscribeRemoteAudioStream;
import org.alirtc.sdk.ipc.StreamCommand.SubscribeRemoteVideoStream;
import org.alirtc.sdk.ipc.WireKeys;
import org.alirtc.sdk.model.AudioSampleRate;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.MediaLimits;
import org.alirtc.sdk.model.VoiceprintStatus;

/**
 * The server side of one client connection: reads commands on its own thread ({@code alirtc-local-client-N}),
 * answers them and acts on the {@link LocalCloud}. Malformed messages are skipped by the codec and counted, and a
 * command whose handling fails is logged; neither ends the connection. The connection ends when the client sends
 * destroy (23), when its connection closes (it then leaves its room, so the others see it go offline), or when
 * it stops reading while media is due (see {@link ClientOutbox}).
 *
 * <p>Besides the room behaviour described on {@link Room}, {@link AudioRound} and {@link AudioPushBuffer}:
 * <ul>
 * <li>Pushed audio and video are handled as {@link PushedMedia} describes.</li>
 * <li>MuteLocalMic and MuteLocalCamera stop the delivery of pushed audio or video; the pushes are still paced
 *     and consumed, as a muted track would be.</li>
 * <li>ClearDataBuffer empties both push buffers (reporting not full if they were full) and restarts the
 *     timestamp timeline; GetRemainDataBufferSize answers 1029 with milliseconds of buffered audio and a number
 *     of buffered video frames.</li>
 * <li>SetParameter {@code {"data":{"enablePubDataChannel":..,"enableSubDataChannel":..}}} switches the data
 *     channel; media-extension (SEI) messages of more than 4,096 bytes are dropped, the others are delivered
 *     once after their delay however large their repeatCount, as a receiver removes repeats.</li>
 * <li>A join while already in a channel fails with ERR_JOIN_FAILED; leave first, as the vendor requires.</li>
 * <li>GetSDKVersion answers {@code "alirtc-local-core <version>"}; the loopback-latency probe (39) answers
 *     disabled; audio-effect volume getters answer the last volume set for that sound (default 50); the
 *     voiceprint vector is empty; main-speaker and AI VAD queries answer "unknown". Any other command is accepted
 *     and logged once per connection as not emulated.</li>
 * </ul>
 */
final class ClientConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static final int ERR_JOIN_FAILED = 0x01030202;
    private static final int CONNECTION_STATUS_DISCONNECTED = 1;
    private static final int REASON_LEAVE_ROOM = 10;
    private static final int AUDIO_SOURCE_PUB = 2;
    private static final int AUDIO_SOURCE_MIXED_ALL = 4;
    private static final int BUFFER_AUDIO_ONLY = 0;
    private static final int BUFFER_VIDEO_ONLY = 1;
    private static final int VIDEO_TRACK_CAMERA = 1;
    private static final int VIDEO_TRACK_BOTH = 3;
    private static final int ROLE_LIVE = 1;
    private static final int VOICE_NO_RESULT = -1;

    private final String name;
    private final SocketChannel channel;
    private final ChannelInputStream input;
    private final ClientOutbox out;
    private final Participant participant;
    private final PushedMedia pushes;
    private final LocalCloud cloud;
    private final JoinAdmission admission;
    private final CompletableFuture<Void> endedFuture = new CompletableFuture<>();
    private final Thread reader;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final RateLimitedLog warnings = new RateLimitedLog(LOG);
    private final Set<Integer> reportedUnemulated = new HashSet<>();
    private final EffectVolumes publishVolumes = new EffectVolumes();
    private final EffectVolumes playoutVolumes = new EffectVolumes();
    private int role = ROLE_LIVE;
    private long malformed;

    private ClientConnection(SocketChannel channel, LocalCloud cloud, LocalCoreOptions options) throws IOException {
        int number = COUNTER.incrementAndGet();
        this.name = "local-" + number;
        this.channel = channel;
        this.cloud = cloud;
        this.admission = new JoinAdmission(options.appKeys(), Clock.systemUTC());
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.configureBlocking(false);
        this.input = new ChannelInputStream(channel);
        this.out = new ClientOutbox(name, channel, this::connectionFailed);
        this.participant = new Participant(name, out);
        this.pushes = new PushedMedia(name, participant);
        this.reader = new Thread(this::run, "alirtc-local-client-" + number);
        this.reader.setDaemon(true);
    }

    /** Serves {@code channel} until the client destroys the engine or goes away; see {@link #whenEnded}. */
    static ClientConnection start(SocketChannel channel, LocalCloud cloud, LocalCoreOptions options)
            throws IOException {
        ClientConnection connection = new ClientConnection(channel, cloud, options);
        connection.reader.start();
        LOG.debug("Connection {} serves client {}", connection.name, channel.getRemoteAddress());
        return connection;
    }

    /** Media callbacks dropped because the client read too slowly. */
    long droppedMediaCallbacks() {
        return out.droppedMedia();
    }

    /** Pushed audio and video frames dropped (buffer full, not published or not convertible). */
    long droppedPushes() {
        return pushes.dropped();
    }

    /** Runs {@code action} once the connection has ended and released everything, at once if it already has. */
    void whenEnded(Runnable action) {
        endedFuture.thenRun(action);
    }

    /** Ends the connection from outside (the server is stopping) and waits, bounded, until it has. */
    void close(Duration timeout) {
        closeSocket();
        if (Thread.currentThread() != reader) {
            try {
                reader.join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        end(false);
    }

    private void run() {
        try {
            MessageReader messages =
                    new MessageReader(input, Direction.CLIENT_TO_CORE, MessageReader.DEFAULT_MAX_CHUNK_BYTES);
            while (!ended.get()) {
                Message message;
                try {
                    message = messages.read();
                } catch (MalformedMessageException e) {
                    malformed++;
                    warnings.warn(
                            "malformed",
                            "Connection {} skipped a malformed message ({} so far): {}",
                            name,
                            malformed,
                            e.getMessage());
                    continue;
                }
                handleSafely(message);
            }
        } catch (EOFException e) {
            LOG.debug("Connection {}: the client closed the connection", name);
        } catch (IOException e) {
            if (!ended.get()) {
                LOG.debug("Connection {}: connection ended: {}", name, e.getMessage());
            }
        } finally {
            end(false);
        }
    }

    private void handleSafely(Message message) {
        try {
            handle(message);
        } catch (RuntimeException e) {
            warnings.warn(
                    "handling-failed-" + message.id(),
                    "Connection {} failed to handle {}; the connection goes on",
                    name,
                    CommandId.name(message.id()),
                    e);
        }
    }

    private void handle(Message m) {
        switch (m.id()) {
            case CommandId.CREATE_RTC_ENGINE -> createEngine(CreateRtcEngine.decode(m));
            case CommandId.JOIN_CHANNEL_V2 -> joinWithToken(JoinChannelV2.decode(m));
            case CommandId.JOIN_CHANNEL_V3 -> joinWithToken(JoinChannelV3.decode(m));
            case CommandId.JOIN_CHANNEL -> joinWithAuthInfo(JoinChannel.decode(m));
            case CommandId.LEAVE_CHANNEL -> leave();
            case CommandId.DESTROY_ENGINE -> destroy();
            case CommandId.PUBLISH_LOCAL_AUDIO_STREAM ->
                publishAudio(PublishLocalAudioStream.decode(m).enable());
            case CommandId.PUBLISH_LOCAL_VIDEO_STREAM ->
                publishVideo(PublishLocalVideoStream.decode(m).enable());
            case CommandId.SUBSCRIBE_REMOTE_AUDIO_STREAM -> {
                SubscribeRemoteAudioStream subscription = SubscribeRemoteAudioStream.decode(m);
                subscribe(subscription.uid(), subscription.subscribe(), true);
            }
            case CommandId.SUBSCRIBE_REMOTE_VIDEO_STREAM -> subscribeVideo(SubscribeRemoteVideoStream.decode(m));
            case CommandId.SET_EXTERNAL_AUDIO_SOURCE -> pushes.setExternalAudioSource(SetExternalAudioSource.decode(m));
            case CommandId.PUSH_AUDIO_FRAME -> pushes.pushAudio(PushAudioFrame.decode(m));
            case CommandId.SET_EXTERNAL_VIDEO_SOURCE ->
                pushes.setExternalVideoSource(SetExternalVideoSource.decode(m).enable());
            case CommandId.PUSH_VIDEO_FRAME -> pushes.pushVideo(PushVideoFrame.decode(m));
            case CommandId.SET_CLIENT_ROLE ->
                setRole(SetClientRole.decode(m).role().orElse(role));
            case CommandId.SET_PARAMETER -> setParameter(SetParameter.decode(m).param());
            case CommandId.SEND_DATA_CHANNEL_MSG -> sendDataChannel(SendDataChannelMsg.decode(m));
            case CommandId.SEND_MEDIA_EXTENSION_MSG -> sendMediaExtension(SendMediaExtensionMsg.decode(m));
            case CommandId.SET_VIDEO_CALLBACK_PERIOD -> {
                int period = Math.max(0, SetVideoCallbackPeriod.decode(m).period());
                participant.inRoom(
                        room -> participant.videoPeriodMs = period, () -> participant.videoPeriodMs = period);
            }
            case CommandId.CLEAR_EXTERNAL_DATA -> {
                participant.audio.clear();
                participant.video.clear();
                participant.timeline.reanchor();
            }
            case CommandId.GET_REMAIN_DATA_BUFFER_SIZE -> {
                int type = GetRemainDataBufferSize.decode(m).dataType();
                out.control(new RemainingBuffer(
                        type == BUFFER_VIDEO_ONLY ? 0 : (int) participant.audio.bufferedMillis(),
                        type == BUFFER_AUDIO_ONLY ? 0 : participant.video.bufferedFrames()));
            }
            case CommandId.MUTE_LOCAL_MIC ->
                participant.micMuted = MuteLocalMic.decode(m).mute();
            case CommandId.MUTE_LOCAL_CAMERA ->
                participant.cameraMuted = MuteLocalCamera.decode(m).mute();
            case CommandId.SET_EXTERNAL_AUDIO_PUBLISH_VOLUME ->
                pushes.setPublishVolume(SetExternalAudioPublishVolume.decode(m).volume());
            case CommandId.ENABLE_AUDIO_FRAME_OBSERVER -> enableAudioObserver(EnableAudioFrameObserver.decode(m));
            case CommandId.GET_SDK_VERSION ->
                out.control(new SdkVersion("alirtc-local-core " + LocalCoreServer.version()));
            case CommandId.GET_NEED_TEST_CYCLE_ROUND -> out.control(new TestCycleRound(false));
            case CommandId.GET_VOICEPRINT_VECTOR -> out.control(new VoiceprintVector(""));
            case CommandId.GET_AUDIO_IS_MAIN_SPEAKER -> {
                GetAudioIsMainSpeaker query = GetAudioIsMainSpeaker.decode(m);
                out.control(new MainSpeaker(
                        query.startTime(),
                        query.endTime(),
                        new VoiceprintStatus(false, false, false, VOICE_NO_RESULT)));
            }
            case CommandId.GET_AIVAD_INFO -> {
                GetAiVadInfo query = GetAiVadInfo.decode(m);
                out.control(new AiVadInfo(0, query.startTime(), query.endTime()));
            }
            case CommandId.SET_AUDIO_EFFECT_PUBLISH_VOLUME -> {
                SetAudioEffectPublishVolume set = SetAudioEffectPublishVolume.decode(m);
                publishVolumes.set(set.soundId(), set.volume());
            }
            case CommandId.SET_AUDIO_EFFECT_PLAYOUT_VOLUME -> {
                SetAudioEffectPlayoutVolume set = SetAudioEffectPlayoutVolume.decode(m);
                playoutVolumes.set(set.soundId(), set.volume());
            }
            case CommandId.SET_ALL_AUDIO_EFFECTS_PUBLISH_VOLUME ->
                publishVolumes.setAll(SetAllAudioEffectsPublishVolume.decode(m).volume());
            case CommandId.SET_ALL_AUDIO_EFFECTS_PLAYOUT_VOLUME ->
                playoutVolumes.setAll(SetAllAudioEffectsPlayoutVolume.decode(m).volume());
            case CommandId.GET_AUDIO_EFFECT_PUBLISH_VOLUME ->
                out.control(new AudioEffectVolume(
                        CallbackId.ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME,
                        publishVolumes.get(GetAudioEffectPublishVolume.decode(m).soundId())));
            case CommandId.GET_AUDIO_EFFECT_PLAYOUT_VOLUME ->
                out.control(new AudioEffectVolume(
                        CallbackId.ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME,
                        playoutVolumes.get(GetAudioEffectPlayoutVolume.decode(m).soundId())));
            default -> notEmulated(m.id());
        }
    }

    private void createEngine(CreateRtcEngine create) {
        participant.extra = EngineExtra.parse(create.extra());
        EngineExtra flags = participant.extra;
        warnings.info(
                "create-engine",
                "Connection {}: local core service (emulated cloud). Not available in local mode: decoding H264/H265"
                        + " pushes (they are refused); screen share, dual stream, audio effects, SIP/VoIP, voiceprint"
                        + " and statistics are not emulated.",
                name);
        if (flags.audioObserverCodec() != EngineExtra.CODEC_RAW && !Encoders.available()) {
            warnings.info(
                    "aac-unavailable",
                    "Connection {}: AAC delivery requested (user_specified_audio_observer_codec {}) is unavailable without "
                            + "FFmpeg on the class path; {}",
                    name,
                    flags.audioObserverCodec(),
                    flags.deliversPcm() ? "PCM only is delivered" : "no audio is delivered");
        }
        if (flags.videoObserverCodec() != EngineExtra.CODEC_RAW && !Encoders.available()) {
            warnings.info(
                    "h264-unavailable",
                    "Connection {}: H264 delivery requested (user_specified_video_observer_codec {}) is unavailable without "
                            + "FFmpeg on the class path; {}",
                    name,
                    flags.videoObserverCodec(),
                    flags.deliversYuv() ? "YUV only is delivered" : "no video is delivered");
        }
    }

    private void joinWithToken(TokenJoin join) {
        join(
                join.channel(),
                join.userId(),
                join.config(),
                admission.checkToken(join.token(), join.channel(), join.userId()));
    }

    private void joinWithAuthInfo(JoinChannel join) {
        Credentials auth = join.authInfo();
        JoinAdmission.Result result = admission.checkAuthInfo(
                auth.appId(), auth.channel(), auth.userId(), auth.nonce(), auth.timestamp(), auth.token());
        join(auth.channel(), auth.userId(), join.config(), result);
    }

    private void join(String channel, String userId, JoinSettings config, JoinAdmission.Result admitted) {
        if (participant.isJoined()) {
            warnings.warn(
                    "join-while-joined",
                    "Connection {}: join of {} refused: already in channel {}; leave it first",
                    name,
                    channel,
                    participant.room.key().channel());
            failJoin(ERR_JOIN_FAILED, channel, userId);
            return;
        }
        if (!admitted.admitted()) {
            warnings.info(
                    "join-refused",
                    "Connection {}: join of user {} to channel {} refused with error 0x{}: {}",
                    name,
                    userId,
                    channel,
                    Integer.toHexString(admitted.code()),
                    admitted.reason());
            failJoin(admitted.code(), channel, userId);
            return;
        }
        cloud.join(
                new RoomKey(admitted.appId(), channel),
                participant,
                userId,
                JoinConfig.of(config),
                admitted.expiresAt());
    }

    private void failJoin(int code, String channel, String userId) {
        out.control(new EngineError(code));
        out.control(new JoinChannelResult(code, channel == null ? "" : channel, userId == null ? "" : userId));
    }

    private void leave() {
        cloud.leave(participant);
        out.control(new LeaveChannelResult(0));
        out.control(new ConnectionStatusChanged(CONNECTION_STATUS_DISCONNECTED, REASON_LEAVE_ROOM));
    }

    private void destroy() {
        LOG.debug("Connection {}: destroy", name);
        cloud.leave(participant);
        out.drain(Duration.ofSeconds(1));
        end(true);
    }

    private void publishAudio(boolean enable) {
        participant.inRoom(
                room -> {
                    participant.audioIntent = enable;
                    room.publish(participant, enable, participant.videoPublish.isOn());
                },
                () -> participant.audioIntent = enable);
    }

    private void publishVideo(boolean enable) {
        participant.inRoom(
                room -> {
                    participant.videoIntent = enable;
                    room.publish(
                            participant, participant.audioPublish.isOn(), enable && !participant.config.audioOnly());
                },
                () -> participant.videoIntent = enable);
    }

    private void subscribeVideo(SubscribeRemoteVideoStream subscription) {
        int track = subscription.videoTrack();
        if (track == VIDEO_TRACK_CAMERA || track == VIDEO_TRACK_BOTH) {
            subscribe(subscription.uid(), subscription.subscribe(), false);
        } else {
            notEmulated(-CommandId.SUBSCRIBE_REMOTE_VIDEO_STREAM);
        }
    }

    private void subscribe(String uid, boolean subscribe, boolean audio) {
        if (uid == null || uid.isEmpty()) {
            return;
        }
        participant.inRoom(
                room -> {
                    (audio ? participant.audioWishes : participant.videoWishes).put(uid, subscribe);
                    room.reconcile(participant, uid);
                },
                () -> LOG.debug("Connection {}: subscribing {} before joining has no effect", name, uid));
    }

    private void setRole(int newRole) {
        out.control(new RoleUpdated(role, newRole));
        role = newRole;
    }

    private void setParameter(String param) {
        if (param == null || param.isBlank()) {
            return;
        }
        JsonNode data;
        try {
            byte[] bytes = param.getBytes(StandardCharsets.UTF_8);
            data = ProtocolJson.parse(bytes, 0, bytes.length).path(WireKeys.DATA);
        } catch (RuntimeException e) {
            warnings.warn("parameter-not-json", "Connection {}: SetParameter ignored: the parameter is not JSON", name);
            return;
        }
        JsonNode pub = data.get(WireKeys.ENABLE_PUB_DATA_CHANNEL);
        JsonNode sub = data.get(WireKeys.ENABLE_SUB_DATA_CHANNEL);
        participant.inRoom(
                room -> {
                    boolean announce = applyDataChannel(pub, sub);
                    if (announce) {
                        room.announceDataChannelSubscriber(participant);
                    }
                },
                () -> applyDataChannel(pub, sub));
    }

    /** Applies the data-channel switches; returns whether subscribing was newly enabled. */
    private boolean applyDataChannel(JsonNode pub, JsonNode sub) {
        if (pub != null) {
            participant.dataChannelPublish = pub.asBoolean();
        }
        boolean wasSubscribed = participant.dataChannelSubscribe;
        if (sub != null) {
            participant.dataChannelSubscribe = sub.asBoolean();
        }
        return participant.dataChannelSubscribe && !wasSubscribed;
    }

    private void sendDataChannel(SendDataChannelMsg send) {
        DataChannelMessage message = send.message();
        participant.inRoom(
                room -> room.sendDataChannel(
                        participant, message.networkTime(), message.progress(), message.type(), message.data()),
                () -> warnings.info(
                        "dc-not-joined", "Connection {}: data channel message dropped: not in a channel", name));
    }

    private void sendMediaExtension(SendMediaExtensionMsg send) {
        byte[] payload = send.message();
        if (payload.length > MediaLimits.MAX_SEI_BYTES) {
            warnings.warn(
                    "sei-size",
                    "Connection {}: media extension message of {} bytes dropped: at most {} bytes " + "are allowed",
                    name,
                    payload.length,
                    MediaLimits.MAX_SEI_BYTES);
            return;
        }
        int delay = send.delayMs();
        participant.inRoom(
                room -> {
                    if (!room.scheduleSei(participant, payload, delay)) {
                        warnings.info(
                                "sei-no-video",
                                "Connection {}: media extension message dropped: SEI rides on video, "
                                        + "publish video first",
                                name);
                    }
                },
                () -> warnings.info(
                        "sei-not-joined", "Connection {}: media extension message dropped: not in a channel", name));
    }

    private void enableAudioObserver(EnableAudioFrameObserver observe) {
        int source = observe.audioSource();
        boolean enabled = observe.enabled();
        int code = observe.sampleRate();
        int rate = AudioSampleRate.fromCode(code)
                .map(AudioSampleRate::hz)
                .filter(hz -> hz > 0)
                .orElse(EngineExtra.DEFAULT_DELIVERY_RATE);
        int channels = observe.channels() == 2 ? 2 : 1;
        int callbackId;
        if (source == AUDIO_SOURCE_PUB) {
            callbackId = CallbackId.ON_PUBLISH_AUDIO_FRAME;
        } else if (source == AUDIO_SOURCE_MIXED_ALL) {
            callbackId = CallbackId.ON_MIXED_ALL_AUDIO_FRAME;
        } else {
            notEmulated(-CommandId.ENABLE_AUDIO_FRAME_OBSERVER);
            return;
        }
        AudioObserver observer = enabled ? new AudioObserver(callbackId, PcmFormat.of(rate, channels)) : null;
        Runnable apply = () -> {
            if (source == AUDIO_SOURCE_PUB) {
                participant.publishObserver = observer;
            } else {
                participant.mixedAllObserver = observer;
            }
        };
        participant.inRoom(room -> apply.run(), apply);
    }

    private void notEmulated(int id) {
        if (reportedUnemulated.add(id)) {
            String what = id < 0 ? CommandId.name(-id) + " with these arguments" : CommandId.name(id);
            LOG.info("Connection {}: {} is accepted but not emulated in local mode", name, what);
        }
    }

    private void connectionFailed(IOException cause) {
        LOG.debug("Connection {}: writing to the client failed: {}", name, cause.getMessage());
        closeSocket();
    }

    private void closeSocket() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Connection {}: closing the socket failed", name, e);
        }
        input.wakeup();
    }

    private void end(boolean destroyed) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        cloud.leave(participant);
        out.close();
        closeSocket();
        try {
            input.close();
        } catch (IOException e) {
            LOG.debug("Connection {}: closing the reader failed", name, e);
        }
        LOG.debug("Connection {} ended{}", name, destroyed ? " (engine destroyed)" : "");
        endedFuture.complete(null);
    }
}
