package org.alirtc.camel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Endpoint;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.Route;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code alirtc:} component. It holds the shared sessions: one engine per (mode, app id, channel, user),
 * reference-counted by the consumers and producers that use it.
 */
@Component("alirtc")
public class AliRtcComponent extends DefaultComponent {

    private static final Logger LOG = LoggerFactory.getLogger(AliRtcComponent.class);
    /** The lower-case option name Camel does not know as secret. */
    private static final String SENSITIVE_KEYWORD = "appkey";

    private static final String ENVIRONMENT_PREFIX = "CAMEL_COMPONENT_ALIRTC_";

    @Metadata(description = "Options every endpoint of this component starts from; endpoint options override them.")
    private AliRtcConfiguration configuration = new AliRtcConfiguration();

    private final Map<AliRtcSessionKey, AliRtcSession> sessions = new ConcurrentHashMap<>();
    private final Map<AliRtcSessionKey, AliRtcHealthCheck> healthChecks = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AliRtcConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setChannelId(remaining);
        DurationOptions.requireReadable(parameters);
        AliRtcEndpoint endpoint = new AliRtcEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public AliRtcConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AliRtcConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The sessions currently open, for health checks, consoles and management. */
    public Collection<AliRtcSession> getSessions() {
        return List.copyOf(sessions.values());
    }

    /**
     * Opens the endpoint's session, or joins the running one after merging the options. A new session takes the
     * options of every endpoint of this context that names it, so a consumer's formats apply even when a producer
     * starts the session first; an endpoint that comes later and sets an option nobody had set makes the running
     * session rejoin with it.
     *
     * @param consumer the consumer that will receive the session's items, or null for a producer
     * @throws IllegalArgumentException when options conflict (naming both endpoints) or are invalid
     * @throws Exception                when the engine cannot start or join
     */
    synchronized AliRtcSession acquireSession(AliRtcEndpoint endpoint, AliRtcConsumer consumer) throws Exception {
        AliRtcSessionKey key = endpoint.sessionKey();
        AliRtcSession session = sessions.get(key);
        AliRtcConfiguration contribution =
                AliRtcSessionSettings.contribution(endpoint.getConfiguration(), consumer != null);
        if (session != null) {
            List<String> changed = session.settings().add(endpoint.describe(), contribution);
            session.retain();
            if (consumer != null) {
                session.addConsumer(consumer);
            }
            try {
                session.optionsChanged(changed);
            } catch (Exception e) {
                if (consumer != null) {
                    session.removeConsumer(consumer);
                }
                releaseSession(session);
                throw e;
            }
            return session;
        }
        AliRtcSessionSettings settings = new AliRtcSessionSettings(key, endpoint.describe(), contribution);
        for (AliRtcEndpoint other : sharingEndpoints(endpoint, key)) {
            settings.add(
                    other.describe(),
                    AliRtcSessionSettings.contribution(other.getConfiguration(), isRouteInput(other)));
        }
        settings.freeze();
        session = new AliRtcSession(settings);
        if (consumer != null) {
            // Registered before the join, so the consumer also sees the first online notifications.
            session.addConsumer(consumer);
        }
        session.start();
        sessions.put(key, session);
        healthChecks.put(key, AliRtcHealthCheck.register(getCamelContext(), session));
        return session;
    }

    /** Gives the session back; the last user leaves the channel and releases the engine. */
    synchronized void releaseSession(AliRtcSession session) {
        if (session.release()) {
            sessions.remove(session.key(), session);
            AliRtcHealthCheck check = healthChecks.remove(session.key());
            if (check != null) {
                check.unregister();
            }
        }
    }

    private List<AliRtcEndpoint> sharingEndpoints(AliRtcEndpoint self, AliRtcSessionKey key) {
        List<AliRtcEndpoint> sharing = new ArrayList<>();
        for (Endpoint candidate : getCamelContext().getEndpoints()) {
            if (candidate != self && candidate instanceof AliRtcEndpoint other && other.getComponent() == this) {
                try {
                    if (other.sessionKey().equals(key)) {
                        sharing.add(other);
                    }
                } catch (RuntimeException invalid) {
                    // An invalid endpoint reports its own error when it starts; it cannot share this session.
                    LOG.debug("Skipping endpoint {} while collecting session options", other.describe(), invalid);
                }
            }
        }
        return sharing;
    }

    private boolean isRouteInput(AliRtcEndpoint endpoint) {
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getEndpoint() == endpoint) {
                return true;
            }
        }
        return false;
    }

    /**
     * Camel masks the values of options whose names it knows as secret (token, secretKey ...) in the startup summary
     * and its logs; appKey is not one of them, so it is added to this context's own list. Route dumps print the
     * model as written, without that masking, so the component masks them too.
     */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        applyEnvironment(System.getenv());
        ExtendedCamelContext extension = getCamelContext().getCamelContextExtension();
        String keywords = extension.getAdditionalSensitiveKeywords();
        if (keywords == null || keywords.isBlank()) {
            extension.setAdditionalSensitiveKeywords(SENSITIVE_KEYWORD);
        } else if (!keywords.toLowerCase(Locale.ROOT).contains(SENSITIVE_KEYWORD)) {
            extension.setAdditionalSensitiveKeywords(keywords + "," + SENSITIVE_KEYWORD);
        }
        RouteDumpSecrets.install(getCamelContext());
    }

    /**
     * Sets the options named by {@code CAMEL_COMPONENT_ALIRTC_<OPTION>} variables ({@code APP_KEY} or {@code APPKEY}
     * for appKey), which Camel Main documents but does not apply to components outside its catalog. Application
     * properties bound after this win.
     *
     * @throws IllegalArgumentException naming a variable that names no option
     */
    void applyEnvironment(Map<String, String> environment) {
        PropertyConfigurer configurer = getComponentPropertyConfigurer();
        environment.forEach((variable, value) -> {
            if (variable.startsWith(ENVIRONMENT_PREFIX) && variable.length() > ENVIRONMENT_PREFIX.length()) {
                String option = variable.substring(ENVIRONMENT_PREFIX.length())
                        .replace("_", "")
                        .toLowerCase(Locale.ROOT);
                if (!configurer.configure(getCamelContext(), this, option, value, true)) {
                    throw new IllegalArgumentException("Environment variable " + variable + " names no option of the"
                            + " alirtc component: write CAMEL_COMPONENT_ALIRTC_ and an option name such as APP_KEY"
                            + " or JOIN_TIMEOUT (see the component page)");
                }
            }
        });
    }

    @Override
    protected void doStop() throws Exception {
        for (AliRtcSession session : getSessions()) {
            session.stop();
        }
        sessions.clear();
        healthChecks.values().forEach(AliRtcHealthCheck::unregister);
        healthChecks.clear();
        super.doStop();
    }
}
