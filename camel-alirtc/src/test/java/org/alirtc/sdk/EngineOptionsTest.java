package org.alirtc.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineOptionsTest {

    @Test
    void localDefaultsAreTheVendorDemoValues() {
        EngineOptions o = EngineOptions.local();
        assertEquals(EngineMode.LOCAL, o.mode());
        assertEquals(42000, o.lowPort());
        assertEquals(45000, o.highPort());
        assertEquals("/tmp", o.logPath());
        assertFalse(o.h5mode());
        assertEquals("{}", o.extraJson());
        assertEquals(Duration.ofSeconds(10), o.startTimeout());
        assertEquals(Duration.ofSeconds(5), o.connectTimeout());
        assertEquals(Duration.ofSeconds(5), o.leaveTimeout());
        assertEquals(Duration.ofSeconds(3), o.destroyGrace());
        assertTrue(o.enableCoreDumps());
        assertEquals(64 * 1024 * 1024, o.maxChunkBytes());
        assertEquals(Duration.ofSeconds(10), o.writeTimeout());
    }

    @Test
    void sdkModeNeedsTheCoreServiceBinary(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("AliRtcCoreService");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EngineOptions.sdk(missing));
        assertEquals("Core service binary not found at " + missing
                + ": set coreServicePath to the AliRtcCoreService executable, or use mode=local", e.getMessage());
        Files.writeString(missing, "#!/bin/sh\n");
        assertEquals(missing, EngineOptions.sdk(missing).coreServicePath());
        assertThrows(IllegalArgumentException.class, () -> EngineOptions.local().withMode(EngineMode.SDK));
    }

    @Test
    void portsMustFormARange() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EngineOptions.local().withPorts(45000, 42000))
                .getMessage().contains("1 <= lowPort <= highPort <= 65535"));
        assertThrows(IllegalArgumentException.class, () -> EngineOptions.local().withPorts(0, 10));
        assertThrows(IllegalArgumentException.class, () -> EngineOptions.local().withPorts(1, 65536));
        assertEquals(5000, EngineOptions.local().withPorts(5000, 5000).highPort());
    }

    @Test
    void extraJsonMustBeAJsonObject() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EngineOptions.local().withExtraJson("{oops"))
                .getMessage().startsWith("extraJson is not valid JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EngineOptions.local().withExtraJson("[1]"))
                .getMessage().startsWith("extraJson must be a JSON object"));
        String extra = "{\"user_specified_disable_audio_ranking\": \"true\"}";
        assertEquals(extra, EngineOptions.local().withExtraJson(extra).extraJson(), "kept verbatim, not re-encoded");
        assertEquals("{}", EngineOptions.local().withExtraJson("").extraJson());
    }

    @Test
    void durationsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> EngineOptions.local().withLeaveTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> EngineOptions.local().withConnectTimeout(null));
        assertThrows(IllegalArgumentException.class, () -> EngineOptions.local().withMaxChunkBytes(1024));
    }

    @Test
    void appKeysStayOutOfToString() {
        String text = EngineOptions.local().withLocalAppKeys(Map.of("app", "very-secret-key")).toString();
        assertFalse(text.contains("very-secret-key"), text);
    }
}
