package org.alirtc.local;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one port of both loopback addresses, 127.0.0.1 and ::1 (where IPv6 is available), because clients
 * connect to "localhost", which resolves to either depending on the host. An ephemeral port is chosen on IPv4
 * first; when the same number is taken on ::1 another one is tried, so a client never reaches a stranger there.
 */
final class LoopbackListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackListener.class);
    private static final int EPHEMERAL_ATTEMPTS = 20;

    private final List<ServerSocketChannel> channels;
    private final Selector selector;
    private final int port;

    private LoopbackListener(List<ServerSocketChannel> channels, Selector selector, int port) {
        this.channels = channels;
        this.selector = selector;
        this.port = port;
    }

    /**
     * Binds {@code port} (0 = ephemeral) on 127.0.0.1 and, where available, ::1.
     *
     * @throws BindException when the port is taken on 127.0.0.1
     */
    static LoopbackListener bind(int port) throws IOException {
        int attempts = port == 0 ? EPHEMERAL_ATTEMPTS : 1;
        for (int attempt = 1; ; attempt++) {
            ServerSocketChannel v4 = open(InetAddress.getByName("127.0.0.1"), port);
            int bound = ((InetSocketAddress) v4.getLocalAddress()).getPort();
            List<ServerSocketChannel> channels = new ArrayList<>(List.of(v4));
            try {
                channels.add(open(InetAddress.getByName("::1"), bound));
            } catch (BindException taken) {
                // Either another process owns this number on ::1 (try another ephemeral port) or the host has no
                // IPv6 loopback (every attempt fails the same way, and IPv4 alone is then right).
                if (attempt < attempts) {
                    v4.close();
                    continue;
                }
                LOG.debug("Port {} listens on 127.0.0.1 only: ::1 is not available ({})", bound, taken.getMessage());
            } catch (IOException | UnsupportedOperationException noIpv6) {
                LOG.debug("Port {} listens on 127.0.0.1 only: ::1 is not available ({})", bound, noIpv6.getMessage());
            }
            Selector selector = Selector.open();
            for (ServerSocketChannel channel : channels) {
                channel.configureBlocking(false);
                channel.register(selector, SelectionKey.OP_ACCEPT);
            }
            return new LoopbackListener(channels, selector, bound);
        }
    }

    int port() {
        return port;
    }

    /** Whether {@link #close()} has not been called yet. */
    boolean isOpen() {
        return selector.isOpen();
    }

    /**
     * Waits for the next client on either address.
     *
     * @param timeout how long to wait, or null to wait until {@link #close()}
     * @return the connected channel, in blocking mode
     * @throws SocketTimeoutException when no client came in time
     * @throws SocketException when the listener was closed
     */
    SocketChannel accept(Duration timeout) throws IOException {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                for (ServerSocketChannel channel : channels) {
                    SocketChannel client = channel.accept();
                    if (client != null) {
                        client.configureBlocking(true);
                        return client;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("No client connected to port " + port + " within " + timeout);
                }
                selector.select(timeout == null ? 0 : Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
                if (!selector.isOpen()) {
                    throw new SocketException("Listener on port " + port + " is closed");
                }
            }
        } catch (ClosedSelectorException | java.nio.channels.ClosedChannelException closed) {
            throw new SocketException("Listener on port " + port + " is closed");
        }
    }

    @Override
    public void close() {
        for (ServerSocketChannel channel : channels) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing a listener on port {} failed", port, e);
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("Closing the selector of port {} failed", port, e);
        }
    }

    private static ServerSocketChannel open(InetAddress address, int port) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            // A fixed port must be reusable at once after the previous core on it ended.
            channel.setOption(java.net.StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(address, port), 64);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
