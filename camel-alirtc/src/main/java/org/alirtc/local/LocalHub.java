package org.alirtc.local;

import java.io.IOException;
import java.net.SocketException;
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
 */
public final class LocalHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalHub.class);

    private final LoopbackListener listener;
    private final LocalCoreOptions options;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
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

    /** Stops accepting and ends every connection (their users leave their rooms). */
    @Override
    public void close() {
        closed = true;
        listener.close();
        for (ClientConnection connection : connections) {
            connection.close(Duration.ofSeconds(1));
        }
        try {
            acceptor.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel client;
            try {
                client = listener.accept(null);
            } catch (SocketException closedListener) {
                return;
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Local hub on port {} failed to accept a client: {}", port(), e.getMessage());
                }
                continue;
            }
            try {
                ClientConnection connection = ClientConnection.start(client, LocalCloud.shared(), options);
                connections.add(connection);
                connection.whenEnded(() -> connections.remove(connection));
            } catch (IOException e) {
                LOG.warn("Local hub on port {} could not serve a client: {}", port(), e.getMessage());
            }
        }
    }
}
