package org.alirtc.sdk;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.CoreConnection;
import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.WireMessage;
import org.alirtc.sdk.model.ErrorCode;

/**
 * The engine's way to the core service: the connection commands go out on, the service process behind it, and the
 * reader thread callbacks arrive on. Sends nothing once the engine is released or the core service is lost.
 */
final class CoreLink {

    private static final Logger LOG = LoggerFactory.getLogger(CoreLink.class);

    private final CoreService service;
    private final ChannelState channel;
    private volatile CoreConnection connection;
    private volatile Thread readerThread;

    CoreLink(CoreService service, ChannelState channel) {
        this.service = service;
        this.channel = channel;
    }

    CoreService service() {
        return service;
    }

    void attach(CoreConnection newConnection) {
        this.connection = newConnection;
    }

    /** The connection, or {@code null} before {@link #attach}. */
    CoreConnection connection() {
        return connection;
    }

    /** Remembers the thread callbacks arrive on, from the first callback. */
    void noteReaderThread() {
        if (readerThread == null) {
            readerThread = Thread.currentThread();
        }
    }

    boolean isReaderThread(Thread thread) {
        return thread == readerThread;
    }

    /** Sends {@code message}; returns {@link RtcEngine#SENT} or {@link RtcEngine#NOT_CONNECTED}. */
    int send(Message message) {
        return send(WireMessage.of(message));
    }

    /** Sends a message whose header is already encoded, as {@link #send(Message)}. */
    int send(WireMessage message) {
        CoreConnection c = connection;
        if (c == null || !channel.isUsable() || !c.isOpen()) {
            return RtcEngine.NOT_CONNECTED;
        }
        try {
            c.send(message);
            return RtcEngine.SENT;
        } catch (IOException e) {
            LOG.debug("Could not send {}: {}", CommandId.name(message.id()), e.getMessage());
            return RtcEngine.NOT_CONNECTED;
        }
    }

    /**
     * Sends {@code message} unless a write is in progress; for the liveness probe, which must never wait.
     *
     * @return false when nothing was sent
     */
    boolean sendIfIdle(Message message) {
        CoreConnection c = connection;
        if (c == null || !channel.isUsable() || !c.isOpen()) {
            return false;
        }
        try {
            return c.sendIfIdle(message);
        } catch (IOException e) {
            LOG.debug("Could not send {}: {}", CommandId.name(message.id()), e.getMessage());
            return false;
        }
    }

    /** The failure of something the engine cannot do for lack of a core service. */
    RtcException notConnected(String what) {
        boolean released = channel.isReleased();
        String why =
                released ? "the engine is released" : "the core service " + service.describe() + " is not connected";
        return new RtcException(
                released ? ErrorCode.SDK_INVALID_STATE.code() : ErrorCode.NETWORK_DISCONNECT.code(),
                "Cannot " + what + ": " + why);
    }

    void close() {
        CoreConnection c = connection;
        if (c != null) {
            c.close();
        }
    }
}
