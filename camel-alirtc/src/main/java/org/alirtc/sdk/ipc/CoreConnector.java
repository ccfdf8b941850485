package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Connects to a core service's announced port. The service may announce the port a moment before it listens, so
 * connecting is retried every 50 ms until a deadline. The vendor connects to "localhost", which resolves to ::1 or
 * 127.0.0.1 depending on the system, so every attempt tries both.
 */
public final class CoreConnector {

    private static final long RETRY_MILLIS = 50;
    private static final long MAX_ATTEMPT_MILLIS = 1000;

    private CoreConnector() {}

    /** Connects within {@code timeout}, retrying while nothing listens yet. */
    public static Socket connect(int port, Duration timeout) throws IOException {
        return connect(port, timeout, () -> true);
    }

    /**
     * Connects within {@code timeout}, retrying while nothing listens yet, and gives up at once when
     * {@code alive} turns false (the service process has ended).
     *
     * @throws IOException naming the port, the timeout and the last reason when no connection was made
     */
    public static Socket connect(int port, Duration timeout, BooleanSupplier alive) throws IOException {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(
                    "Port " + port + " is outside 1..65535: pass the port the core" + " service announced");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Connect timeout must be a positive duration, was " + timeout);
        }
        List<InetAddress> addresses = List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1"));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!alive.getAsBoolean()) {
                throw new IOException("The core service ended before accepting a connection on port " + port);
            }
            StringBuilder causes = new StringBuilder();
            boolean allRefused = true;
            for (InetAddress address : addresses) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                int attemptMillis = (int) Math.max(1, Math.min(MAX_ATTEMPT_MILLIS, remainingMillis));
                Socket socket = new Socket();
                try {
                    socket.connect(new InetSocketAddress(address, port), attemptMillis);
                    if (isConnectedToItself(socket)) {
                        throw new IOException("nothing listens (the connection met itself)");
                    }
                    return socket;
                } catch (IOException e) {
                    socket.close();
                    allRefused &= e instanceof java.net.ConnectException;
                    causes.append(causes.length() == 0 ? "" : "; ")
                            .append(address.getHostAddress())
                            .append(": ")
                            .append(e.getMessage());
                }
            }
            long remainingNanos = deadline - System.nanoTime();
            if (remainingNanos <= 0) {
                throw new IOException("Could not connect to the core service on port " + port + " within "
                        + timeout.toMillis() + " ms: " + causes
                        + (allRefused
                                ? ". The core service is running but refuses connections, which after it announced"
                                        + " its port means another process connected to the core service first (the"
                                        + " port is visible in its command line; the vendor's design lets any local"
                                        + " process connect)"
                                : ""));
            }
            sleep(Math.min(RETRY_MILLIS, Math.max(1, remainingNanos / 1_000_000)), port);
        }
    }

    /**
     * On loopback, a connect to a port nobody listens on can pick that very port as its source port and complete
     * a TCP simultaneous open with itself; it would then look like a core service that never answers.
     */
    static boolean isConnectedToItself(Socket socket) {
        return socket.getLocalPort() == socket.getPort()
                && socket.getLocalAddress().equals(socket.getInetAddress());
    }

    private static void sleep(long millis, int port) throws InterruptedIOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while connecting to the core service on port " + port);
        }
    }
}
