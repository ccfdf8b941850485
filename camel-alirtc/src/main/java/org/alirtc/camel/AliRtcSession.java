package org.alirtc.camel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.alirtc.sdk.EngineCounters;
import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.EngineState;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcEngineFactory;
import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioFormat;
import org.alirtc.sdk.model.AudioObserverManualConfig;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.ConnectionStatus;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.ErrorCode;
import org.alirtc.sdk.model.SubscribeMode;
import org.alirtc.sdk.model.TokenGenerator;
import org.alirtc.sdk.model.VideoFormat;
import org.alirtc.sdk.model.VideoFrame;
import org.alirtc.sdk.model.VideoTrack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One engine, one core service and one user in one channel, shared by every consumer and producer that names the
 * same (mode, app id, channel, user), and reference-counted by them. The session joins on first use, leaves when its
 * last user releases it, and rejoins by itself with a new engine and a fresh token when the core service exits, the
 * connection fails or the user is kicked out. Its state and counters are what health checks and consoles show.
 */
public final class AliRtcSession {

    private static final Logger LOG = LoggerFactory.getLogger(AliRtcSession.class);
    /** Extra time on top of the join timeout for the join future itself to report its own timeout. */
    private static final long JOIN_MARGIN_MS = 2_000;
    private static final String LOCAL_DEVELOPMENT_KEY = "local-development-key";

    private final AliRtcSessionSettings settings;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger references = new AtomicInteger(1);
    private final List<AliRtcConsumer> consumers = new CopyOnWriteArrayList<>();
    private final Set<String> usersInRoom = ConcurrentHashMap.newKeySet();
    private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
    private final AtomicLong framesReceived = new AtomicLong();
    private final AtomicLong framesSent = new AtomicLong();
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong pushesDropped = new AtomicLong();
    private final AtomicLong rejoins = new AtomicLong();
    private final AtomicInteger generation = new AtomicInteger();
    private final ReentrantLock connecting = new ReentrantLock();
    private final Object lifecycle = new Object();

    private volatile RtcEngine engine;
    private volatile SessionState state = SessionState.JOINING;
    private volatile String lastError;
    private volatile Instant joinedAt;
    private volatile boolean publishAudio;
    private volatile boolean publishVideo;
    private volatile boolean closed;
    private int reconnectAttempts;
    private ScheduledFuture<?> pendingRejoin;

    AliRtcSession(AliRtcSessionSettings settings, ScheduledExecutorService scheduler) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.publishAudio = settings.configuration().isPublishAudio();
        this.publishVideo = settings.configuration().isPublishVideo();
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    /** Starts the engine and joins; on failure nothing is left running. */
    void start() throws Exception {
        connecting.lock();
        try {
            connect();
        } catch (Exception e) {
            state = SessionState.STOPPED;
            closed = true;
            throw e;
        } finally {
            connecting.unlock();
        }
        markJoined();
    }

    void retain() {
        references.incrementAndGet();
    }

    /** Drops one reference; the last one stops the session. Returns whether it stopped. */
    boolean release() {
        if (references.decrementAndGet() > 0) {
            return false;
        }
        stop();
        return true;
    }

    /** Leaves the channel and releases the engine; idempotent and bounded in time. */
    void stop() {
        synchronized (lifecycle) {
            closed = true;
            state = SessionState.STOPPED;
            cancelPendingRejoin();
        }
        long bound = settings.configuration().getStartTimeout() + settings.configuration().getJoinTimeout()
                + JOIN_MARGIN_MS;
        boolean locked = false;
        try {
            // A rejoin in flight finishes (or gives up) before the engine is released, so none is left behind.
            locked = connecting.tryLock(bound, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            releaseEngine();
        } finally {
            if (locked) {
                connecting.unlock();
            }
        }
        consumers.clear();
        LOG.info("Session {} stopped", settings.key());
    }

    private void connect() throws Exception {
        int myGeneration = generation.incrementAndGet();
        RtcEngine created = RtcEngineFactory.create(settings.engineOptions(), new EngineCallbacks(myGeneration));
        engine = created;
        try {
            configure(created);
            join(created);
        } catch (Exception e) {
            engine = null;
            created.release();
            throw e;
        }
    }

    private void configure(RtcEngine target) {
        AliRtcConfiguration c = settings.configuration();
        target.setClientRole(c.getClientRole());
        if (settings.dataChannel()) {
            target.enableDataChannel(true, true);
        }
        target.setExternalAudioSource(true, c.getAudioSampleRate(), c.getAudioChannels());
        if (!c.isAudioOnly()) {
            target.setExternalVideoSource(true, c.getVideoSource(), c.getRenderMode());
        }
        target.publishLocalAudioStream(publishAudio);
        target.publishLocalVideoStream(publishVideo);
        if (c.getVideoCallbackPeriod() > 0) {
            target.setVideoCallbackPeriod(c.getVideoCallbackPeriod());
        }
    }

    private void join(RtcEngine target) throws Exception {
        AliRtcConfiguration c = settings.configuration();
        AliRtcSessionKey key = settings.key();
        String userName = c.getUserName() != null ? c.getUserName() : key.userId();
        try {
            target.join(token(), key.channelId(), key.userId(), userName, settings.joinConfig(),
                    Duration.ofMillis(c.getJoinTimeout())).get(c.getJoinTimeout() + JOIN_MARGIN_MS,
                    TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Joining " + key + " failed: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Joining " + key + " got no answer within joinTimeout ("
                    + c.getJoinTimeout() + " ms): check the core service, or raise joinTimeout", e);
        }
    }

    /** A token for the next join: from the provider, the fixed token, or signed now with the app key. */
    private String token() {
        AliRtcConfiguration c = settings.configuration();
        AliRtcSessionKey key = settings.key();
        if (c.getTokenProvider() != null) {
            String provided = c.getTokenProvider().token(key.appId(), key.channelId(), key.userId());
            if (provided == null || provided.isBlank()) {
                throw new IllegalStateException("The tokenProvider returned no token for " + key
                        + ": make it return the token issued by your app server");
            }
            return provided;
        }
        if (c.getToken() != null && !c.getToken().isBlank()) {
            return c.getToken();
        }
        // Without credentials only local mode gets here (endpoints check it): its cloud checks signatures only for
        // app ids it has a key for, so a development key serves.
        String appKey = c.getAppKey() != null && !c.getAppKey().isEmpty() ? c.getAppKey() : LOCAL_DEVELOPMENT_KEY;
        return TokenGenerator.forValidity(key.appId(), appKey, key.channelId(), key.userId(),
                Duration.ofMillis(c.getTokenValidity()), Clock.systemUTC());
    }

    private void markJoined() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            state = SessionState.JOINED;
            joinedAt = Instant.now();
            lastError = null;
            reconnectAttempts = 0;
        }
        LOG.info("Session {} joined ({})", settings.key(), describeCore());
    }

    private void releaseEngine() {
        RtcEngine current = engine;
        engine = null;
        usersInRoom.clear();
        if (current != null) {
            try {
                current.release();
            } catch (RuntimeException e) {
                LOG.warn("Releasing the engine of session {} failed: {}", settings.key(), e.getMessage(), e);
            }
        }
    }

    // ---- reconnect -----------------------------------------------------------------------------------------------

    /** Called on the SDK reader thread: never blocks, schedules the rejoin. */
    private void connectionLost(int fromGeneration, String reason) {
        synchronized (lifecycle) {
            if (fromGeneration != generation.get() || closed || state != SessionState.JOINED) {
                return;
            }
            lastError = reason;
            usersInRoom.clear();
            int max = settings.configuration().getMaxReconnectAttempts();
            if (max == 0) {
                state = SessionState.CORE_SERVICE_DOWN;
                LOG.warn("Session {} lost: {}; maxReconnectAttempts=0, so it stays down", settings.key(), reason);
            } else {
                state = SessionState.REJOINING;
                reconnectAttempts = 0;
                LOG.warn("Session {} lost: {}; rejoining", settings.key(), reason);
                scheduleRejoin(settings.configuration().getReconnectInitialDelay());
            }
        }
        event("connectionLost", null, Map.of("reason", reason));
    }

    private void scheduleRejoin(long delayMs) {
        pendingRejoin = scheduler.schedule(this::rejoinAttempt, delayMs, TimeUnit.MILLISECONDS);
    }

    private void cancelPendingRejoin() {
        if (pendingRejoin != null) {
            pendingRejoin.cancel(false);
            pendingRejoin = null;
        }
    }

    private void rejoinAttempt() {
        int attempt;
        synchronized (lifecycle) {
            if (closed || state != SessionState.REJOINING) {
                return;
            }
            attempt = ++reconnectAttempts;
            pendingRejoin = null;
        }
        event("rejoining", null, Map.of("attempt", attempt));
        connecting.lock();
        try {
            if (closed) {
                return;
            }
            releaseEngine();
            connect();
        } catch (Exception e) {
            rejoinFailed(attempt, e);
            return;
        } finally {
            connecting.unlock();
        }
        rejoins.incrementAndGet();
        markJoined();
        resubscribe();
        event("rejoined", null, Map.of("attempt", attempt));
    }

    private void rejoinFailed(int attempt, Exception e) {
        synchronized (lifecycle) {
            lastError = "Rejoin attempt " + attempt + " failed: " + e.getMessage();
            if (closed) {
                return;
            }
            int max = settings.configuration().getMaxReconnectAttempts();
            if (max >= 0 && attempt >= max) {
                state = SessionState.CORE_SERVICE_DOWN;
                LOG.error("Session {} gave up after {} rejoin attempts: {}", settings.key(), attempt, e.getMessage());
            } else {
                LOG.warn("Session {}: {}; next attempt in {} ms", settings.key(), lastError,
                        settings.configuration().getReconnectInterval());
                scheduleRejoin(settings.configuration().getReconnectInterval());
            }
        }
    }

    // ---- control operations --------------------------------------------------------------------------------------

    /** Leaves the channel on request; the session stays open (state STOPPED) until {@link #rejoin()}. */
    void leave() throws Exception {
        synchronized (lifecycle) {
            cancelPendingRejoin();
            state = SessionState.STOPPED;
        }
        RtcEngine current = engine;
        if (current != null && current.state() == EngineState.JOINED) {
            current.leave(Duration.ofMillis(settings.configuration().getLeaveTimeout()))
                    .get(settings.configuration().getLeaveTimeout() + JOIN_MARGIN_MS, TimeUnit.MILLISECONDS);
        }
        usersInRoom.clear();
        event("left", null, Map.of());
    }

    /** Leaves if joined and joins again with a fresh token, on the same engine if it is still usable. */
    void rejoin() throws Exception {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("Session " + settings.key() + " is closed: it cannot rejoin");
            }
            cancelPendingRejoin();
            state = SessionState.REJOINING;
        }
        connecting.lock();
        try {
            RtcEngine current = engine;
            EngineState engineState = current == null ? EngineState.RELEASED : current.state();
            if (engineState == EngineState.JOINED) {
                current.leave(Duration.ofMillis(settings.configuration().getLeaveTimeout()))
                        .get(settings.configuration().getLeaveTimeout() + JOIN_MARGIN_MS, TimeUnit.MILLISECONDS);
                engineState = current.state();
            }
            usersInRoom.clear();
            if (engineState == EngineState.CONNECTED || engineState == EngineState.LEFT) {
                join(current);
            } else {
                releaseEngine();
                connect();
            }
        } catch (Exception e) {
            synchronized (lifecycle) {
                lastError = "Rejoin failed: " + e.getMessage();
                state = SessionState.CORE_SERVICE_DOWN;
            }
            throw e;
        } finally {
            connecting.unlock();
        }
        rejoins.incrementAndGet();
        markJoined();
        resubscribe();
        event("rejoined", null, Map.of("attempt", 1));
    }

    void setPublishAudio(boolean publish) {
        publishAudio = publish;
        requireEngine().publishLocalAudioStream(publish);
    }

    void setPublishVideo(boolean publish) {
        publishVideo = publish;
        requireEngine().publishLocalVideoStream(publish);
    }

    /** Subscribes {@code uid} now if online, and again whenever it comes online or the session rejoins. */
    void subscribe(String uid) {
        subscriptions.add(uid);
        if (usersInRoom.contains(uid)) {
            subscribeNow(uid, true);
        }
    }

    void unsubscribe(String uid) {
        subscriptions.remove(uid);
        if (usersInRoom.contains(uid)) {
            subscribeNow(uid, false);
        }
    }

    private void resubscribe() {
        for (String uid : subscriptions) {
            if (usersInRoom.contains(uid)) {
                subscribeNow(uid, true);
            }
        }
    }

    private void subscribeNow(String uid, boolean subscribe) {
        RtcEngine current = engine;
        if (current == null || settings.joinConfig().subscribeMode() == SubscribeMode.AUTOMATICALLY) {
            return;
        }
        if (settings.joinConfig().subscribeAudioFormat() != AudioFormat.NONE) {
            current.subscribeRemoteAudioStream(uid, subscribe, AudioObserverManualConfig.defaults());
        }
        if (!settings.configuration().isAudioOnly() && settings.joinConfig().subscribeVideoFormat() != VideoFormat.NONE) {
            current.subscribeRemoteVideoStream(uid, VideoTrack.CAMERA, subscribe);
        }
    }

    /**
     * The engine for a send, while joined.
     *
     * @throws IllegalStateException naming the state and the last error otherwise
     */
    RtcEngine requireEngine() {
        RtcEngine current = engine;
        if (current == null || state != SessionState.JOINED) {
            throw new IllegalStateException("Session " + settings.key() + " is not in the channel (state " + state
                    + (lastError != null ? ", last error: " + lastError : "") + "): nothing was sent");
        }
        return current;
    }

    // ---- consumers -----------------------------------------------------------------------------------------------

    void addConsumer(AliRtcConsumer consumer) {
        consumers.add(consumer);
    }

    void removeConsumer(AliRtcConsumer consumer) {
        consumers.remove(consumer);
    }

    private void deliver(AliRtcMessageType type, String userId, Object body) {
        framesReceived.incrementAndGet();
        for (AliRtcConsumer consumer : consumers) {
            consumer.offer(type, userId, body);
        }
    }

    private void event(String type, String userId, Map<String, Object> details) {
        AliRtcEvent event = new AliRtcEvent(type, userId, details);
        for (AliRtcConsumer consumer : consumers) {
            consumer.offer(AliRtcMessageType.EVENT, userId, event);
        }
    }

    void countDropped() {
        framesDropped.incrementAndGet();
    }

    void countSent(int frames) {
        framesSent.addAndGet(frames);
    }

    void countPushDropped() {
        pushesDropped.incrementAndGet();
    }

    // ---- what health checks, consoles and management read --------------------------------------------------------

    public AliRtcSessionKey key() {
        return settings.key();
    }

    AliRtcSessionSettings settings() {
        return settings;
    }

    public EngineMode getMode() {
        return settings.key().mode();
    }

    public String getAppId() {
        return settings.key().appId();
    }

    public String getChannelId() {
        return settings.key().channelId();
    }

    public String getUserId() {
        return settings.key().userId();
    }

    public SessionState getState() {
        return state;
    }

    /** The last failure (connection loss, failed rejoin), or null while healthy. Never contains secrets. */
    public String getLastError() {
        return lastError;
    }

    /** When the session last (re)joined, or null before the first join. */
    public Instant getJoinedAt() {
        return joinedAt;
    }

    /** The process id of the core service when it is a child process, else -1 (in-process or no engine). */
    public long getCorePid() {
        CoreService core = coreService();
        OptionalLong pid = core == null ? OptionalLong.empty() : core.pid();
        return pid.orElse(-1);
    }

    /** The loopback port of the core service, or -1 without an engine. */
    public int getCorePort() {
        CoreService core = coreService();
        return core == null ? -1 : core.port();
    }

    /** A secret-free description of the core service, or "none". */
    public String describeCore() {
        CoreService core = coreService();
        return core == null ? "none" : core.describe();
    }

    /** The engine's state, or RELEASED without an engine. */
    public EngineState getEngineState() {
        RtcEngine current = engine;
        return current == null ? EngineState.RELEASED : current.state();
    }

    /** The engine's traffic counters, or null without an engine. */
    public EngineCounters getEngineCounters() {
        RtcEngine current = engine;
        return current == null ? null : current.counters();
    }

    /** The remote users in the channel, as tracked from online and offline notifications. */
    public Set<String> getUsersInRoom() {
        return Collections.unmodifiableSet(new TreeSet<>(usersInRoom));
    }

    /** Media items and messages received from the channel. */
    public long getFramesReceived() {
        return framesReceived.get();
    }

    /** Audio frames, video frames and messages sent into the channel. */
    public long getFramesSent() {
        return framesSent.get();
    }

    /** Items a consumer's full queue dropped. */
    public long getFramesDropped() {
        return framesDropped.get();
    }

    /** Pushes a producer skipped because the buffer was full (bufferFullPolicy=drop). */
    public long getPushesDropped() {
        return pushesDropped.get();
    }

    /** Successful rejoins since the session started. */
    public long getRejoinCount() {
        return rejoins.get();
    }

    /** Failed rejoin attempts since the last successful join. */
    public int getReconnectAttempts() {
        synchronized (lifecycle) {
            return reconnectAttempts;
        }
    }

    /** How many consumers and producers use the session. */
    public int getReferenceCount() {
        return references.get();
    }

    /** The engine of the session, or null while it has none; for tests and diagnostics. */
    public RtcEngine getEngine() {
        return engine;
    }

    /** The state and counters as a map, for consoles and JSON output. */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mode", getMode().name().toLowerCase(Locale.ROOT));
        map.put("appId", getAppId());
        map.put("channelId", getChannelId());
        map.put("userId", getUserId());
        map.put("state", state.name());
        map.put("engineState", getEngineState().name());
        map.put("lastError", lastError);
        map.put("core", describeCore());
        map.put("corePid", getCorePid());
        map.put("corePort", getCorePort());
        map.put("usersInRoom", getUsersInRoom());
        map.put("framesReceived", getFramesReceived());
        map.put("framesSent", getFramesSent());
        map.put("framesDropped", getFramesDropped());
        map.put("pushesDropped", getPushesDropped());
        map.put("rejoins", getRejoinCount());
        map.put("references", getReferenceCount());
        return map;
    }

    @Override
    public String toString() {
        return "AliRtcSession[" + settings.key() + ", " + state + "]";
    }

    private CoreService coreService() {
        RtcEngine current = engine;
        return current == null ? null : current.coreService();
    }

    /** Receives the engine's callbacks on its reader thread; callbacks of a replaced engine are ignored. */
    private final class EngineCallbacks implements RtcEngineListener {

        private final int myGeneration;

        EngineCallbacks(int myGeneration) {
            this.myGeneration = myGeneration;
        }

        private boolean current() {
            return myGeneration == generation.get();
        }

        @Override
        public void onJoinChannelResult(int result, String channel, String userId) {
            if (current()) {
                event("joined", null, Map.of("result", result, "channel", String.valueOf(channel)));
            }
        }

        @Override
        public void onLeaveChannelResult(int result) {
            if (current()) {
                event("leaveResult", null, Map.of("result", result));
            }
        }

        @Override
        public void onRemoteUserOnLineNotify(String uid) {
            if (!current()) {
                return;
            }
            usersInRoom.add(uid);
            if (subscriptions.contains(uid)) {
                subscribeNow(uid, true);
            }
            event("userOnline", uid, Map.of());
        }

        @Override
        public void onRemoteUserOffLineNotify(String uid) {
            if (current()) {
                usersInRoom.remove(uid);
                event("userOffline", uid, Map.of());
            }
        }

        @Override
        public void onRemoteTrackAvailableNotify(String uid, int audioTrack, int videoTrack) {
            if (current()) {
                event("trackAvailable", uid, Map.of("audioTrack", audioTrack, "videoTrack", videoTrack));
            }
        }

        @Override
        public void onAudioSubscribeStateChanged(String uid, int oldState, int newState, int elapse, String channel) {
            if (current()) {
                event("audioSubscribeState", uid, Map.of("oldState", oldState, "newState", newState));
            }
        }

        @Override
        public void onVideoSubscribeStateChanged(String uid, int oldState, int newState, int elapse, String channel) {
            if (current()) {
                event("videoSubscribeState", uid, Map.of("oldState", oldState, "newState", newState));
            }
        }

        @Override
        public void onAudioPublishStateChanged(int oldState, int newState, int elapse, String channel) {
            if (current()) {
                event("audioPublishState", null, Map.of("oldState", oldState, "newState", newState));
            }
        }

        @Override
        public void onVideoPublishStateChanged(int oldState, int newState, int elapse, String channel) {
            if (current()) {
                event("videoPublishState", null, Map.of("oldState", oldState, "newState", newState));
            }
        }

        @Override
        public void onConnectionStatusChanged(int status, int reason) {
            if (!current()) {
                return;
            }
            event("connectionStatus", null, Map.of("status", status, "reason", reason));
            if (status == ConnectionStatus.FAILED.code()) {
                connectionLost(myGeneration, "connection failed (reason " + reason + ")");
            }
        }

        @Override
        public void onError(int errorCode) {
            if (!current()) {
                return;
            }
            String description = ErrorCode.describe(errorCode);
            event("error", null, Map.of("code", errorCode, "description", description));
            if (errorCode == ErrorCode.LEAVE_UNUSUAL.code() || errorCode == ErrorCode.SESSION_REMOVED.code()) {
                connectionLost(myGeneration, "left the channel unexpectedly: " + description);
            }
        }

        @Override
        public void onCoreServiceExit(int exitCode) {
            if (current()) {
                event("coreServiceExit", null, Map.of("exitCode", exitCode));
                connectionLost(myGeneration, "core service exited with code " + exitCode);
            }
        }

        @Override
        public void onSubscribeAudioFrame(String uid, AudioPcmFrame frame) {
            if (current()) {
                deliver(AliRtcMessageType.AUDIO, uid, frame);
            }
        }

        @Override
        public void onSubscribeMixAudioFrame(AudioPcmFrame frame) {
            if (current()) {
                deliver(AliRtcMessageType.MIXED_AUDIO, null, frame);
            }
        }

        @Override
        public void onRemoteVideoSample(String uid, VideoFrame frame) {
            if (current()) {
                deliver(AliRtcMessageType.VIDEO, uid, frame);
            }
        }

        @Override
        public void onRemoteVideoEncodedSample(String uid, VideoFrame frame) {
            if (current()) {
                deliver(AliRtcMessageType.ENCODED_VIDEO, uid, frame);
            }
        }

        @Override
        public void onSubscribeAudioAac(String uid, AudioAacFrame frame) {
            if (current()) {
                deliver(AliRtcMessageType.AAC, uid, frame);
            }
        }

        @Override
        public void onSubscribeMixedAudioAac(AudioAacFrame frame) {
            if (current()) {
                deliver(AliRtcMessageType.AAC, null, frame);
            }
        }

        @Override
        public void onDataChannelMessage(String uid, DataChannelMessage message) {
            if (current()) {
                deliver(AliRtcMessageType.DATA_CHANNEL, uid, message);
            }
        }

        @Override
        public void onMediaExtensionMsgReceived(String userId, byte[] message) {
            if (current()) {
                deliver(AliRtcMessageType.SEI, userId, new SeiMessage(userId, message, 0, 0, false));
            }
        }
    }
}
