package org.alirtc.sdk.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Creates and checks ARTC single-parameter join tokens locally, from the app id and its app key.
 * <p>The token is the standard base64 (with padding) of a JSON object
 * {@code {"appid": ..., "channelid": ..., "userid": ..., "nonce": "", "timestamp": <expiry>, "token": <signature>}}
 * written with Python's default spacing, where the signature is the lower-case hex SHA-256 of
 * {@code appid + appkey + channelid + userid + timestamp}. This is byte for byte what the vendor SDK produces.
 * Generating tokens on a client exposes the app key, so do it only for development and tests; production tokens
 * come from an app server. Neither keys nor tokens ever appear in exception messages.
 */
public final class TokenGenerator {

    /** The longest validity the service accepts for a token. */
    public static final Duration MAX_VALIDITY = Duration.ofHours(24);

    // The token's JSON fields. The protocol's authInfo object uses the same names, so WireKeys takes them from here.
    public static final String FIELD_APP_ID = "appid";
    public static final String FIELD_CHANNEL_ID = "channelid";
    public static final String FIELD_USER_ID = "userid";
    public static final String FIELD_NONCE = "nonce";
    public static final String FIELD_TIMESTAMP = "timestamp";
    public static final String FIELD_SIGNATURE = "token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenGenerator() {}

    /**
     * The contents of a token.
     *
     * @param appId     application id (JSON {@code appid})
     * @param channelId channel id (JSON {@code channelid})
     * @param userId    user id (JSON {@code userid})
     * @param nonce     nonce; always "" in tokens made by this class and the vendor SDK
     * @param timestamp expiry in Unix epoch seconds
     * @param signature lower-case hex SHA-256 signature (JSON {@code token})
     */
    public record DecodedToken(
            String appId, String channelId, String userId, String nonce, long timestamp, String signature) {

        public DecodedToken {
            require(appId, "appId");
            require(channelId, "channelId");
            require(userId, "userId");
            require(nonce, "nonce");
            require(signature, "signature");
        }

        /** When the token stops being valid. */
        public Instant expiresAt() {
            return Instant.ofEpochSecond(timestamp);
        }

        @Override
        public String toString() {
            return "DecodedToken[appId=" + appId + ", channelId=" + channelId + ", userId=" + userId + ", nonce="
                    + nonce + ", timestamp=" + timestamp + ", signature=(hidden)]";
        }
    }

    /**
     * A token for one user in one channel, valid until {@code expiresAtEpochSeconds}.
     *
     * @throws IllegalArgumentException if an argument is null, the app id or key is empty, or the expiry is negative
     */
    public static String generate(
            String appId, String appKey, String channelId, String userId, long expiresAtEpochSeconds) {
        require(appId, "appId");
        require(appKey, "appKey");
        require(channelId, "channelId");
        require(userId, "userId");
        if (appId.isEmpty() || appKey.isEmpty()) {
            throw new IllegalArgumentException("Cannot generate a token with an empty "
                    + (appId.isEmpty() ? "app id" : "app key") + ": pass the values from the ARTC console");
        }
        if (expiresAtEpochSeconds < 0) {
            throw new IllegalArgumentException("Token expiry " + expiresAtEpochSeconds
                    + " is negative: pass the expiry as Unix epoch seconds, e.g. now + 86400");
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put(FIELD_APP_ID, appId);
        json.put(FIELD_CHANNEL_ID, channelId);
        json.put(FIELD_USER_ID, userId);
        json.put(FIELD_NONCE, "");
        json.put(FIELD_TIMESTAMP, expiresAtEpochSeconds);
        json.put(FIELD_SIGNATURE, signature(appId, appKey, channelId, userId, "", expiresAtEpochSeconds));
        return Base64.getEncoder().encodeToString(PythonJson.write(json).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A token valid for {@code validity} from now.
     *
     * @throws IllegalArgumentException if the validity is not positive or longer than {@link #MAX_VALIDITY}
     */
    public static String forValidity(
            String appId, String appKey, String channelId, String userId, Duration validity, Clock clock) {
        require(validity, "validity");
        require(clock, "clock");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException(
                    "Token validity " + validity + " is not positive: use a validity between 1 second and 24 hours");
        }
        if (validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("Token validity " + validity
                    + " is longer than the 24 hours the service accepts: use a validity of at most 24 hours");
        }
        return generate(
                appId, appKey, channelId, userId, clock.instant().plus(validity).getEpochSecond());
    }

    /**
     * The contents of a token, without checking its signature (see {@link #verify(DecodedToken, String)}).
     *
     * @throws IllegalArgumentException if the token is not base64, not a JSON object, or lacks a field
     */
    public static DecodedToken decode(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("Token is empty: pass the token generated for this user and channel");
        }
        byte[] jsonBytes;
        try {
            jsonBytes = Base64.getDecoder().decode(token.strip());
        } catch (IllegalArgumentException notBase64) {
            // The decoder's message is dropped on purpose: it can quote parts of the token.
            throw new IllegalArgumentException("Token is not standard base64: pass the token exactly as generated");
        }
        JsonNode json;
        try {
            json = JSON.readTree(jsonBytes);
        } catch (IOException notJson) {
            // Jackson's message quotes the JSON text, which holds the signature, so it is dropped too.
            throw new IllegalArgumentException("Token does not contain JSON: pass a single-parameter ARTC token");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("Token JSON is not an object: pass a single-parameter ARTC token");
        }
        JsonNode timestamp = json.get(FIELD_TIMESTAMP);
        if (timestamp == null || !timestamp.isIntegralNumber() || !timestamp.canConvertToLong()) {
            throw new IllegalArgumentException("Token JSON lacks a whole-number 'timestamp' field: "
                    + "pass a token made by TokenGenerator or the vendor SDK");
        }
        JsonNode nonce = json.get(FIELD_NONCE);
        return new DecodedToken(
                text(json, FIELD_APP_ID),
                text(json, FIELD_CHANNEL_ID),
                text(json, FIELD_USER_ID),
                nonce == null ? "" : text(json, FIELD_NONCE),
                timestamp.longValue(),
                text(json, FIELD_SIGNATURE));
    }

    /**
     * Whether the token was signed with {@code appKey}. Expiry is not checked here; compare
     * {@link DecodedToken#expiresAt()} with the current time. The comparison takes the same time whatever the
     * signature, so it leaks nothing about the expected value.
     */
    public static boolean verify(DecodedToken token, String appKey) {
        require(token, "token");
        require(appKey, "appKey");
        String expected =
                signature(token.appId(), appKey, token.channelId(), token.userId(), token.nonce(), token.timestamp());
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), token.signature().getBytes(StandardCharsets.UTF_8));
    }

    // Alibaba's documented formula puts the nonce between user id and timestamp; the vendor SDK always uses an
    // empty nonce, so both agree on every token it makes.
    private static String signature(
            String appId, String appKey, String channelId, String userId, String nonce, long timestamp) {
        String input = appId + appKey + channelId + userId + nonce + timestamp;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(
                    "SHA-256 is missing from this Java runtime, which every JDK must provide", e);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("Token JSON lacks a string '" + field
                    + "' field: pass a token made by TokenGenerator or the vendor SDK");
        }
        return value.textValue();
    }

    private static <T> T require(T value, String name) {
        return Checks.notNull(value, name, "pass a value");
    }
}
