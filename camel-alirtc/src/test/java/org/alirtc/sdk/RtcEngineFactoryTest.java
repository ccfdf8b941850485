package org.alirtc.sdk;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.ipc.Message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RtcEngineFactoryTest {

    @Test
    void sendsTheCreateCommandFirst() throws Exception {
        try (FakeCoreService core = FakeCoreService.start()) {
            RtcEngine engine = RtcEngineFactory.create(
                    core, EngineOptions.local().toBuilder().h5mode(true).build(), new RtcEngineListener() {});
            Message create = core.awaitCommand(CommandId.CREATE_RTC_ENGINE);
            assertEquals(1, create.header().get("h5mode").asInt());
            assertEquals(EngineState.CONNECTED, engine.state());
            assertEquals(core, engine.coreService());
            engine.release();
        }
    }

    @Test
    void aFailedConnectNamesTheStepAndStopsTheService() throws Exception {
        // Bound but never listening: every connect to this port is refused, whatever else runs on the machine.
        try (Socket placeholder = new Socket()) {
            placeholder.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            RefusingCoreService service = new RefusingCoreService(placeholder.getLocalPort());
            IOException e = assertThrows(
                    IOException.class,
                    () -> RtcEngineFactory.create(
                            service,
                            EngineOptions.local().toBuilder()
                                    .connectTimeout(Duration.ofMillis(300))
                                    .build(),
                            new RtcEngineListener() {}));
            assertTrue(e.getMessage().startsWith("Connecting to refusing core service port"), e.getMessage());
            assertEquals(1, service.stopCalls.get());
        }
    }

    @Test
    void sdkModeStartsTheBinaryAndStopsItWhenNothingListens(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("AliRtcCoreService");
        Files.writeString(binary, "#!/bin/sh\necho \"Bind port: $1\"\nexec sleep 30\n");
        binary.toFile().setExecutable(true);
        EngineOptions options = EngineOptions.sdk(binary).toBuilder()
                .lowPort(47000)
                .highPort(47999)
                .connectTimeout(Duration.ofMillis(300))
                .destroyGrace(Duration.ofMillis(200))
                .build();
        IOException e =
                assertThrows(IOException.class, () -> RtcEngineFactory.create(options, new RtcEngineListener() {}));
        assertTrue(e.getMessage().startsWith("Connecting to AliRtcCoreService"), e.getMessage());
    }

    @Test
    void aListenerIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> RtcEngineFactory.create(EngineOptions.local(), null));
    }

    /** A core service whose port refuses connections; counts how often it is told to stop. */
    private static final class RefusingCoreService implements CoreService {

        private final int port;
        private final CompletableFuture<Integer> exit = new CompletableFuture<>();
        private final AtomicInteger stopCalls = new AtomicInteger();

        RefusingCoreService(int port) {
            this.port = port;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public OptionalLong pid() {
            return OptionalLong.empty();
        }

        @Override
        public CompletableFuture<Integer> exitFuture() {
            return exit;
        }

        @Override
        public void stop(Duration grace) {
            stopCalls.incrementAndGet();
            exit.complete(0);
        }

        @Override
        public String describe() {
            return "refusing core service port " + port;
        }
    }
}
