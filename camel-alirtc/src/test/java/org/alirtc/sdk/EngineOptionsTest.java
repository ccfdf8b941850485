package org.alirtc.sdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.sdk.model.AudioTranscodingCodec;
import org.alirtc.sdk.model.EngineExtraFlags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(
                "Core service binary not found at " + missing
                        + ": set coreServicePath to the AliRtcCoreService executable, or use mode=local",
                e.getMessage());
        Files.writeString(missing, "#!/bin/sh\n");
        assertEquals(missing, EngineOptions.sdk(missing).coreServicePath());
        assertThrows(
                IllegalArgumentException.class,
                () -> local().mode(EngineMode.SDK).build());
    }

    @Test
    void portsMustFormARange() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> local().lowPort(45000).highPort(42000).build())
                .getMessage()
                .contains("1 <= lowPort <= highPort <= 65535"));
        assertThrows(
                IllegalArgumentException.class,
                () -> local().lowPort(0).highPort(10).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> local().lowPort(1).highPort(65536).build());
        assertEquals(5000, local().lowPort(5000).highPort(5000).build().highPort());
    }

    @Test
    void extraJsonMustBeAJsonObject() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> local().extraJson("{oops").build())
                .getMessage()
                .startsWith("extraJson is not valid JSON"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> local().extraJson("[1]").build())
                .getMessage()
                .startsWith("extraJson must be a JSON object"));
        String extra = "{\"user_specified_disable_audio_ranking\": \"true\"}";
        assertEquals(extra, local().extraJson(extra).build().extraJson(), "kept verbatim, not re-encoded");
        assertEquals("{}", local().extraJson("").build().extraJson());
    }

    @Test
    void durationsMustBePositive() {
        assertThrows(
                IllegalArgumentException.class,
                () -> local().leaveTimeout(Duration.ZERO).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> local().connectTimeout(null).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> local().maxChunkBytes(1024).build());
    }

    @Test
    void aCopyKeepsEveryOption() {
        EngineOptions options = local().lowPort(43000)
                .highPort(43100)
                .logPath("/var/log/rtc")
                .h5mode(true)
                .extraJson("{\"a\": 1}")
                .startTimeout(Duration.ofSeconds(7))
                .connectTimeout(Duration.ofSeconds(3))
                .leaveTimeout(Duration.ofSeconds(4))
                .destroyGrace(Duration.ofSeconds(2))
                .enableCoreDumps(false)
                .maxChunkBytes(8 * 1024 * 1024)
                .writeTimeout(Duration.ofSeconds(6))
                .localHub("127.0.0.1:45999")
                .localAppKeys(Map.of("app", "key"))
                .extraFlags(EngineExtraFlags.builder()
                        .audioObserverCodec(AudioTranscodingCodec.AAC)
                        .build())
                .build();
        assertEquals(options, options.toBuilder().build());
        assertEquals("{\"user_specified_audio_observer_codec\":1,\"a\":1}", options.extraJson());
    }

    @Test
    void theRawExtraJsonGoesOnTopOfTheTypedFlags() {
        EngineExtraFlags flags = EngineExtraFlags.builder()
                .disableAudioRanking(true)
                .audioObserverCodec(AudioTranscodingCodec.AAC)
                .audioObserverResampleRate(16000)
                .build();
        EngineOptions options = local().extraFlags(flags)
                .extraJson("{\"user_specified_audio_observer_codec\": 2, \"user_specified_audio_dump\": \"true\"}")
                .build();
        assertEquals(
                "{\"user_specified_disable_audio_ranking\":\"true\",\"user_specified_audio_observer_codec\":2,"
                        + "\"user_specified_audio_observer_resample_rate\":16000,\"user_specified_audio_dump\":\"true\"}",
                options.extraJson());
        assertEquals(flags, options.extraFlags());
    }

    @Test
    void theBuilderNeedsAMode() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> EngineOptions.builder().build())
                .getMessage()
                .startsWith("mode is null"));
    }

    @Test
    void appKeysStayOutOfToString() {
        String text =
                local().localAppKeys(Map.of("app", "very-secret-key")).build().toString();
        assertFalse(text.contains("very-secret-key"), text);
    }

    private static EngineOptions.Builder local() {
        return EngineOptions.local().toBuilder();
    }
}
