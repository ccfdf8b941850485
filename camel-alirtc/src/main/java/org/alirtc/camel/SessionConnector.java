package org.alirtc.camel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.EngineState;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcEngineFactory;
import org.alirtc.sdk.RtcException;
import org.alirtc.sdk.model.DevelopmentApp;
import org.alirtc.sdk.model.ErrorCode;
import org.alirtc.sdk.model.TokenGenerator;

/**
 * Creates the session's engine, joins, and rejoins with a new engine and a fresh token when the channel is lost.
 *
 * <p>Every change of the engine or the state runs on one thread of its own while there is work, the session's lane: starting, losing
 * the channel, the rejoin attempts, leaving, rejoining on request and stopping. So they never overlap and need no
 * locks; other threads read the state and hand work to the lane, and every wait for the lane is bounded.
 */
final class SessionConnector {

    private static final Logger LOG = LoggerFactory.getLogger(SessionConnector.class);
    /** Extra time on top of a timeout for the future of the operation itself to report it. */
    private static final long MARGIN_MS = 2_000;

    /** How often a send waiting for the session to be back looks at it. */
    private static final long OUTAGE_POLL_MS = 20;

    private final AliRtcSessionSettings settings;
    private final RoomTracker room;
    private final ConsumerFanOut fanOut;
    private static final long LANE_IDLE_MS = 1_000;

    private final ScheduledThreadPoolExecutor lane;
    private final AtomicLong rejoins = new AtomicLong();

    // Written on the lane only.
    private volatile RtcEngine engine;
    private volatile int generation;
    private volatile SessionState state = SessionState.JOINING;
    private volatile String lastError;
    private volatile Instant joinedAt;
    private volatile int reconnectAttempts;
    private ScheduledFuture<?> pendingRejoin;

    // Written by any thread.
    private volatile boolean closed;
    private volatile boolean publishAudio;
    private volatile boolean publishVideo;

    SessionConnector(AliRtcSessionSettings settings, RoomTracker room, ConsumerFanOut fanOut) {
        this.settings = settings;
        this.room = room;
        this.fanOut = fanOut;
        this.publishAudio = settings.configuration().isPublishAudio();
        this.publishVideo = settings.configuration().isPublishVideo();
        AliRtcSessionKey key = settings.key();
        this.lane = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "alirtc-session-" + key.channelId() + "-" + key.userId());
            thread.setDaemon(true);
            return thread;
        });
        lane.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        // A joined session rarely has work for its lane: the thread ends when idle and is started again on demand,
        // which keeps the order (one thread at most) without a parked thread per session.
        lane.setKeepAliveTime(LANE_IDLE_MS, TimeUnit.MILLISECONDS);
        lane.allowCoreThreadTimeOut(true);
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    /** Starts the engine and joins; on failure nothing is left running. */
    void start() throws Exception {
        try {
            await(
                    () -> {
                        connect();
                        markJoined();
                        return null;
                    },
                    "start");
        } catch (Exception e) {
            closed = true;
            state = SessionState.STOPPED;
            // Behind a start that overran its bound, so its engine is released too.
            lane.execute(this::releaseEngine);
            lane.shutdown();
            throw e;
        }
    }

    /** Leaves the channel and releases the engine; idempotent and bounded in time. */
    void stop() {
        closed = true;
        state = SessionState.STOPPED;
        Future<?> released;
        try {
            // Behind an operation in flight, so no engine it creates is left behind.
            released = lane.submit(() -> {
                cancelPendingRejoin();
                releaseEngine();
            });
        } catch (RejectedExecutionException alreadyStopped) {
            return;
        }
        lane.shutdown();
        try {
            released.get(waitBoundMs(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Releasing the engine of session {} did not complete: {}", settings.key(), e.toString());
        }
    }

    private void connect() throws Exception {
        int next = generation + 1;
        generation = next;
        RtcEngine created = RtcEngineFactory.create(settings.engineOptions(), fanOut.listenerFor(next));
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
            target.join(
                            token(),
                            key.channelId(),
                            key.userId(),
                            userName,
                            settings.joinConfig(),
                            Duration.ofMillis(c.getJoinTimeout()))
                    .get(c.getJoinTimeout() + MARGIN_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String hint = key.mode() == EngineMode.LOCAL
                            && cause instanceof RtcException refused
                            && refused.errorCode() == ErrorCode.JOIN_BAD_TOKEN.code()
                    ? "; " + DevelopmentApp.badTokenHint(key.appId())
                    : "";
            throw new IllegalStateException("Joining " + key + " failed: " + cause.getMessage() + hint, cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "Joining " + key + " got no answer within joinTimeout (" + c.getJoinTimeout()
                            + " ms): check the core service, or raise joinTimeout",
                    e);
        }
    }

    private void leaveChannel(RtcEngine target) throws Exception {
        long timeout = settings.configuration().getLeaveTimeout();
        target.leave(Duration.ofMillis(timeout)).get(timeout + MARGIN_MS, TimeUnit.MILLISECONDS);
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
            return unexpired(c.getToken());
        }
        // Without credentials only local mode gets here (endpoints check it). The development key is the one the CLI
        // signs with, so a hub hosted by either verifies the other's tokens.
        String appKey = c.getAppKey() != null && !c.getAppKey().isEmpty() ? c.getAppKey() : DevelopmentApp.APP_KEY;
        return TokenGenerator.forValidity(
                key.appId(),
                appKey,
                key.channelId(),
                key.userId(),
                Duration.ofMillis(c.getTokenValidity()),
                Clock.systemUTC());
    }

    /**
     * The fixed token, unless its expiry has passed: the service refuses it then (ERR_JOIN_BAD_TOKEN), and nothing
     * would refresh it, so the rejoin fails at once with the fix instead.
     */
    private String unexpired(String token) {
        Instant expiresAt;
        try {
            expiresAt = TokenGenerator.decode(token).expiresAt();
        } catch (IllegalArgumentException notAVendorToken) {
            return token; // the service judges it
        }
        if (expiresAt.isBefore(Instant.now())) {
            throw new IllegalStateException("The token option of " + settings.key() + " expired at " + expiresAt
                    + ": a fixed token is never refreshed, so configure tokenProvider (production) or appKey"
                    + " (development) to give every join and rejoin a fresh token");
        }
        return token;
    }

    private void markJoined() {
        if (closed) {
            return;
        }
        state = SessionState.JOINED;
        joinedAt = Instant.now();
        lastError = null;
        reconnectAttempts = 0;
        LOG.info("Session {} joined ({})", settings.key(), describeCore());
    }

    private void rejoined(int attempt) {
        rejoins.incrementAndGet();
        markJoined();
        room.resubscribe();
        fanOut.publish(new AliRtcEvent("rejoined", null, Map.of("attempt", attempt)));
    }

    private void releaseEngine() {
        RtcEngine current = engine;
        engine = null;
        room.clear();
        if (current != null) {
            try {
                current.release();
            } catch (RuntimeException e) {
                LOG.warn("Releasing the engine of session {} failed: {}", settings.key(), e.getMessage(), e);
            }
        }
    }

    // ---- reconnect -----------------------------------------------------------------------------------------------

    /** Called on the SDK reader thread: never blocks, hands the loss to the lane. */
    void connectionLost(int fromGeneration, String reason) {
        try {
            lane.execute(() -> lost(fromGeneration, reason));
        } catch (RejectedExecutionException stopped) {
            LOG.debug("Session {} is stopped; ignoring: {}", settings.key(), reason);
        }
    }

    private void lost(int fromGeneration, String reason) {
        if (fromGeneration != generation || closed || state != SessionState.JOINED) {
            return;
        }
        lastError = reason;
        room.clear();
        if (settings.configuration().getMaxReconnectAttempts() == 0) {
            state = SessionState.CORE_SERVICE_DOWN;
            LOG.warn("Session {} lost: {}; maxReconnectAttempts=0, so it stays down", settings.key(), reason);
        } else {
            state = SessionState.REJOINING;
            reconnectAttempts = 0;
            LOG.warn("Session {} lost: {}; rejoining", settings.key(), reason);
            scheduleRejoin(settings.configuration().getReconnectInitialDelay());
        }
        fanOut.publish(new AliRtcEvent("connectionLost", null, Map.of("reason", reason)));
    }

    private void scheduleRejoin(long delayMs) {
        pendingRejoin = lane.schedule(this::rejoinAttempt, delayMs, TimeUnit.MILLISECONDS);
    }

    private void cancelPendingRejoin() {
        if (pendingRejoin != null) {
            pendingRejoin.cancel(false);
            pendingRejoin = null;
        }
    }

    private void rejoinAttempt() {
        pendingRejoin = null;
        if (closed || state != SessionState.REJOINING) {
            return;
        }
        int attempt = ++reconnectAttempts;
        fanOut.publish(new AliRtcEvent("rejoining", null, Map.of("attempt", attempt)));
        try {
            releaseEngine();
            connect();
        } catch (Exception e) {
            rejoinFailed(attempt, e);
            return;
        }
        rejoined(attempt);
    }

    private void rejoinFailed(int attempt, Exception e) {
        lastError = "Rejoin attempt " + attempt + " failed: " + e.getMessage();
        if (closed) {
            return;
        }
        int max = settings.configuration().getMaxReconnectAttempts();
        if (max >= 0 && attempt >= max) {
            state = SessionState.CORE_SERVICE_DOWN;
            LOG.error("Session {} gave up after {} rejoin attempts: {}", settings.key(), attempt, e.getMessage());
        } else {
            LOG.warn(
                    "Session {}: {}; next attempt in {} ms",
                    settings.key(),
                    lastError,
                    settings.configuration().getReconnectInterval());
            scheduleRejoin(settings.configuration().getReconnectInterval());
        }
    }

    // ---- control operations --------------------------------------------------------------------------------------

    /** Leaves the channel on request; the session stays open (state STOPPED) until {@link #rejoin()}. */
    void leave() throws Exception {
        await(
                () -> {
                    cancelPendingRejoin();
                    state = SessionState.STOPPED;
                    RtcEngine current = engine;
                    if (current != null && current.state() == EngineState.JOINED) {
                        leaveChannel(current);
                    }
                    room.clear();
                    fanOut.publish(new AliRtcEvent("left", null, Map.of()));
                    return null;
                },
                "leave");
    }

    /** Leaves if joined and joins again with a fresh token, on the same engine if it is still usable. */
    void rejoin() throws Exception {
        rejoin(false);
    }

    /**
     * Applies options a late endpoint merged into the running session: a new engine, created and joined with the
     * merged options, replaces the current one.
     *
     * @param changed the names of the options that changed
     */
    void optionsChanged(List<String> changed) throws Exception {
        LOG.info("Session {} rejoins to apply the options {} of a new endpoint", settings.key(), changed);
        if (changed.contains("publishAudio")) {
            publishAudio = settings.configuration().isPublishAudio();
        }
        if (changed.contains("publishVideo")) {
            publishVideo = settings.configuration().isPublishVideo();
        }
        rejoin(true);
    }

    private void rejoin(boolean newEngine) throws Exception {
        await(
                () -> {
                    if (closed) {
                        throw new IllegalStateException("Session " + settings.key() + " is closed: it cannot rejoin");
                    }
                    cancelPendingRejoin();
                    state = SessionState.REJOINING;
                    try {
                        RtcEngine current = engine;
                        EngineState engineState = current == null ? EngineState.RELEASED : current.state();
                        if (engineState == EngineState.JOINED) {
                            leaveChannel(current);
                            engineState = current.state();
                        }
                        room.clear();
                        if (!newEngine && (engineState == EngineState.CONNECTED || engineState == EngineState.LEFT)) {
                            join(current);
                        } else {
                            releaseEngine();
                            connect();
                        }
                    } catch (Exception e) {
                        lastError = "Rejoin failed: " + e.getMessage();
                        state = SessionState.CORE_SERVICE_DOWN;
                        throw e;
                    }
                    rejoined(1);
                    return null;
                },
                "rejoin");
    }

    void setPublishAudio(boolean publish) {
        publishAudio = publish;
        requireEngine().publishLocalAudioStream(publish);
    }

    void setPublishVideo(boolean publish) {
        publishVideo = publish;
        requireEngine().publishLocalVideoStream(publish);
    }

    /** Whether the session publishes video now (the option, or the last PUBLISH_VIDEO / UNPUBLISH_VIDEO). */
    boolean publishesVideo() {
        return publishVideo;
    }

    /**
     * The engine for a send, while joined.
     *
     * @throws AliRtcSessionUnavailableException naming the state and the last error otherwise
     */
    RtcEngine requireEngine() {
        RtcEngine current = joinedEngine();
        if (current == null) {
            throw unavailable(0);
        }
        return current;
    }

    /**
     * The engine for a send, waiting until {@code deadlineNanos} (a {@link System#nanoTime()} value) while the
     * session is rejoining or about to.
     *
     * @throws AliRtcSessionUnavailableException when the session is not back by then, or will not come back
     */
    RtcEngine awaitEngine(long deadlineNanos, long waitedMs) throws InterruptedException {
        while (true) {
            RtcEngine current = joinedEngine();
            if (current != null) {
                return current;
            }
            if (!recovering() || System.nanoTime() - deadlineNanos >= 0) {
                throw unavailable(waitedMs);
            }
            TimeUnit.MILLISECONDS.sleep(OUTAGE_POLL_MS);
        }
    }

    /**
     * The engine while both the session and the engine are in the channel and the core service answers, else null.
     * Media written to a core service that does not answer its liveness probe would count as sent and be lost.
     */
    RtcEngine joinedEngine() {
        RtcEngine current = engine;
        return current != null
                        && state == SessionState.JOINED
                        && current.state() == EngineState.JOINED
                        && !current.coreServiceSuspect()
                ? current
                : null;
    }

    /** Whether the session will be back by itself: rejoining, or lost and about to rejoin. */
    private boolean recovering() {
        SessionState now = state;
        return !closed
                && (now == SessionState.REJOINING
                        || now == SessionState.JOINING
                        || (now == SessionState.JOINED
                                && settings.configuration().getMaxReconnectAttempts() != 0));
    }

    private AliRtcSessionUnavailableException unavailable(long waitedMs) {
        SessionState now = state;
        RtcEngine current = engine;
        String engineState = current == null
                ? "none"
                : current.state().name()
                        + (current.coreServiceSuspect() ? ", core service not answering its liveness probe" : "");
        String why = "Session " + settings.key() + " is not in the channel (state " + now + ", engine " + engineState
                + (lastError != null ? ", last error: " + lastError : "") + "): nothing was sent";
        String fix = waitedMs > 0
                ? "; it did not come back within outageWait (" + waitedMs + " ms): raise outageWait, or check the"
                        + " core service"
                : recovering()
                        ? "; it is rejoining: set outageWait to let exchanges wait for it, or retry the exchange"
                        : "";
        return new AliRtcSessionUnavailableException(why + fix, now);
    }

    /**
     * Runs {@code operation} on the lane and waits for it, and for an operation in flight before it, no longer than
     * both may take; its exception is thrown as it is.
     *
     * @param verb what the operation does, for messages: "start", "leave", "rejoin"
     */
    private void await(Callable<Void> operation, String verb) throws Exception {
        Future<Void> done;
        try {
            done = lane.submit(operation);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("Session " + settings.key() + " is closed: it cannot " + verb, e);
        }
        try {
            done.get(waitBoundMs(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "Session " + settings.key() + " could not " + verb + " within " + waitBoundMs()
                            + " ms: check the core service",
                    e);
        }
    }

    /**
     * How long to wait for an operation on the lane: one in flight and this one, each step of both using up its own
     * timeout.
     */
    private long waitBoundMs() {
        AliRtcConfiguration c = settings.configuration();
        return 2
                * (c.getLeaveTimeout()
                        + c.getDestroyGrace()
                        + c.getStartTimeout()
                        + c.getConnectTimeout()
                        + c.getJoinTimeout()
                        + 3 * MARGIN_MS);
    }

    // ---- what the session shows ----------------------------------------------------------------------------------

    /** The generation of the current engine: one more for every engine the session creates. */
    int generation() {
        return generation;
    }

    RtcEngine engine() {
        return engine;
    }

    SessionState state() {
        return state;
    }

    String lastError() {
        return lastError;
    }

    Instant joinedAt() {
        return joinedAt;
    }

    long rejoinCount() {
        return rejoins.get();
    }

    int reconnectAttempts() {
        return reconnectAttempts;
    }

    /** A secret-free description of the core service, or "none". */
    String describeCore() {
        RtcEngine current = engine;
        return current == null ? "none" : current.coreServiceInfo().description();
    }
}
