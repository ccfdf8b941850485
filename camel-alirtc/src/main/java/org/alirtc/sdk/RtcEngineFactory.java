package org.alirtc.sdk;

import java.io.IOException;
import java.net.Socket;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.ipc.ChannelCommand;
import org.alirtc.sdk.ipc.ConnectionOptions;
import org.alirtc.sdk.ipc.CoreConnection;
import org.alirtc.sdk.ipc.CoreConnector;
import org.alirtc.sdk.ipc.CoreProcessOptions;
import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.ipc.CoreServiceProcess;
import org.alirtc.sdk.ipc.Direction;

/**
 * Creates {@link RtcEngine}s: starts a core service (the vendor binary or the local one), connects to it and sends
 * the create-engine command — the Java counterpart of the vendor's {@code CreateAliRTCEngine}, with timeouts on
 * every wait.
 */
public final class RtcEngineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(RtcEngineFactory.class);

    private RtcEngineFactory() {}

    /**
     * Starts a core service as {@code options} say and returns an engine connected to it.
     *
     * @throws IOException naming the step that failed (starting the core service, connecting, or sending the
     *                     create command); whatever was already started is stopped
     */
    public static RtcEngine create(EngineOptions options, RtcEngineListener listener) throws IOException {
        Objects.requireNonNull(options, "options");
        requireListener(listener);
        CoreServiceLauncher launcher =
                options.mode() == EngineMode.SDK ? RtcEngineFactory::launchProcess : LocalCoreLauncher::launch;
        CoreService service;
        try {
            service = launcher.launch(options);
        } catch (IOException e) {
            throw new IOException("Starting the " + options.mode() + " core service failed: " + e.getMessage(), e);
        }
        return create(service, options, listener);
    }

    /**
     * Connects an engine to an already running core service, which the engine then owns (it stops it on release
     * and on failure here).
     */
    static RtcEngine create(CoreService service, EngineOptions options, RtcEngineListener listener) throws IOException {
        return create(service, options, listener, new DataChannelRateLimiter(System::nanoTime));
    }

    static RtcEngine create(
            CoreService service, EngineOptions options, RtcEngineListener listener, DataChannelRateLimiter limiter)
            throws IOException {
        requireListener(listener);
        Socket socket;
        try {
            socket = CoreConnector.connect(service.port(), options.connectTimeout(), service::isAlive);
        } catch (IOException | RuntimeException e) {
            service.stop(options.destroyGrace());
            throw new IOException("Connecting to " + service.describe() + " failed: " + e.getMessage(), e);
        }
        CoreServiceEngine engine = new CoreServiceEngine(options, listener, service, limiter);
        CoreConnection connection;
        try {
            connection = CoreConnection.start(
                    socket,
                    Direction.CORE_TO_CLIENT,
                    engine,
                    new ConnectionOptions(options.maxChunkBytes(), options.writeTimeout()),
                    "core-" + service.port());
        } catch (IOException e) {
            closeQuietly(socket);
            service.stop(options.destroyGrace());
            throw new IOException("Starting the connection to " + service.describe() + " failed: " + e.getMessage(), e);
        }
        try {
            engine.attach(connection);
            connection.send(new ChannelCommand.CreateRtcEngine(options.logPath(), options.h5mode(), options.extraJson())
                    .encode());
        } catch (IOException e) {
            // Releasing marks the engine released first, so the service's exit is not reported to the listener.
            engine.release();
            throw new IOException(
                    "Sending the create-engine command to " + service.describe() + " failed: " + e.getMessage(), e);
        }
        LOG.info("Engine connected to {}", service.describe());
        return engine;
    }

    private static CoreService launchProcess(EngineOptions o) throws IOException {
        return CoreServiceProcess.start(new CoreProcessOptions(
                o.coreServicePath(), o.lowPort(), o.highPort(), o.startTimeout(), o.enableCoreDumps(), null, null));
    }

    private static void requireListener(RtcEngineListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException(
                    "listener is null: pass an RtcEngineListener (override only the " + "callbacks you need)");
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing the socket failed", e);
        }
    }
}
