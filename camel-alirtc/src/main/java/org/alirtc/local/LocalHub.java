package org.alirtc.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server that holds rooms for several processes: it speaks the same core-service protocol as
 * {@link LocalCoreServer} but accepts any number of client connections, each served as one connection in this
 * JVM's {@link LocalCloud}. Local cores in other processes relay their client's connection to it (see
 * {@link LocalCoreServer}). It listens on 127.0.0.1 (and ::1) until {@link #close()}; its threads are daemon
 * threads named {@code alirtc-local-...}.
 *
 * <p>Under abuse it degrades and recovers: it serves at most {@link LocalCoreOptions#maxConnections()} clients at
 * once and disconnects any further one at once; when accepting fails (typically because the process ran out of
 * file descriptors) it retries with a back-off of up to one second instead of spinning, logs the failure at most
 * once a second, and serves new clients again as soon as descriptors are free.
 */
public final class LocalHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalHub.class);
    private static final long MAX_ACCEPT_BACKOFF_MILLIS = 1_000;
    private static final Duration CONNECTION_CLOSE_WAIT = Duration.ofMillis(20);
    private static final Duration WARM_UP_WAIT = Duration.ofSeconds(2);

    private final LoopbackListener listener;
    private final LocalCoreOptions options;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final RateLimitedLog warnings = new RateLimitedLog(LOG);
    private final Thread acceptor;
    private volatile boolean closed;

    private LocalHub(LoopbackListener listener, LocalCoreOptions options) {
        this.listener = listener;
        this.options = options;
        this.acceptor = new Thread(this::acceptLoop, "alirtc-local-hub-" + listener.port());
        this.acceptor.setDaemon(true);
    }

    /**
     * Binds {@code options.port()} (0 = ephemeral) and starts accepting. The hub checks tokens against
     * {@code options.appKeys()}; its own hub setting is ignored.
     *
     * @throws IOException when the port cannot be bound
     */
    public static LocalHub start(LocalCoreOptions options) throws IOException {
        LocalHub hub = new LocalHub(LoopbackListener.bind(options.port()), options.withHub(null));
        hub.acceptor.start();
        hub.warmUp();
        LOG.info("Local hub listening on port {}", hub.port());
        return hub;
    }

    public int port() {
        return listener.port();
    }

    /** Number of clients being served. */
    public int clientCount() {
        return connections.size();
    }

    /**
     * Serves and ends one connection to itself. Some JDK classes on the connection path open a file while they
     * initialise ({@code sun.nio.ch.FileDispatcherImpl} does); loaded for the first time when the process is out of
     * descriptors they fail for good, and a hub that had served nobody yet could never accept again.
     */
    private void warmUp() throws IOException {
        try (Socket self = new Socket(InetAddress.getLoopbackAddress(), port())) {
            self.setSoTimeout((int) WARM_UP_WAIT.toMillis());
            long deadline = System.nanoTime() + WARM_UP_WAIT.toNanos();
            while (connections.isEmpty() && System.nanoTime() < deadline) {
                pause(5);
            }
        }
        long deadline = System.nanoTime() + WARM_UP_WAIT.toNanos();
        while (!connections.isEmpty() && System.nanoTime() < deadline) {
            pause(5);
        }
    }

    /** Stops accepting and ends every connection (their users leave their rooms). */
    @Override
    public void close() {
        closed = true;
        listener.close();
        // Each connection gets a short wait, so a hub with hundreds of clients still ends within the 2 s of a SIGTERM.
        for (ClientConnection connection : connections) {
            connection.close(CONNECTION_CLOSE_WAIT);
        }
        try {
            acceptor.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        long backoffMillis = 0;
        long failures = 0;
        long refused = 0;
        while (!closed) {
            SocketChannel client;
            try {
                client = listener.accept(null);
                backoffMillis = 0;
            } catch (IOException | RuntimeException | LinkageError e) {
                if (closed || !listener.isOpen()) {
                    return;
                }
                // Typically "Too many open files": the client waits in the backlog, so retrying at once would spin.
                failures++;
                backoffMillis = Math.min(MAX_ACCEPT_BACKOFF_MILLIS, Math.max(10, backoffMillis * 2));
                warnings.warn(
                        "accept",
                        "Local hub on port {} cannot accept a client ({} failures so far): {}; retrying every {} ms"
                                + " at most. Raise the open-file limit (ulimit -n) or lower {} (now {})",
                        port(),
                        failures,
                        e.toString(),
                        MAX_ACCEPT_BACKOFF_MILLIS,
                        LocalCoreOptions.MAX_CONNECTIONS_VARIABLE,
                        options.maxConnections());
                pause(backoffMillis);
                continue;
            }
            if (connections.size() >= options.maxConnections()) {
                refused++;
                closeQuietly(client);
                warnings.warn(
                        "cap",
                        "Local hub on port {} disconnected a new client: it already serves {} clients, its cap"
                                + " ({} refused so far); raise {} if this many clients are expected",
                        port(),
                        options.maxConnections(),
                        refused,
                        LocalCoreOptions.MAX_CONNECTIONS_VARIABLE);
                continue;
            }
            try {
                ClientConnection connection = ClientConnection.start(client, LocalCloud.shared(), options);
                connections.add(connection);
                connection.whenEnded(() -> connections.remove(connection));
            } catch (IOException | RuntimeException | LinkageError e) {
                // Out of descriptors, a connection cannot even be set up; the acceptor must live on regardless.
                closeQuietly(client);
                warnings.warn("serve", "Local hub on port {} could not serve a client: {}", port(), e.toString());
                pause(MAX_ACCEPT_BACKOFF_MILLIS);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(SocketChannel client) {
        try {
            client.close();
        } catch (IOException | LinkageError e) {
            LOG.debug("Closing a client socket failed", e);
        }
    }
}
