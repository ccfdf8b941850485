package org.alirtc.camel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.CoreServiceInfo;
import org.alirtc.sdk.EngineCounters;
import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.EngineState;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.model.AudioFormat;
import org.alirtc.sdk.model.AudioObserverManualConfig;
import org.alirtc.sdk.model.SubscribeMode;
import org.alirtc.sdk.model.VideoFormat;
import org.alirtc.sdk.model.VideoTrack;

/**
 * One engine, one core service and one user in one channel, shared by every consumer and producer that names the
 * same (mode, app id, channel, user), and reference-counted by them. The session joins on first use, leaves when its
 * last user releases it, and rejoins by itself with a new engine and a fresh token when the core service exits, the
 * connection fails or the user is kicked out. Its state and counters are what health checks and consoles show.
 *
 * <p>It puts three parts together: the {@link SessionConnector} creates, joins and rejoins the engine, the
 * {@link RoomTracker} follows the room, and the {@link ConsumerFanOut} hands what the engine reports to the
 * consumers.
 */
public final class AliRtcSession {

    private static final Logger LOG = LoggerFactory.getLogger(AliRtcSession.class);

    private final AliRtcSessionSettings settings;
    private final RoomTracker room;
    private final ConsumerFanOut fanOut;
    private final SessionConnector connector;
    private final SpeechTurns speechTurns;
    private final AtomicInteger references = new AtomicInteger(1);
    private final AtomicLong framesSent = new AtomicLong();
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong pushesDropped = new AtomicLong();

    AliRtcSession(AliRtcSessionSettings settings) {
        this.settings = settings;
        this.room = new RoomTracker(this::subscribeNow);
        this.fanOut = new ConsumerFanOut(room, this::currentGeneration, this::connectionLost);
        this.connector = new SessionConnector(settings, room, fanOut);
        this.speechTurns = new SpeechTurns(fanOut, settings::configuration);
        fanOut.tapAudio(speechTurns);
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    /** Starts the engine and joins; on failure nothing is left running. */
    void start() throws Exception {
        connector.start();
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
        connector.stop();
        speechTurns.close();
        fanOut.clear();
        LOG.info("Session {} stopped", settings.key());
    }

    // ---- control operations --------------------------------------------------------------------------------------

    /** Leaves the channel on request; the session stays open (state STOPPED) until {@link #rejoin()}. */
    void leave() throws Exception {
        connector.leave();
    }

    /** Leaves if joined and joins again with a fresh token, on the same engine if it is still usable. */
    void rejoin() throws Exception {
        connector.rejoin();
    }

    /** Applies the options a late endpoint merged into the running session (see {@link AliRtcSessionSettings#add}). */
    void optionsChanged(List<String> changed) throws Exception {
        if (!changed.isEmpty()) {
            connector.optionsChanged(changed);
        }
    }

    boolean publishesVideo() {
        return connector.publishesVideo();
    }

    void setPublishAudio(boolean publish) {
        connector.setPublishAudio(publish);
    }

    void setPublishVideo(boolean publish) {
        connector.setPublishVideo(publish);
    }

    /** Subscribes {@code uid} now if online, and again whenever it comes online or the session rejoins. */
    void subscribe(String uid) {
        room.subscribe(uid);
    }

    void unsubscribe(String uid) {
        room.unsubscribe(uid);
    }

    private int currentGeneration() {
        return connector.generation();
    }

    private void connectionLost(int generation, String reason) {
        connector.connectionLost(generation, reason);
    }

    private void subscribeNow(String uid, boolean subscribe) {
        RtcEngine current = connector.engine();
        if (current == null || settings.joinConfig().subscribeMode() == SubscribeMode.AUTOMATICALLY) {
            return;
        }
        if (settings.joinConfig().subscribeAudioFormat() != AudioFormat.NONE) {
            current.subscribeRemoteAudioStream(uid, subscribe, AudioObserverManualConfig.defaults());
        }
        if (!settings.configuration().isAudioOnly()
                && settings.joinConfig().subscribeVideoFormat() != VideoFormat.NONE) {
            current.subscribeRemoteVideoStream(uid, VideoTrack.CAMERA, subscribe);
        }
    }

    /**
     * The engine for a send, while joined.
     *
     * @throws IllegalStateException naming the state and the last error otherwise
     */
    RtcEngine requireEngine() {
        return connector.requireEngine();
    }

    /** The engine while the session is in the channel, else null; never waits. */
    RtcEngine joinedEngine() {
        return connector.joinedEngine();
    }

    /**
     * The engine for a send, waiting while the session is rejoining, until {@code deadlineNanos}.
     *
     * @param waitedMs the wait the deadline stands for, for the message when it passes
     * @throws AliRtcSessionUnavailableException when the session is not back in time
     */
    RtcEngine awaitEngine(long deadlineNanos, long waitedMs) throws InterruptedException {
        return connector.awaitEngine(deadlineNanos, waitedMs);
    }

    // ---- consumers -----------------------------------------------------------------------------------------------

    void addConsumer(AliRtcConsumer consumer) {
        fanOut.add(consumer);
    }

    void removeConsumer(AliRtcConsumer consumer) {
        fanOut.remove(consumer);
    }

    /** Lets barge-in stop {@code playback} when a remote user starts speaking over it. */
    void addPlayback(SpeechTurns.Playback playback) {
        speechTurns.addPlayback(playback);
    }

    void removePlayback(SpeechTurns.Playback playback) {
        speechTurns.removePlayback(playback);
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
        return connector.state();
    }

    /** The last failure (connection loss, failed rejoin), or null while healthy. Never contains secrets. */
    public String getLastError() {
        return connector.lastError();
    }

    /** When the session last (re)joined, or null before the first join. */
    public Instant getJoinedAt() {
        return connector.joinedAt();
    }

    /** The process id of the core service when it is a child process, else -1 (in-process or no engine). */
    public long getCorePid() {
        CoreServiceInfo core = coreService();
        return core == null ? -1 : core.pid();
    }

    /** The loopback port of the core service, or -1 without an engine. */
    public int getCorePort() {
        CoreServiceInfo core = coreService();
        return core == null ? -1 : core.port();
    }

    /** A secret-free description of the core service, or "none". */
    public String describeCore() {
        return connector.describeCore();
    }

    /** The engine's state, or RELEASED without an engine. */
    public EngineState getEngineState() {
        RtcEngine current = connector.engine();
        return current == null ? EngineState.RELEASED : current.state();
    }

    /** The engine's traffic counters, or null without an engine. */
    public EngineCounters getEngineCounters() {
        RtcEngine current = connector.engine();
        return current == null ? null : current.counters();
    }

    /** The remote users in the channel, as tracked from online and offline notifications. */
    public Set<String> getUsersInRoom() {
        return room.users();
    }

    /** Media items and messages received from the channel. */
    public long getFramesReceived() {
        return fanOut.framesReceived();
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
        return connector.rejoinCount();
    }

    /** Failed rejoin attempts since the last successful join. */
    public int getReconnectAttempts() {
        return connector.reconnectAttempts();
    }

    /** How many consumers and producers use the session. */
    public int getReferenceCount() {
        return references.get();
    }

    /** The engine of the session, or null while it has none; for tests and diagnostics. */
    public RtcEngine getEngine() {
        return connector.engine();
    }

    /** The state and counters as a map, for consoles and JSON output. */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mode", getMode().name().toLowerCase(Locale.ROOT));
        map.put("appId", getAppId());
        map.put("channelId", getChannelId());
        map.put("userId", getUserId());
        map.put("state", getState().name());
        map.put("engineState", getEngineState().name());
        map.put("lastError", getLastError());
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
        return "AliRtcSession[" + settings.key() + ", " + getState() + "]";
    }

    private CoreServiceInfo coreService() {
        RtcEngine current = connector.engine();
        return current == null ? null : current.coreServiceInfo();
    }
}
