package org.alirtc.sdk.model;

/**
 * The app id and app key that local mode signs tokens with when no credentials are given. The CLI, the component,
 * the examples and the local core service all use these, so with default options they meet in one room whichever of
 * them hosts the hub. Published values: never valid in the ARTC cloud.
 */
public final class DevelopmentApp {

    /** App id of tokens generated in local mode without credentials. */
    public static final String APP_ID = "alirtc-local-dev";
    /** App key of {@link #APP_ID}. */
    public static final String APP_KEY = "alirtc-local-dev-key";

    private DevelopmentApp() {}

    /**
     * Why a local core service refuses a token with ERR_JOIN_BAD_TOKEN, and the fix, for the message of a failed join
     * in local mode. Names the app id, never a key.
     *
     * @param appId the app id the token was made for, or null when it is not known
     */
    public static String badTokenHint(String appId) {
        String app = appId == null || appId.isEmpty() ? "its app id" : "app id " + appId;
        return "in local mode this means the core service, or the hub named by ALIRTC_LOCAL_HUB that it shares rooms"
                + " through, knows another app key for " + app + " (from the process that started the hub or from"
                + " ALIRTC_LOCAL_APP_KEYS), or the token has expired, or was made for another channel or user."
                + " Every process that shares a hub must sign the tokens of one app id with the same app key: give the"
                + " same app id and app key everywhere, or none at all to use the development app " + APP_ID;
    }
}
