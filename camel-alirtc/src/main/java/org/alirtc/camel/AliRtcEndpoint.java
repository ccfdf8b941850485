package org.alirtc.camel;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

import org.alirtc.media.SpeechDetectorType;
import org.alirtc.media.SpeechDetectors;
import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.model.DevelopmentApp;
import org.alirtc.sdk.model.Identifiers;
import org.alirtc.sdk.model.TokenGenerator;

/**
 * Takes part in an Alibaba Cloud ARTC channel as a virtual user: the consumer receives the room's media, messages
 * and events, the producer publishes audio, video, data channel and SEI messages and runs control operations.
 * Endpoints naming the same user share one {@link AliRtcSession}.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "alirtc",
        title = "Alibaba Cloud ARTC",
        syntax = "alirtc:channelId",
        category = {Category.MESSAGING, Category.CLOUD},
        headersClass = AliRtcConstants.class)
public class AliRtcEndpoint extends DefaultEndpoint {

    /**
     * The values of the secret options (those marked {@code secret} in their {@code @UriParam}), also when written
     * as {@code RAW(...)}.
     */
    private static final Pattern SECRET_VALUES = Pattern.compile("(?i)([?&](?:"
            + Arrays.stream(AliRtcConfiguration.class.getDeclaredFields())
                    .filter(field -> field.isAnnotationPresent(UriParam.class)
                            && field.getAnnotation(UriParam.class).secret())
                    .map(Field::getName)
                    .collect(Collectors.joining("|"))
            + ")=)(?:RAW\\([^)]*\\)|[^&]*)");

    /** host:port, the host in brackets when it is an IPv6 address; it is resolved when the session starts. */
    private static final Pattern HOST_PORT = Pattern.compile("(?:\\[[^\\]]+\\]|[^:\\s]+):(\\d{1,5})");

    @UriParam
    private final AliRtcConfiguration configuration;

    /**
     * @param uri the endpoint URI; its secret values are masked, so that Camel never shows them (endpoint URI,
     *            toString, JMX, messages)
     */
    public AliRtcEndpoint(String uri, AliRtcComponent component, AliRtcConfiguration configuration) {
        super(SECRET_VALUES.matcher(uri).replaceAll("$1xxxxxx"), component);
        this.configuration = configuration;
    }

    @Override
    public AliRtcComponent getComponent() {
        return (AliRtcComponent) super.getComponent();
    }

    public AliRtcConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public Producer createProducer() {
        validate(false);
        return new AliRtcProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        validate(true);
        AliRtcConsumer consumer = new AliRtcConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The session this endpoint shares with every other endpoint naming the same mode, app, channel and user. */
    public AliRtcSessionKey sessionKey() {
        return new AliRtcSessionKey(
                configuration.getMode(), effectiveAppId(), configuration.getChannelId(), configuration.getUserId());
    }

    /** The endpoint URI (with the app key and token masked) for messages and logs. */
    public String describe() {
        return "'" + getEndpointUri() + "'";
    }

    /**
     * The app id: the option, else the one inside a fixed token, else the development app id in local mode (the
     * CLI's too, so both meet in one room), else "".
     */
    String effectiveAppId() {
        if (configuration.getAppId() != null && !configuration.getAppId().isBlank()) {
            return configuration.getAppId();
        }
        if (configuration.getToken() != null && !configuration.getToken().isBlank()) {
            try {
                return TokenGenerator.decode(configuration.getToken()).appId();
            } catch (IllegalArgumentException notDecodable) {
                // An opaque token is still usable; the session is then keyed without an app id.
                return "";
            }
        }
        return configuration.getMode() == EngineMode.LOCAL ? DevelopmentApp.APP_ID : "";
    }

    private void validate(boolean consumer) {
        AliRtcConfiguration c = configuration;
        Identifiers.requireChannelId(c.getChannelId());
        if (c.getUserId() == null) {
            throw new IllegalArgumentException("The userId option is required: add userId=<id> to " + describe());
        }
        Identifiers.requireUserId(c.getUserId());
        if (c.getMode() == null) {
            throw new IllegalArgumentException("The mode option is empty: use mode=sdk or mode=local");
        }
        boolean credentials = c.getTokenProvider() != null || notBlank(c.getToken()) || notBlank(c.getAppKey());
        if (c.getMode() == EngineMode.SDK && !credentials) {
            throw new IllegalArgumentException("Endpoint " + describe() + " has no credentials for mode=sdk: set"
                    + " tokenProvider (production), token, or appId with appKey; or set mode=local to develop without"
                    + " an account (no credentials needed)");
        }
        if (c.getMode() == EngineMode.LOCAL && notBlank(c.getCoreServicePath())) {
            throw new IllegalArgumentException("Endpoint " + describe() + " sets coreServicePath, which only mode=sdk"
                    + " uses: drop coreServicePath, or set mode=sdk to run that AliRtcCoreService");
        }
        if (notBlank(c.getLocalHub()) && !isHostPort(c.getLocalHub().strip())) {
            throw new IllegalArgumentException("The localHub option is '" + c.getLocalHub() + "', which is not"
                    + " host:port: write e.g. localHub=127.0.0.1:47000, or leave it unset to use ALIRTC_LOCAL_HUB");
        }
        requirePositive("startTimeout", c.getStartTimeout());
        requirePositive("connectTimeout", c.getConnectTimeout());
        requirePositive("joinTimeout", c.getJoinTimeout());
        requirePositive("leaveTimeout", c.getLeaveTimeout());
        requirePositive("writeTimeout", c.getWriteTimeout());
        if (notBlank(c.getAppKey()) && effectiveAppId().isEmpty()) {
            throw new IllegalArgumentException("Endpoint " + describe() + " sets appKey without appId: set the"
                    + " appId option so tokens can be signed");
        }
        if (c.getTokenValidity() <= 0 || c.getTokenValidity() > TokenGenerator.MAX_VALIDITY.toMillis()) {
            throw new IllegalArgumentException(
                    "tokenValidity is " + c.getTokenValidity() + " ms: use a duration" + " from 1s to 24h");
        }
        c.speechTurnSettings(); // the speech options, checked before the session listens with them
        if (c.getSpeechDetector() == SpeechDetectorType.SILERO) {
            SpeechDetectors.sileroUnavailable().ifPresent(reason -> {
                throw new IllegalArgumentException(SpeechDetectors.unavailableMessage(reason));
            });
        }
        if (consumer) {
            AliRtcMessageType.parseList(c.getMessageTypes());
            if (c.getQueueSize() < 0) {
                throw new IllegalArgumentException("queueSize is " + c.getQueueSize()
                        + ": use 0 (no hand-off queue: the route runs on the SDK reader thread) or more");
            }
            if (c.getOverflowPolicy() == null) {
                throw new IllegalArgumentException("overflowPolicy is empty: use dropOldest, dropNewest or block");
            }
        } else {
            if (c.getPacing() == null || c.getBufferFullPolicy() == null) {
                throw new IllegalArgumentException("pacing and bufferFullPolicy must be set: use pacing=realTime"
                        + " or none, and bufferFullPolicy=wait, drop or fail");
            }
        }
    }

    private static boolean isHostPort(String text) {
        Matcher matcher = HOST_PORT.matcher(text);
        return matcher.matches()
                && Integer.parseInt(matcher.group(1)) >= 1
                && Integer.parseInt(matcher.group(1)) <= 65_535;
    }

    private static void requirePositive(String option, long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("The " + option + " option is " + millis + " ms: give a positive"
                    + " duration such as 10s or 10000 (milliseconds)");
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
