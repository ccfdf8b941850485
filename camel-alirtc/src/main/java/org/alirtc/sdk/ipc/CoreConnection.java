package org.alirtc.sdk.ipc;

import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One protocol connection, either side: a reader thread that reads whole messages and hands them to a
 * {@link MessageListener}, and an atomic writer. A message's header and its chunks are written under one lock,
 * and the listener never runs under that lock, so listeners may send re-entrantly. A listener that throws, or a
 * malformed message, is logged and counted, and the reader goes on.
 */
public final class CoreConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoreConnection.class);
    private static final int LOGGED_PROBLEMS = 20;

    private final Socket socket;
    private final String name;
    private final ConnectionOptions options;
    private final MessageListener listener;
    /** Where the reader's fast path hands media callbacks; null when the listener takes messages only. */
    private final Consumer<Callback> mediaCallbacks;

    private final MessageReader reader;
    private final MessageWriter writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean closedReported = new AtomicBoolean();
    private final Thread readerThread;
    private volatile long writeStartedNanos;
    private volatile IOException abortCause;

    private volatile long received;
    private volatile long malformed;
    private volatile long listenerFailures;
    private final AtomicLong sent = new AtomicLong();

    private CoreConnection(
            Socket socket, Direction inbound, MessageListener listener, ConnectionOptions options, String name)
            throws IOException {
        this.socket = socket;
        this.name = name;
        this.options = options;
        this.listener = listener;
        this.mediaCallbacks =
                listener instanceof CallbackListener callbacks ? callback -> dispatch(callbacks, callback) : null;
        socket.setTcpNoDelay(true);
        this.reader = new MessageReader(socket.getInputStream(), inbound, options.maxChunkBytes());
        this.writer = new MessageWriter(
                socket.getOutputStream(),
                inbound == Direction.CORE_TO_CLIENT ? Direction.CLIENT_TO_CORE : Direction.CORE_TO_CLIENT);
        this.readerThread = new Thread(this::readLoop, "alirtc-reader-" + name);
        this.readerThread.setDaemon(true);
    }

    /**
     * Wraps a connected socket and starts its reader thread.
     *
     * @param inbound the direction of the messages this side reads: {@link Direction#CORE_TO_CLIENT} for a
     *                client, {@link Direction#CLIENT_TO_CORE} for a core service
     */
    public static CoreConnection start(
            Socket socket, Direction inbound, MessageListener listener, ConnectionOptions options, String name)
            throws IOException {
        CoreConnection connection = new CoreConnection(socket, inbound, listener, options, name);
        WriteWatchdog.watch(connection);
        connection.readerThread.start();
        return connection;
    }

    /**
     * Writes one message atomically.
     *
     * @throws IOException when the connection is closed, the write fails, or the write lock could not be had
     *                     within the write timeout because another write is blocked
     */
    public void send(Message message) throws IOException {
        send(WireMessage.of(message));
    }

    /**
     * Writes one message whose header is already encoded, atomically: the per-frame media pushes.
     *
     * @throws IOException as {@link #send(Message)}
     */
    public void send(WireMessage message) throws IOException {
        if (closed.get()) {
            throw closedException();
        }
        boolean locked;
        try {
            locked = writeLock.tryLock(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting to write to " + name, e);
        }
        if (!locked) {
            throw new IOException("Could not write to " + name + " within "
                    + options.writeTimeout().toMillis()
                    + " ms: another write is blocked because the peer is not reading");
        }
        writeAndUnlock(message);
    }

    /**
     * Writes one message only if no other write holds or waits for the lock at this moment, so a caller that must
     * not be held up (a liveness probe) never queues behind a write blocked by a peer that stopped reading.
     *
     * @return false when another write was in progress and nothing was written
     * @throws IOException when the connection is closed or the write fails
     */
    public boolean sendIfIdle(Message message) throws IOException {
        if (closed.get()) {
            throw closedException();
        }
        WireMessage wire = WireMessage.of(message);
        if (!writeLock.tryLock()) {
            return false;
        }
        writeAndUnlock(wire);
        return true;
    }

    /** Caller holds {@link #writeLock}; this releases it. */
    private void writeAndUnlock(WireMessage message) throws IOException {
        try {
            if (closed.get()) {
                throw closedException();
            }
            writeStartedNanos = System.nanoTime();
            writer.write(message);
            sent.incrementAndGet();
        } catch (IOException e) {
            throw closed.get() ? closedException() : e;
        } finally {
            writeStartedNanos = 0;
            writeLock.unlock();
        }
    }

    public boolean isOpen() {
        return !closed.get();
    }

    public String name() {
        return name;
    }

    public ConnectionOptions options() {
        return options;
    }

    public long messagesReceived() {
        return received;
    }

    public long messagesSent() {
        return sent.get();
    }

    public long malformedMessages() {
        return malformed;
    }

    public long listenerFailures() {
        return listenerFailures;
    }

    /** Closes the socket and waits (bounded) for the reader thread to finish, unless called from it. */
    @Override
    public void close() {
        shutdown(null);
        if (Thread.currentThread() != readerThread) {
            try {
                readerThread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    long writeBlockedNanos(long now) {
        long started = writeStartedNanos;
        return started == 0 ? 0 : now - started;
    }

    void abort(IOException cause) {
        LOG.warn(cause.getMessage());
        shutdown(cause);
    }

    private void shutdown(IOException cause) {
        if (closed.compareAndSet(false, true)) {
            abortCause = cause;
            WriteWatchdog.unwatch(this);
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("Closing {} failed", name, e);
            }
        }
    }

    private IOException closedException() {
        IOException cause = abortCause;
        return cause != null
                ? new IOException("Connection " + name + " is closed: " + cause.getMessage(), cause)
                : new IOException("Connection " + name + " is closed");
    }

    private void readLoop() {
        IOException cause = null;
        try {
            while (!closed.get()) {
                Message message;
                try {
                    message = mediaCallbacks == null ? reader.read() : reader.read(mediaCallbacks);
                } catch (MalformedMessageException e) {
                    onMalformed(e);
                    continue;
                }
                received++;
                if (message != null) {
                    dispatch(message);
                }
            }
        } catch (EOFException e) {
            cause = closed.get() ? null : new EOFException("Connection " + name + " was closed by the peer");
        } catch (SocketException e) {
            cause = closed.get() ? null : e;
        } catch (IOException e) {
            cause = e;
        } finally {
            boolean local = closed.get() && abortCause == null;
            shutdown(cause);
            reportClosed(local ? null : cause != null ? cause : abortCause);
        }
    }

    private void dispatch(Message message) {
        try {
            listener.onMessage(message);
        } catch (RuntimeException | Error e) {
            listenerFailed(message.id(), e);
        }
    }

    private void dispatch(CallbackListener callbacks, Callback callback) {
        try {
            callbacks.onCallback(callback);
        } catch (RuntimeException | Error e) {
            listenerFailed(callback.id(), e);
        }
    }

    private void listenerFailed(int id, Throwable e) {
        if (e instanceof VirtualMachineError vm) {
            throw vm;
        }
        long failures = ++listenerFailures;
        if (failures <= LOGGED_PROBLEMS || failures % 1000 == 0) {
            LOG.warn("Listener of {} failed on {} (failure #{}); reading goes on", name, describe(id), failures, e);
        }
    }

    private void onMalformed(MalformedMessageException e) {
        long count = ++malformed;
        if (count <= LOGGED_PROBLEMS || count % 1000 == 0) {
            LOG.warn("{}: {} (malformed message #{}); reading goes on", name, e.getMessage(), count);
        }
        try {
            listener.onMalformed(e);
        } catch (RuntimeException listenerFailure) {
            listenerFailures++;
            LOG.warn("Listener of {} failed on a malformed message", name, listenerFailure);
        }
    }

    private void reportClosed(IOException cause) {
        if (closedReported.compareAndSet(false, true)) {
            try {
                listener.onClosed(cause);
            } catch (RuntimeException e) {
                LOG.warn("Listener of {} failed on close", name, e);
            }
        }
    }

    private static String describe(int id) {
        return id >= 1000 ? CallbackId.name(id) : CommandId.name(id);
    }
}
