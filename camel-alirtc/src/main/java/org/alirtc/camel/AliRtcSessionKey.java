package org.alirtc.camel;

import java.util.Locale;

import org.alirtc.sdk.EngineMode;

/**
 * Identifies a shared {@link AliRtcSession}: ARTC kicks the earlier connection when a user id joins a channel twice,
 * so every endpoint naming the same user in the same channel of the same app and mode must share one engine.
 */
public record AliRtcSessionKey(EngineMode mode, String appId, String channelId, String userId) {

    @Override
    public String toString() {
        return "mode " + mode.name().toLowerCase(Locale.ROOT) + ", app '" + appId + "', channel '" + channelId
                + "', user '" + userId + "'";
    }
}
