package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreConnectorTest {

    private static final Duration BOUND = Duration.ofSeconds(15);

    @Test
    void connectsToAServiceThatStartsListeningLate() throws Exception {
        int port = unusedPort();
        CompletableFuture<Integer> received = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(300);
                try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"));
                        Socket accepted = server.accept()) {
                    return accepted.getInputStream().read();
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        try (Socket socket =
                assertTimeoutPreemptively(BOUND, () -> CoreConnector.connect(port, Duration.ofSeconds(5)))) {
            socket.getOutputStream().write(42);
            assertEquals(42, received.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aClosedPortTimesOutWithTheClearMessage() throws Exception {
        int port = unusedPort();

        IOException e = assertTimeoutPreemptively(
                BOUND,
                () -> assertThrows(IOException.class, () -> CoreConnector.connect(port, Duration.ofMillis(300))));

        assertTrue(
                e.getMessage()
                        .startsWith("Could not connect to the core service on port " + port
                                + " within 300 ms: 127.0.0.1: "),
                e.getMessage());
    }

    @Test
    void stopsAtOnceWhenTheServiceHasEnded() throws Exception {
        int port = unusedPort();

        IOException e = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThrows(
                        IOException.class, () -> CoreConnector.connect(port, Duration.ofSeconds(60), () -> false)));

        assertEquals("The core service ended before accepting a connection on port " + port, e.getMessage());
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CoreConnector.connect(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> CoreConnector.connect(4000, Duration.ZERO));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        }
    }
}
