package org.alirtc.camel;

import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;

import org.alirtc.sdk.EngineState;

/**
 * Readiness check of one shared {@link AliRtcSession}: UP while the session and its engine are in the channel, DOWN
 * while the engine is lost, while it is
 * joining, rejoining after a lost connection, given up with the core service down, or stopped. DOWN results carry
 * the state, the reconnect attempts and the last error as details, so a probe tells why the route is not ready.
 * <p>It is a readiness check only: a session that is rejoining recovers by itself, so restarting the JVM (what a
 * failing liveness probe leads to) would not help.
 * <p>Register one per session with {@link #register(CamelContext, AliRtcSession)} when the session opens and
 * {@link #unregister()} it when the session closes (the component does both). It lives in the context's
 * health-check registry, which exists when {@code camel-health} is on the class path.
 * <p>Details never contain the app key or a token.
 */
public final class AliRtcHealthCheck implements HealthCheck {

    /** Group of every session check. */
    public static final String GROUP = "alirtc";

    private final AliRtcSession session;
    private final String id;
    private volatile boolean enabled = true;
    private volatile HealthCheckRegistry registry;

    /** A check of {@code session}; not registered anywhere (see {@link #register}). */
    public AliRtcHealthCheck(AliRtcSession session) {
        this.session = session;
        AliRtcSessionKey key = session.key();
        this.id = "alirtc-" + key.mode().name().toLowerCase(Locale.ROOT) + "-" + key.appId() + "-" + key.channelId()
                + "-" + key.userId();
    }

    /**
     * Creates the check of {@code session} and registers it in the context's health-check registry, where
     * readiness probes (camel-health, Camel Main's HTTP health endpoint, Quarkus, Spring Boot) find it.
     *
     * @return the check, registered when the context has a health-check registry (camel-health on the class path)
     *         and unregistered otherwise; either way {@link #unregister()} is safe to call
     */
    public static AliRtcHealthCheck register(CamelContext context, AliRtcSession session) {
        AliRtcHealthCheck check = new AliRtcHealthCheck(session);
        HealthCheckRegistry found = HealthCheckRegistry.get(context);
        if (found != null && found.register(check)) {
            check.registry = found;
        }
        return check;
    }

    /** Removes the check from the registry it was registered in, if any; idempotent. */
    public void unregister() {
        HealthCheckRegistry registeredIn = registry;
        registry = null;
        if (registeredIn != null) {
            registeredIn.unregister(this);
        }
    }

    /** The session this check reports on. */
    public AliRtcSession getSession() {
        return session;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getGroup() {
        return GROUP;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        if (!enabled) {
            return builder.unknown().message("Disabled").build();
        }
        SessionState state = session.getState();
        builder.detail("mode", session.getMode().name().toLowerCase(Locale.ROOT))
                .detail("app.id", session.getAppId())
                .detail("channel.id", session.getChannelId())
                .detail("user.id", session.getUserId())
                .detail("session.state", state.name())
                .detail("engine.state", session.getEngineState().name())
                .detail("users.in.room", session.getUsersInRoom().size())
                .detail("rejoins", session.getRejoinCount());
        long pid = session.getCorePid();
        if (pid >= 0) {
            builder.detail("core.pid", pid);
        }
        int port = session.getCorePort();
        if (port >= 0) {
            builder.detail("core.port", port);
        }
        String lastError = session.getLastError();
        if (lastError != null) {
            builder.detail("last.error", lastError);
        }
        // The engine may be lost a moment before the session hears of it.
        if (state == SessionState.JOINED && session.getEngineState() == EngineState.JOINED) {
            return builder.up().build();
        }
        builder.detail("reconnect.attempts", session.getReconnectAttempts());
        return builder.down().message(downMessage(state, lastError)).build();
    }

    private String downMessage(SessionState state, String lastError) {
        String why = switch (state) {
            case JOINING -> "is joining the channel";
            case REJOINING -> "lost the channel and is rejoining (attempt " + session.getReconnectAttempts() + ")";
            case CORE_SERVICE_DOWN -> "is out of the channel and the core service is down; no rejoin is pending";
            case STOPPED -> "has left the channel";
            case JOINED -> "lost its engine (" + session.getEngineState() + ") and is about to rejoin";
        };
        return "ARTC session " + session.key() + " " + why + (lastError != null ? ": " + lastError : "");
    }

    @Override
    public String toString() {
        return "AliRtcHealthCheck[" + id + "]";
    }
}
