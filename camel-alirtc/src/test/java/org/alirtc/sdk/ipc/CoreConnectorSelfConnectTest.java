package org.alirtc.sdk.ipc;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A loopback connection that met itself is no core service. */
class CoreConnectorSelfConnectTest {

    @Test
    void aSocketConnectedToItsOwnPortIsRecognised() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
            port = probe.getLocalPort();
        }
        try (Socket self = new Socket()) {
            self.setReuseAddress(true);
            self.bind(new InetSocketAddress(loopback, port));
            // With source and destination equal, TCP completes a simultaneous open with itself.
            self.connect(new InetSocketAddress(loopback, port), 2_000);
            assertTrue(CoreConnector.isConnectedToItself(self));
        }
    }

    @Test
    void anOrdinaryConnectionIsNot() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                Socket client = new Socket(server.getInetAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            assertFalse(CoreConnector.isConnectedToItself(client));
            assertFalse(CoreConnector.isConnectedToItself(accepted));
        }
    }
}
