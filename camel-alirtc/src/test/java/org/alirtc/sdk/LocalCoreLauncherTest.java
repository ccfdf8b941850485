package org.alirtc.sdk;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.CoreService;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SDK finds the local core service through the provider registered on the class path, or says how to fix it. */
class LocalCoreLauncherTest {

    @Test
    void theRegisteredProviderStartsACoreServiceInThisJvm() throws IOException {
        CoreService core = LocalCoreLauncher.launch(EngineOptions.local());
        try {
            assertTrue(core.port() > 0);
            assertFalse(core.pid().isPresent(), "in this JVM");
            assertTrue(core.isAlive());
        } finally {
            core.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void withoutAProviderLocalModeFailsNamingTheFix() {
        ClassLoader seesNothing = new ClassLoader(null) {};

        IOException error = assertThrows(IOException.class, () -> LocalCoreLauncher.provider(seesNothing));

        assertTrue(
                error.getMessage().contains("META-INF/services/org.alirtc.sdk.ipc.LocalCoreProvider"),
                error.getMessage());
        assertTrue(error.getMessage().contains("mode=sdk"), error.getMessage());
    }
}
