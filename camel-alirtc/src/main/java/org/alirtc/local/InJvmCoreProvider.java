package org.alirtc.local;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.ipc.LocalCoreProvider;

/**
 * The SDK's way to the local core service: a {@link LocalCoreServer} on an ephemeral loopback port, since the
 * vendor's port range only matters for the vendor binary and an ephemeral port cannot collide. The hub and app keys
 * come from the environment ({@value LocalCoreOptions#HUB_VARIABLE}, {@value LocalCoreOptions#APP_KEYS_VARIABLE})
 * unless the caller names them.
 */
public final class InJvmCoreProvider implements LocalCoreProvider {

    @Override
    public CoreService start(String hub, Map<String, String> appKeys) throws IOException {
        LocalCoreOptions environment = LocalCoreOptions.defaults();
        Map<String, String> keys = new HashMap<>(environment.appKeys());
        keys.putAll(appKeys);
        return LocalCoreServer.start(
                environment.withHub(hub != null ? hub : environment.hub()).withAppKeys(keys));
    }
}
