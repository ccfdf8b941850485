package org.alirtc.local;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.alirtc.sdk.model.Identifiers;
import org.alirtc.sdk.model.TokenGenerator;

/**
 * Decides whether a join may go ahead, as the real service does before it lets a user in.
 *
 * <ul>
 * <li>Channel and user ids must be 1-64 characters from letters, digits, '-' and '_': a bad channel gives
 *     ERR_JOIN_BAD_CHANNEL, a bad user id ERR_JOIN_BAD_PARAM.</li>
 * <li>The single-parameter token (joins 24 and 41) must be the base64 JSON the vendor SDK generates, and its
 *     channelid and userid must be the ones joined; otherwise ERR_JOIN_BAD_TOKEN. Its appid chooses the room's
 *     app. The multi-parameter form (join 2) carries the same fields in {@code authInfo}.</li>
 * <li>When an app key is configured for the token's app id, the SHA-256 signature must match and the timestamp
 *     (the expiry, in epoch seconds) must not have passed; otherwise ERR_JOIN_BAD_TOKEN. An app id without a
 *     configured key is accepted unchecked, so local development needs no keys at all. A checked token's expiry
 *     also ends the member's stay once it passes (see {@link LocalCloud}).</li>
 * </ul>
 */
final class JoinAdmission {

    private static final int ERR_JOIN_BAD_CHANNEL = 0x02010204;
    private static final int ERR_JOIN_BAD_TOKEN = 0x02010205;
    private static final int ERR_JOIN_BAD_PARAM = 0x01030101;

    /**
     * The outcome: error code 0 and the app id when admitted, else the code and why (no key in it). {@code expiresAt}
     * is the checked token's expiry, null when it was not checked.
     */
    record Result(int code, String appId, String reason, Instant expiresAt) {

        Result(int code, String appId, String reason) {
            this(code, appId, reason, null);
        }

        boolean admitted() {
            return code == 0;
        }
    }

    private final Map<String, String> appKeys;
    private final Clock clock;

    JoinAdmission(Map<String, String> appKeys, Clock clock) {
        this.appKeys = appKeys;
        this.clock = clock;
    }

    /** Checks a single-parameter token join (commands 24 and 41). */
    Result checkToken(String token, String channel, String userId) {
        Result ids = checkIds(channel, userId);
        if (ids != null) {
            return ids;
        }
        TokenGenerator.DecodedToken decoded;
        try {
            decoded = TokenGenerator.decode(token);
        } catch (IllegalArgumentException e) {
            return new Result(ERR_JOIN_BAD_TOKEN, null, "the token is not an ARTC token: " + e.getMessage());
        }
        if (!decoded.channelId().equals(channel) || !decoded.userId().equals(userId)) {
            return new Result(
                    ERR_JOIN_BAD_TOKEN,
                    null,
                    "the token was made for channel " + decoded.channelId() + " and user " + decoded.userId());
        }
        return checkSignature(decoded);
    }

    /** Checks a multi-parameter join (command 2): app id, channel, user, nonce, timestamp and signature. */
    Result checkAuthInfo(String appId, String channel, String userId, String nonce, long timestamp, String signature) {
        Result ids = checkIds(channel, userId);
        if (ids != null) {
            return ids;
        }
        if (appId == null || appId.isEmpty()) {
            return new Result(ERR_JOIN_BAD_TOKEN, null, "the join carries no app id");
        }
        TokenGenerator.DecodedToken decoded = new TokenGenerator.DecodedToken(
                appId, channel, userId, nonce == null ? "" : nonce, timestamp, signature == null ? "" : signature);
        return checkSignature(decoded);
    }

    private Result checkIds(String channel, String userId) {
        if (!Identifiers.isValidId(channel)) {
            return new Result(ERR_JOIN_BAD_CHANNEL, null, "the channel id is not 1-64 of A-Z a-z 0-9 - _");
        }
        if (!Identifiers.isValidId(userId)) {
            return new Result(ERR_JOIN_BAD_PARAM, null, "the user id is not 1-64 of A-Z a-z 0-9 - _");
        }
        return null;
    }

    private Result checkSignature(TokenGenerator.DecodedToken token) {
        String appKey = appKeys.get(token.appId());
        if (appKey != null) {
            if (!TokenGenerator.verify(token, appKey)) {
                return new Result(
                        ERR_JOIN_BAD_TOKEN,
                        null,
                        "the token of app id " + token.appId() + " is signed with another app key than the one this"
                                + " core knows for it: sign with the same app key in every process sharing the hub");
            }
            if (token.timestamp() < clock.instant().getEpochSecond()) {
                return new Result(ERR_JOIN_BAD_TOKEN, null, "the token expired: generate a fresh one");
            }
            return new Result(0, token.appId(), null, Instant.ofEpochSecond(token.timestamp()));
        }
        return new Result(0, token.appId(), null);
    }
}
