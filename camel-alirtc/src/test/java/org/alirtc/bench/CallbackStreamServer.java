package org.alirtc.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Plays the core service for the benchmark: accepts one loopback connection, throws away whatever the client sends
 * (its create-engine command), and writes an {@link EncodedStream}'s block again and again, as fast as the client
 * reads, stamping the send time into each block just before writing it. It starts paused, so that scenarios that
 * share the machine can take turns.
 */
final class CallbackStreamServer implements AutoCloseable {

    private static final int OUTPUT_BUFFER_BYTES = 1 << 20;
    private static final long PAUSE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final ServerSocket serverSocket;
    private final EncodedStream stream;
    private final Thread writer;
    private volatile boolean stopped;
    private volatile boolean paused = true;
    private volatile Socket socket;
    private volatile IOException failure;

    CallbackStreamServer(EncodedStream stream) throws IOException {
        this.stream = stream;
        this.serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.writer = new Thread(this::serve, "alirtc-bench-server");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    private void serve() {
        try (Socket accepted = serverSocket.accept()) {
            socket = accepted;
            accepted.setTcpNoDelay(true);
            startDrain(accepted.getInputStream());
            OutputStream out = new BufferedOutputStream(accepted.getOutputStream(), OUTPUT_BUFFER_BYTES);
            byte[] block = stream.block();
            while (!stopped) {
                if (paused) {
                    out.flush();
                    LockSupport.parkNanos(PAUSE_POLL_NANOS);
                    continue;
                }
                stream.stamp(System.nanoTime());
                out.write(block);
            }
        } catch (IOException e) {
            if (!stopped) {
                failure = e;
            }
        }
    }

    private void startDrain(InputStream in) {
        Thread drain = new Thread(
                () -> {
                    byte[] sink = new byte[8192];
                    try {
                        while (in.read(sink) >= 0) {
                            // The client's commands are not needed: only the callback stream is measured.
                        }
                    } catch (IOException e) {
                        // The connection closed; the writer notices on its own.
                    }
                },
                "alirtc-bench-drain");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts or resumes writing. */
    void resume() {
        paused = false;
    }

    /** Stops writing after the current block, keeping the connection. */
    void pause() {
        paused = true;
    }

    /** Why writing stopped before {@link #close()}, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void close() throws IOException {
        stopped = true;
        serverSocket.close();
        Socket s = socket;
        if (s != null) {
            s.close();
        }
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
