package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.util.Map;

/**
 * Starts a local core service in this JVM. The SDK finds the implementation with {@link java.util.ServiceLoader}
 * (registered in {@code META-INF/services}), so it runs local mode without depending on the package that
 * implements the core service.
 */
public interface LocalCoreProvider {

    /**
     * Starts a core service on an ephemeral loopback port, waiting for its one client.
     *
     * @param hub     {@code host:port} of the hub that holds the rooms, or null for the one the environment names
     *                (or none)
     * @param appKeys app key per app id, added to those the environment names and winning for the same app id
     * @throws IOException when the core service cannot start
     */
    CoreService start(String hub, Map<String, String> appKeys) throws IOException;
}
