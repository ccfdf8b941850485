package org.alirtc.sdk.model;

/**
 * Checks channel and user ids against the ARTC rule: 1 to 64 characters from {@code A-Z a-z 0-9 - _}. Ids are not
 * secret, so messages quote the offending value.
 */
public final class Identifiers {

    /** Longest id the service accepts. */
    public static final int MAX_LENGTH = 64;

    private static final String RULE = "use 1-64 characters from A-Z a-z 0-9 - _";
    private static final int MAX_QUOTED = 80;

    private Identifiers() {}

    /** Whether {@code id} is a valid channel or user id. */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code channelId} if valid.
     *
     * @throws IllegalArgumentException naming the value and the rule otherwise
     */
    public static String requireChannelId(String channelId) {
        return require(channelId, "channel id");
    }

    /**
     * Returns {@code userId} if valid.
     *
     * @throws IllegalArgumentException naming the value and the rule otherwise
     */
    public static String requireUserId(String userId) {
        return require(userId, "user id");
    }

    private static String require(String id, String what) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("Invalid " + what + " " + quote(id) + ": " + RULE);
        }
        return id;
    }

    private static String quote(String id) {
        if (id == null) {
            return "null";
        }
        if (id.length() > MAX_QUOTED) {
            return "'" + id.substring(0, MAX_QUOTED) + "...' (" + id.length() + " characters)";
        }
        return "'" + id + "'";
    }
}
