package org.alirtc.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transparent byte pipe between a client and a hub: two threads copy each direction, and when either side
 * closes both sockets are closed, so the hub sees the client leave and the client sees the hub go away.
 */
final class SocketRelay {

    private static final Logger LOG = LoggerFactory.getLogger(SocketRelay.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Socket client;
    private final Socket hub;
    private final Runnable onEnd;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Thread up;
    private final Thread down;

    private SocketRelay(Socket client, Socket hub, Runnable onEnd) throws IOException {
        this.client = client;
        this.hub = hub;
        this.onEnd = onEnd;
        client.setTcpNoDelay(true);
        hub.setTcpNoDelay(true);
        int number = COUNTER.incrementAndGet();
        this.up = thread("alirtc-local-relay-" + number + "-up", client.getInputStream(), hub.getOutputStream());
        this.down = thread("alirtc-local-relay-" + number + "-down", hub.getInputStream(), client.getOutputStream());
    }

    /** Starts relaying; {@code onEnd} runs once when the relay has closed both sides. */
    static SocketRelay start(Socket client, Socket hub, Runnable onEnd) throws IOException {
        SocketRelay relay = new SocketRelay(client, hub, onEnd);
        relay.up.start();
        relay.down.start();
        return relay;
    }

    /** Closes both sides and waits (bounded) for the copying threads. */
    void close() {
        end();
        for (Thread thread : new Thread[] {up, down}) {
            if (thread != Thread.currentThread()) {
                try {
                    thread.join(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private Thread thread(String name, InputStream from, OutputStream to) {
        Thread thread = new Thread(() -> copy(from, to), name);
        thread.setDaemon(true);
        return thread;
    }

    private void copy(InputStream from, OutputStream to) {
        byte[] buffer = new byte[65_536];
        try {
            int n;
            while ((n = from.read(buffer)) >= 0) {
                to.write(buffer, 0, n);
            }
        } catch (IOException e) {
            LOG.debug("Relay ended: {}", e.getMessage());
        } finally {
            end();
        }
    }

    private void end() {
        if (ended.compareAndSet(false, true)) {
            closeQuietly(client);
            closeQuietly(hub);
            onEnd.run();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing a relayed socket failed", e);
        }
    }
}
