package org.alirtc.sdk;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.MalformedMessageException;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageReader;
import org.alirtc.sdk.ipc.MessageWriter;

/**
 * A scriptable stand-in for a core service, for tests: a loopback TCP server that accepts one client, records every
 * command it receives (decoded, and as raw bytes), sends callbacks or arbitrary bytes on request, and can answer
 * commands automatically. It implements {@link CoreService}, so an engine can be built on it with
 * {@code RtcEngineFactory.create(fake, options, listener)}.
 *
 * <pre>{@code
 * try (FakeCoreService core = FakeCoreService.start()) {
 *     core.answer(CommandId.LEAVE_CHANNEL, cmd -> List.of(FakeCoreService.callback(1004, "leaveresult", 0)));
 *     RtcEngine engine = RtcEngineFactory.create(core, EngineOptions.local(), listener);
 *     ...
 *     Message join = core.awaitCommand(CommandId.JOIN_CHANNEL_V2);
 * }
 * }</pre>
 */
public final class FakeCoreService implements CoreService, AutoCloseable {

    /** Generous: only reached when a test is about to fail anyway. */
    public static final Duration WAIT = Duration.ofSeconds(5);

    private final ServerSocket server;
    private final Thread acceptor;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final List<Message> received = new ArrayList<>();
    private final ByteArrayOutputStream rawReceived = new ByteArrayOutputStream();
    private final Map<Integer, Function<Message, List<Message>>> answers = new ConcurrentHashMap<>();
    private volatile Socket client;
    private volatile OutputStream out;
    private MessageWriter writer;
    private volatile int stopCalls;
    private volatile Duration lastStopGrace;
    private final List<String> problems = new ArrayList<>();

    private FakeCoreService(ServerSocket server) {
        this.server = server;
        this.acceptor = new Thread(this::serve, "alirtc-fake-core-" + server.getLocalPort());
        this.acceptor.setDaemon(true);
    }

    /** Listens on an ephemeral loopback port; the client may connect at any time after this returns. */
    public static FakeCoreService start() throws IOException {
        FakeCoreService fake = new FakeCoreService(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
        fake.acceptor.start();
        return fake;
    }

    /** A callback message from alternating keys and values, e.g. {@code callback(1001, "joinresult", 0)}. */
    public static Message callback(int id, Object... keysAndValues) {
        return callbackWithPayload(id, null, keysAndValues);
    }

    /** A callback message with a binary payload. */
    public static Message callbackWithPayload(int id, byte[] payload, Object... keysAndValues) {
        var header = Message.callbackHeader(id);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value == null) {
                header.putNull(key);
            } else if (value instanceof Integer v) {
                header.put(key, v);
            } else if (value instanceof Long v) {
                header.put(key, v);
            } else if (value instanceof Boolean v) {
                header.put(key, v);
            } else if (value instanceof Double v) {
                header.put(key, v);
            } else if (value instanceof JsonNode v) {
                header.set(key, v);
            } else {
                header.put(key, value.toString());
            }
        }
        return Message.callback(header, payload);
    }

    /** From now on, answer every command {@code commandId} with the callbacks {@code responder} returns. */
    public void answer(int commandId, Function<Message, List<Message>> responder) {
        answers.put(commandId, responder);
    }

    /** Sends one callback (header and payload chunks). */
    public void send(Message callback) throws IOException {
        awaitConnected();
        synchronized (this) {
            writer.write(callback);
        }
    }

    /** Sends bytes as they are, for malformed input. */
    public void sendRaw(byte[] bytes) throws IOException {
        awaitConnected();
        synchronized (this) {
            out.write(bytes);
            out.flush();
        }
    }

    /** A 4-byte big-endian length prefix followed by {@code payload}. */
    public static byte[] chunk(byte[] payload) {
        byte[] framed = new byte[4 + payload.length];
        framed[0] = (byte) (payload.length >>> 24);
        framed[1] = (byte) (payload.length >>> 16);
        framed[2] = (byte) (payload.length >>> 8);
        framed[3] = (byte) payload.length;
        System.arraycopy(payload, 0, framed, 4, payload.length);
        return framed;
    }

    /** Every command received so far, in order. */
    public synchronized List<Message> received() {
        return List.copyOf(received);
    }

    /** The ids of every command received so far, in order. */
    public synchronized List<Integer> receivedIds() {
        return received.stream().map(Message::id).toList();
    }

    /** Every byte received so far, exactly as it arrived. */
    public synchronized byte[] rawReceived() {
        return rawReceived.toByteArray();
    }

    /** Waits for the first received command with this id. */
    public Message awaitCommand(int commandId) throws InterruptedException {
        return awaitCommand(m -> m.id() == commandId, "command " + commandId);
    }

    /** Waits for the first received command matching {@code test}. */
    public synchronized Message awaitCommand(Predicate<Message> test, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            for (Message m : received) {
                if (test.test(m)) {
                    return m;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("The fake core service did not receive " + what + " within " + WAIT
                        + "; received " + receivedIds());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Waits until {@code count} commands in all have been received. */
    public synchronized void awaitCount(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Expected " + count + " commands within " + WAIT + ", got " + receivedIds());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Problems the fake's own reader met (malformed commands); empty when the client spoke the protocol. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Simulates the core service dying: drops the connection and completes the exit future with {@code code}. */
    public void exit(int code) {
        closeSockets();
        exit.complete(code);
    }

    /** Drops the connection without exiting, as a broken socket would. */
    public void disconnect() {
        closeSockets();
    }

    public int stopCalls() {
        return stopCalls;
    }

    public Duration lastStopGrace() {
        return lastStopGrace;
    }

    /** The grace of the first stop, waiting up to {@link #WAIT} for it; null when nobody stopped the service. */
    public Duration awaitStopGrace() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (lastStopGrace == null && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
        }
        return lastStopGrace;
    }

    @Override
    public int port() {
        return server.getLocalPort();
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.empty();
    }

    @Override
    public CompletableFuture<Integer> exitFuture() {
        return exit;
    }

    /**
     * Like a real core service told to stop: waits up to {@code grace} for the client to close its side (after which
     * every command it sent has been read), then closes everything and completes the exit future with 0.
     */
    @Override
    public void stop(Duration grace) {
        stopCalls++;
        lastStopGrace = grace;
        if (!grace.isZero() && Thread.currentThread() != acceptor) {
            try {
                acceptor.join(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeSockets();
        exit.complete(0);
    }

    @Override
    public String describe() {
        return "fake core service port " + port();
    }

    @Override
    public void close() {
        stop(Duration.ZERO);
        try {
            acceptor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitConnected() throws IOException {
        try {
            if (!connected.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("No client connected to the fake core service within " + WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private void serve() {
        try (ServerSocket listening = server) {
            Socket socket = listening.accept();
            client = socket;
            out = socket.getOutputStream();
            synchronized (this) {
                writer = new MessageWriter(out, Direction.CORE_TO_CLIENT);
            }
            connected.countDown();
            MessageReader reader = new MessageReader(
                    new Recording(socket.getInputStream()),
                    Direction.CLIENT_TO_CORE,
                    MessageReader.DEFAULT_MAX_CHUNK_BYTES);
            while (true) {
                Message command;
                try {
                    command = reader.read();
                } catch (MalformedMessageException e) {
                    synchronized (this) {
                        problems.add(e.getMessage());
                    }
                    continue;
                }
                synchronized (this) {
                    received.add(command);
                    notifyAll();
                }
                Function<Message, List<Message>> responder = answers.get(command.id());
                if (responder != null) {
                    for (Message reply : responder.apply(command)) {
                        send(reply);
                    }
                }
            }
        } catch (EOFException | SocketException e) {
            // The client or the test closed the connection.
        } catch (IOException e) {
            synchronized (this) {
                problems.add(e.toString());
            }
        }
    }

    private void closeSockets() {
        try {
            server.close();
            Socket socket = client;
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // Closing is best effort in a test double.
        }
    }

    /** Copies every byte read into {@link #rawReceived}. */
    private final class Recording extends FilterInputStream {

        Recording(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                synchronized (FakeCoreService.this) {
                    rawReceived.write(b);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                synchronized (FakeCoreService.this) {
                    rawReceived.write(buffer, offset, n);
                }
            }
            return n;
        }
    }
}
