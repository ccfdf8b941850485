package org.alirtc.sdk;

import java.io.IOException;
import java.util.ServiceLoader;

import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.ipc.LocalCoreProvider;

/**
 * Starts the local core service in this JVM through the {@link LocalCoreProvider} on the class path. The hub and
 * app keys named in the options go to the provider, which adds those of the environment.
 */
final class LocalCoreLauncher {

    private LocalCoreLauncher() {}

    static CoreService launch(EngineOptions options) throws IOException {
        return provider(LocalCoreLauncher.class.getClassLoader()).start(options.localHub(), options.localAppKeys());
    }

    /**
     * The first provider {@code loader} sees.
     *
     * @throws IOException naming the fix when there is none
     */
    static LocalCoreProvider provider(ClassLoader loader) throws IOException {
        return ServiceLoader.load(LocalCoreProvider.class, loader)
                .findFirst()
                .orElseThrow(() -> new IOException(
                        "mode=local needs the local core service, and no " + LocalCoreProvider.class.getName()
                                + " is on the class path: put the whole camel-alirtc jar on the class path (when repackaging,"
                                + " keep or merge META-INF/services/" + LocalCoreProvider.class.getName()
                                + "), or use mode=sdk with the vendor AliRtcCoreService"));
    }
}
