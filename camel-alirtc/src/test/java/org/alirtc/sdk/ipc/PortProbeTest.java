package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortProbeTest {

    @Test
    void findsABindablePortInsideTheRange() throws Exception {
        int port = PortProbe.findFreePort(20000, 60000);

        assertTrue(port >= 20000 && port <= 60000, "port " + port);
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        }
    }

    @Test
    void aRangeWhosePortsAreAllTakenFailsAfterThreeAttemptsPerPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            IOException e = assertThrows(IOException.class, () -> PortProbe.findFreePort(port, port));

            assertEquals(
                    "No free port in [" + port + ", " + port + "] after 3 attempts: widen lowPort/highPort",
                    e.getMessage());
        }
    }

    @Test
    void anInvalidRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PortProbe.findFreePort(5000, 4000));
        assertThrows(IllegalArgumentException.class, () -> PortProbe.findFreePort(0, 4000));
    }
}
