package org.alirtc.camel;

/**
 * Supplies join tokens from an application server, the production way: ARTC tokens are signed with the app key,
 * which should never ship with the client. Called before every join and rejoin, on a Camel thread; it may block
 * (for example on an HTTP call) but should return within the join timeout.
 */
@FunctionalInterface
public interface AliRtcTokenProvider {

    /**
     * A single-parameter (base64) join token for {@code userId} in {@code channelId}.
     *
     * @param appId the app id the endpoint is configured with, or {@code ""} when none is set
     */
    String token(String appId, String channelId, String userId);
}
