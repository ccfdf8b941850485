package org.alirtc.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtcEngineFactoryTest {

    @Test
    void sendsTheCreateCommandFirst() throws Exception {
        try (FakeCoreService core = FakeCoreService.start()) {
            RtcEngine engine = RtcEngineFactory.create(core, EngineOptions.local().withH5mode(true),
                    new RtcEngineListener() { });
            Message create = core.awaitCommand(CommandId.CREATE_RTC_ENGINE);
            assertEquals(1, create.header().get("h5mode").asInt());
            assertEquals(EngineState.CONNECTED, engine.state());
            assertEquals(core, engine.coreService());
            engine.release();
        }
    }

    @Test
    void aFailedConnectNamesTheStepAndStopsTheService() throws Exception {
        FakeCoreService core = FakeCoreService.start();
        core.disconnect();
        IOException e = assertThrows(IOException.class, () -> RtcEngineFactory.create(core,
                EngineOptions.local().withConnectTimeout(Duration.ofMillis(300)), new RtcEngineListener() { }));
        assertTrue(e.getMessage().startsWith("Connecting to fake core service port"), e.getMessage());
        assertEquals(1, core.stopCalls());
        core.close();
    }

    @Test
    void sdkModeStartsTheBinaryAndStopsItWhenNothingListens(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("AliRtcCoreService");
        Files.writeString(binary, "#!/bin/sh\necho \"Bind port: $1\"\nexec sleep 30\n");
        binary.toFile().setExecutable(true);
        EngineOptions options = EngineOptions.sdk(binary).withPorts(47000, 47999)
                .withConnectTimeout(Duration.ofMillis(300)).withDestroyGrace(Duration.ofMillis(200));
        IOException e = assertThrows(IOException.class,
                () -> RtcEngineFactory.create(options, new RtcEngineListener() { }));
        assertTrue(e.getMessage().startsWith("Connecting to AliRtcCoreService"), e.getMessage());
    }

    @Test
    void aListenerIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> RtcEngineFactory.create(EngineOptions.local(), null));
    }
}
