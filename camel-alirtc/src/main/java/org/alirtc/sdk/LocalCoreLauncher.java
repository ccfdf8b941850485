package org.alirtc.sdk;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.alirtc.local.LocalCoreOptions;
import org.alirtc.local.LocalCoreServer;
import org.alirtc.sdk.ipc.CoreService;

/**
 * Starts the local core service in this JVM on an ephemeral loopback port: the vendor's port range only matters
 * for the vendor binary, and an ephemeral port cannot collide. The hub and app keys come from the environment
 * ({@code ALIRTC_LOCAL_HUB}, {@code ALIRTC_LOCAL_APP_KEYS}) unless the options name them; keys given in the options
 * are added to those of the environment and win for the same app id.
 */
final class LocalCoreLauncher {

    private LocalCoreLauncher() {
    }

    static CoreService launch(EngineOptions options) throws IOException {
        LocalCoreOptions environment = LocalCoreOptions.defaults();
        Map<String, String> appKeys = new HashMap<>(environment.appKeys());
        appKeys.putAll(options.localAppKeys());
        String hub = options.localHub() != null ? options.localHub() : environment.hub();
        return LocalCoreServer.start(environment.withHub(hub).withAppKeys(appKeys));
    }
}
