package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks a loopback port for the core service to bind. The port is only known to be free at probe time; the child
 * binds it a moment later and announces the port it really got, which is the one to connect to.
 */
public final class PortProbe {

    private static final int MAX_ATTEMPTS = 999;

    private PortProbe() {}

    /**
     * Returns a random port in {@code [low, high]} that could be bound on 127.0.0.1 just now.
     *
     * @throws IOException when no probed port was free after min(999, 3 x range size) attempts
     */
    public static int findFreePort(int low, int high) throws IOException {
        if (low < 1 || low > high || high > 65535) {
            throw new IllegalArgumentException("Invalid port range [" + low + ", " + high
                    + "]: lowPort and highPort must satisfy 1 <= lowPort <= highPort <= 65535");
        }
        int attempts = (int) Math.min(MAX_ATTEMPTS, (high - low + 1L) * 3);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        for (int i = 0; i < attempts; i++) {
            int port = ThreadLocalRandom.current().nextInt(low, high + 1);
            if (canBind(loopback, port)) {
                return port;
            }
        }
        throw new IOException(
                "No free port in [" + low + ", " + high + "] after " + attempts + " attempts: widen lowPort/highPort");
    }

    private static boolean canBind(InetAddress address, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // Without reuse, as the child binds: a port in TIME_WAIT must count as taken.
            probe.setReuseAddress(false);
            probe.bind(new InetSocketAddress(address, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
