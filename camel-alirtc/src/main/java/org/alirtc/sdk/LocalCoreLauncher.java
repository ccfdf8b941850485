package org.alirtc.sdk;

import java.io.IOException;

import org.alirtc.local.LocalCoreOptions;
import org.alirtc.local.LocalCoreServer;
import org.alirtc.sdk.ipc.CoreService;

/**
 * Starts the local core service in this JVM on an ephemeral loopback port: the vendor's port range only matters
 * for the vendor binary, and an ephemeral port cannot collide.
 */
final class LocalCoreLauncher {

    private LocalCoreLauncher() {
    }

    static CoreService launch(EngineOptions options) throws IOException {
        return LocalCoreServer.start(LocalCoreOptions.none().withHub(options.localHub())
                .withAppKeys(options.localAppKeys()));
    }
}
