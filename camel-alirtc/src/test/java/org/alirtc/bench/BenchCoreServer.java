package org.alirtc.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.alirtc.sdk.FakeCoreService;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.MalformedMessageException;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageReader;
import org.alirtc.sdk.ipc.MessageWriter;

/**
 * Plays the core service for a whole Camel session: answers join and leave, so that a consumer or producer joins as
 * it would with {@code AliRtcCoreService}, records when every pushed audio frame arrives, counts pushed video frames, and writes an
 * {@link EncodedStream} either as fast as the client reads ({@link #flatOut()}) or one stamped message at a fixed
 * rate ({@link #paced(int)}). It starts paused.
 */
final class BenchCoreServer implements AutoCloseable {

    private static final int OUTPUT_BUFFER_BYTES = 1 << 20;
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final int MAX_ARRIVALS = 1 << 20;

    private final ServerSocket serverSocket;
    private final EncodedStream stream;
    private final Thread writer;
    private final ConcurrentLinkedQueue<byte[]> replies = new ConcurrentLinkedQueue<>();
    private final AtomicLong audioPushes = new AtomicLong();
    private final AtomicLong videoPushes = new AtomicLong();
    private final long[] audioArrivals = new long[MAX_ARRIVALS];
    private volatile boolean stopped;
    /** 0: paused; negative: flat out; positive: messages per second. */
    private volatile int rate;

    private volatile Socket socket;
    private volatile IOException failure;

    BenchCoreServer(EncodedStream stream) throws IOException {
        this.stream = stream;
        this.serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.writer = new Thread(this::serve, "alirtc-bench-server");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    void flatOut() {
        rate = -1;
    }

    void paced(int messagesPerSecond) {
        rate = messagesPerSecond;
    }

    void pause() {
        rate = 0;
    }

    IOException failure() {
        return failure;
    }

    long audioPushes() {
        return audioPushes.get();
    }

    long videoPushes() {
        return videoPushes.get();
    }

    /** Arrival times ({@link System#nanoTime()}) of pushed audio frames {@code from} (inclusive) to {@code to}. */
    long[] audioArrivals(long from, long to) {
        long[] copy = new long[(int) Math.min(to - from, MAX_ARRIVALS)];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = audioArrivals[(int) ((from + i) % MAX_ARRIVALS)];
        }
        return copy;
    }

    private void serve() {
        try (Socket accepted = serverSocket.accept()) {
            socket = accepted;
            accepted.setTcpNoDelay(true);
            startCommandReader(accepted);
            OutputStream out = new BufferedOutputStream(accepted.getOutputStream(), OUTPUT_BUFFER_BYTES);
            byte[] block = stream.block();
            long next = 0;
            while (!stopped) {
                for (byte[] reply = replies.poll(); reply != null; reply = replies.poll()) {
                    out.write(reply);
                    out.flush();
                }
                int r = rate;
                if (r == 0) {
                    out.flush();
                    next = 0;
                    LockSupport.parkNanos(IDLE_NANOS);
                } else if (r < 0) {
                    stream.stamp(System.nanoTime());
                    out.write(block);
                } else {
                    next = writePaced(out, block, r, next);
                }
            }
        } catch (IOException e) {
            if (!stopped) {
                failure = e;
            }
        }
    }

    /** Writes every message due by now, one at a time, each stamped with its own send time. */
    private long writePaced(OutputStream out, byte[] block, int messagesPerSecond, long next) throws IOException {
        long period = 1_000_000_000L / messagesPerSecond;
        long now = System.nanoTime();
        if (next == 0) {
            next = now;
        }
        int messageBytes = stream.messageBytes();
        while (next - now <= 0) {
            stream.stamp(System.nanoTime());
            out.write(block, 0, messageBytes);
            out.flush();
            next += period;
            now = System.nanoTime();
        }
        // Spin for the last stretch: parking alone wakes up to 60 us late, which would dominate the latency measured.
        while (next - System.nanoTime() > 60_000) {
            LockSupport.parkNanos(next - System.nanoTime() - 60_000);
        }
        while (next - System.nanoTime() > 0) {
            Thread.onSpinWait();
        }
        return next;
    }

    private void startCommandReader(Socket accepted) throws IOException {
        MessageReader reader = new MessageReader(
                new BufferedInputStream(accepted.getInputStream(), 1 << 16),
                Direction.CLIENT_TO_CORE,
                MessageReader.DEFAULT_MAX_CHUNK_BYTES);
        Thread thread = new Thread(
                () -> {
                    try {
                        while (true) {
                            try {
                                onCommand(reader.read());
                            } catch (MalformedMessageException e) {
                                // Not what is measured; the reader stays usable.
                            }
                        }
                    } catch (EOFException e) {
                        // The client closed the connection.
                    } catch (IOException e) {
                        if (!stopped) {
                            failure = e;
                        }
                    }
                },
                "alirtc-bench-commands");
        thread.setDaemon(true);
        thread.start();
    }

    private void onCommand(Message command) {
        switch (command.id()) {
            case CommandId.PUSH_AUDIO_FRAME -> {
                long n = audioPushes.get();
                audioArrivals[(int) (n % MAX_ARRIVALS)] = System.nanoTime();
                audioPushes.lazySet(n + 1);
            }
            case CommandId.PUSH_VIDEO_FRAME -> videoPushes.incrementAndGet();
            case CommandId.JOIN_CHANNEL_V2 ->
                reply(FakeCoreService.callback(
                        1001, "joinresult", 0, "channel", command.text("channel"), "userid", command.text("userid")));
            case CommandId.LEAVE_CHANNEL -> reply(FakeCoreService.callback(1004, "leaveresult", 0));
            default -> {}
        }
    }

    private void reply(Message callback) {
        replies.add(MessageWriter.encode(callback, Direction.CORE_TO_CLIENT));
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
