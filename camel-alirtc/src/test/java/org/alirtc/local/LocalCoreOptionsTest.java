package org.alirtc.local;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalCoreOptionsTest {

    @Test
    void theEnvironmentNamesTheHubAndTheAppKeys() {
        LocalCoreOptions options = LocalCoreOptions.fromEnvironment(Map.of(
                LocalCoreOptions.HUB_VARIABLE, "127.0.0.1:47000",
                LocalCoreOptions.APP_KEYS_VARIABLE, "app1:key1, app2:key2"));
        assertEquals("127.0.0.1:47000", options.hub());
        assertEquals(47000, options.hubAddress().orElseThrow().getPort());
        assertEquals(Map.of("app1", "key1", "app2", "key2"), options.appKeys());
        assertEquals(0, options.port());
        assertEquals(LocalCoreOptions.DEFAULT_ACCEPT_TIMEOUT, options.acceptTimeout());
        assertTrue(LocalCoreOptions.fromEnvironment(Map.of()).hubAddress().isEmpty());
    }

    @Test
    void badValuesAreRefusedWithMessagesThatNameTheFixAndHideTheKeys() {
        IllegalArgumentException keys = assertThrows(
                IllegalArgumentException.class,
                () -> LocalCoreOptions.fromEnvironment(
                        Map.of(LocalCoreOptions.APP_KEYS_VARIABLE, "app1:secret1,broken")));
        assertTrue(keys.getMessage().contains("entry 2 of 2 is not appId:appKey"), keys.getMessage());
        assertFalse(keys.getMessage().contains("secret1"));
        IllegalArgumentException hub = assertThrows(
                IllegalArgumentException.class, () -> LocalCoreOptions.none().withHub("localhost"));
        assertTrue(hub.getMessage().contains("host:port"), hub.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> LocalCoreOptions.none().withHub("localhost:99999"));
        assertThrows(
                IllegalArgumentException.class, () -> LocalCoreOptions.none().withPort(70_000));
        assertThrows(
                IllegalArgumentException.class, () -> LocalCoreOptions.none().withAcceptTimeout(Duration.ZERO));
        String text =
                LocalCoreOptions.none().withAppKeys(Map.of("app", "topsecret")).toString();
        assertFalse(text.contains("topsecret"), text);
    }
}
