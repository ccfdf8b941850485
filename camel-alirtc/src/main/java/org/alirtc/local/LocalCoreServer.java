package org.alirtc.local;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.ipc.CoreService;

/**
 * The local core service: a drop-in for the vendor's {@code AliRtcCoreService} that serves one engine over the
 * same protocol, backed by an emulated ARTC cloud, so applications can be developed and tested offline.
 *
 * <h2>Life cycle</h2>
 * {@link #start} binds 127.0.0.1 and, where available, ::1 on the same port (clients connect to "localhost"),
 * then accepts exactly one client connection and serves it: one engine, one user, as with the vendor binary.
 * The server ends, and {@link #exitFuture()} completes with 0, after the client's destroy command (23), when the
 * client's connection closes, or when no client connected within {@link LocalCoreOptions#acceptTimeout()}. A
 * client that goes away without leaving its channel is removed from it, so the others see it go offline. All
 * threads are daemon threads named {@code alirtc-local-...} and end with the server.
 *
 * <h2>Rooms across processes: hubs</h2>
 * Rooms live in the JVM-wide {@link LocalCloud}, which every local core in one JVM shares directly. Processes
 * share rooms through a hub ({@link LocalHub}): a server speaking the same protocol that accepts any number of
 * clients, each served in the hub JVM's cloud. A local core whose options name a hub
 * ({@code ALIRTC_LOCAL_HUB=host:port}) does not serve its client itself: it accepts its one client and relays the byte
 * stream, unchanged in both directions, to a new connection to the hub, closing both when either side closes.
 * <b>First becomes hub:</b> when the hub address is on this host's loopback and nothing listens there, the core
 * starts the hub inside its own process on that port, so the hub lives as long as that process (its connections end
 * with it). For long-lived setups start a dedicated hub with {@code LocalCoreMain --hub <port>}. The hub checks
 * tokens against its own app keys.
 *
 * <h2>What is emulated</h2>
 * Joining, token checks, duplicate-user kicks, online/offline, publish and subscribe states, audio mixing with
 * ranking, per-user and mixed PCM every 10 ms, pushed-media pacing and buffer-full callbacks, video forwarding,
 * data channel and SEI, as described on {@link Room}, {@link AudioRound}, {@link AudioPushBuffer},
 * {@link JoinAdmission} and {@link ClientConnection}; AAC and H264 delivery when FFmpeg is on the class path
 * ({@link Encoders}). Not available: decoding H264/H265 pushes, screen share, dual stream, audio effects,
 * SIP/VoIP, voiceprint and statistics callbacks. Each connection says so once in its log.
 */
public final class LocalCoreServer implements CoreService {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCoreServer.class);
    private static final Duration HUB_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final int HUB_CONNECT_ATTEMPTS = 20;
    /** Hubs started by first-becomes-hub, by port; they live as long as this JVM. */
    private static final Map<Integer, LocalHub> EMBEDDED_HUBS = new ConcurrentHashMap<>();

    private final LoopbackListener listener;
    private final LocalCoreOptions options;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Thread acceptor;
    private volatile ClientConnection connection;
    private volatile SocketRelay relay;
    private volatile boolean stopping;

    private LocalCoreServer(LoopbackListener listener, LocalCoreOptions options) {
        this.listener = listener;
        this.options = options;
        this.acceptor = new Thread(this::acceptAndServe, "alirtc-local-accept-" + listener.port());
        this.acceptor.setDaemon(true);
    }

    /**
     * Binds the port and starts waiting for the one client.
     *
     * @throws IOException when the port cannot be bound
     */
    public static LocalCoreServer start(LocalCoreOptions options) throws IOException {
        LocalCoreServer server = new LocalCoreServer(LoopbackListener.bind(options.port()), options);
        server.acceptor.start();
        LOG.info(
                "Local core service listening on port {}{}",
                server.port(),
                options.hub() == null ? "" : " (rooms on hub " + options.hub() + ")");
        return server;
    }

    /** The version reported by GetSDKVersion, from the jar manifest when there is one. */
    static String version() {
        String version = LocalCoreServer.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public int port() {
        return listener.port();
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
        try {
            exit.get(Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.debug("Local core on port {} did not end within {}; closing it", port(), grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopping = true;
        listener.close();
        ClientConnection current = connection;
        if (current != null) {
            current.close(Duration.ofSeconds(2));
        }
        SocketRelay currentRelay = relay;
        if (currentRelay != null) {
            currentRelay.close();
        }
        try {
            acceptor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exit.complete(0);
    }

    /** The connection serving the client, when this core hosts it itself (no hub) and it has connected. */
    ClientConnection connection() {
        return connection;
    }

    @Override
    public String describe() {
        return "local core service port " + port() + (options.hub() == null ? "" : " via hub " + options.hub());
    }

    private void acceptAndServe() {
        SocketChannel client;
        try {
            client = listener.accept(options.acceptTimeout());
        } catch (SocketTimeoutException e) {
            LOG.warn("Local core on port {}: no client connected within {}; ending", port(), options.acceptTimeout());
            exit.complete(0);
            return;
        } catch (IOException e) {
            if (!stopping) {
                LOG.warn("Local core on port {}: accepting failed: {}", port(), e.getMessage());
            }
            exit.complete(0);
            return;
        } finally {
            listener.close();
        }
        if (stopping) {
            closeQuietly(client);
            exit.complete(0);
            return;
        }
        try {
            if (options.hub() != null) {
                relay = SocketRelay.start(
                        client.socket(), connectHub(options.hubAddress().orElseThrow()), () -> exit.complete(0));
            } else {
                ClientConnection started = ClientConnection.start(client, LocalCloud.shared(), options);
                connection = started;
                started.whenEnded(() -> exit.complete(0));
            }
        } catch (IOException e) {
            LOG.error("Local core on port {} cannot serve its client: {}", port(), e.getMessage());
            closeQuietly(client);
            exit.complete(0);
        }
    }

    /** Connects to the hub, starting it in this process first when it is local and not running (first becomes hub). */
    private Socket connectHub(InetSocketAddress address) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < HUB_CONNECT_ATTEMPTS; attempt++) {
            Socket socket = new Socket();
            try {
                socket.connect(address, (int) HUB_CONNECT_TIMEOUT.toMillis());
                return socket;
            } catch (ConnectException refused) {
                closeQuietly(socket);
                last = refused;
                if (!address.getAddress().isLoopbackAddress()) {
                    break;
                }
                becomeHub(address.getPort());
            } catch (IOException e) {
                closeQuietly(socket);
                throw new IOException("Cannot reach hub " + options.hub() + ": " + e.getMessage(), e);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IOException(
                "Cannot reach hub " + options.hub() + " (" + (last == null ? "interrupted" : last.getMessage())
                        + "); start one with LocalCoreMain --hub <port> or use a loopback address",
                last);
    }

    private void becomeHub(int hubPort) {
        EMBEDDED_HUBS.computeIfAbsent(hubPort, p -> {
            try {
                LocalHub hub = LocalHub.start(options.withPort(p));
                LOG.info("No hub was listening on port {}: this process now hosts it for as long as it runs", p);
                return hub;
            } catch (IOException taken) {
                LOG.debug("Another process became the hub on port {} first: {}", p, taken.getMessage());
                return null;
            }
        });
    }

    private static void closeQuietly(Closeable socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing a socket failed", e);
        }
    }
}
