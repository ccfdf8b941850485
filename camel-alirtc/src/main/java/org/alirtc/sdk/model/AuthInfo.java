package org.alirtc.sdk.model;

/**
 * Credentials of a join. The vendor leaves every string unset by default, so any field may be {@code null} and
 * then travels as JSON {@code null}; the engine checks what a join needs. {@link #toString()} never shows the
 * token.
 *
 * @param appId     application id (vendor {@code appid})
 * @param channel   channel id
 * @param userId    user id (vendor {@code userid})
 * @param userName  display name (vendor {@code username})
 * @param token     join token, see {@link TokenGenerator}
 * @param timestamp token expiry in Unix epoch seconds
 * @param nonce     unused by the vendor token scheme; normally {@code null} or empty
 * @param role      free-form role string, normally {@code null}
 */
public record AuthInfo(
        String appId,
        String channel,
        String userId,
        String userName,
        String token,
        long timestamp,
        String nonce,
        String role) {

    public AuthInfo {
        if (timestamp < 0) {
            throw new IllegalArgumentException(
                    "timestamp is " + timestamp + ": use the token expiry as Unix epoch seconds (0 or more)");
        }
    }

    /**
     * Credentials as the vendor demo builds them: the user name equals the user id, no token yet
     * (add it with {@link #withToken(String)}), nonce and role unset.
     */
    public static AuthInfo of(String appId, String channel, String userId, long timestamp) {
        return new AuthInfo(appId, channel, userId, userId, null, timestamp, null, null);
    }

    public AuthInfo withToken(String value) {
        return new AuthInfo(appId, channel, userId, userName, value, timestamp, nonce, role);
    }

    public AuthInfo withUserName(String value) {
        return new AuthInfo(appId, channel, userId, value, token, timestamp, nonce, role);
    }

    public AuthInfo withRole(String value) {
        return new AuthInfo(appId, channel, userId, userName, token, timestamp, nonce, value);
    }

    @Override
    public String toString() {
        return "AuthInfo[appId=" + appId + ", channel=" + channel + ", userId=" + userId + ", userName=" + userName
                + ", token=" + (token == null ? "null" : "(" + token.length() + " chars)") + ", timestamp=" + timestamp
                + ", nonce=" + nonce + ", role=" + role + "]";
    }

    /**
     * The single-parameter token for this app id, channel, user id and timestamp (expiry), as the vendor's
     * {@code GenerateToken} does: the nonce, user name and role are not part of it.
     */
    public String generateToken(String appKey) {
        return TokenGenerator.generate(appId, appKey, channel, userId, timestamp);
    }
}
