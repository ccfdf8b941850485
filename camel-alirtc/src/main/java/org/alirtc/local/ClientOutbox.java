package org.alirtc.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.ipc.Callback;
import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.MessageWriter;

/**
 * Everything one connection sends to its client goes through here. Messages are queued and written at once with
 * non-blocking writes on the thread that queues them, several per system call; what the client's socket cannot
 * take stays queued and is finished by the {@link WriteFlusher}. So the media clock and the other connections'
 * threads never wait for a slow client, and no thread per connection is needed for writing.
 *
 * <p>Media callbacks (PCM, video, data channel, SEI) are bounded: when {@value #MAX_MEDIA_MESSAGES} of them
 * (two seconds of audio at five callbacks per 10 ms) or {@value #MAX_MEDIA_BYTES} bytes are waiting, further
 * ones are dropped and counted. Control callbacks (join, states, errors, answers) are never dropped, so the
 * client's view of the room stays right even when it reads too slowly for the media. Messages leave in the order
 * they were queued.
 *
 * <p>A client may stop reading for a while: the vendor's clients deliver callbacks only while the application
 * pumps their event loop, and the vendor's demo stops pumping while it waits for input. Such a client is kept
 * for {@value #STALL_SECONDS} s, losing only media. Its control callbacks stay bounded all the same: a client
 * that does not read but keeps sending commands (each answered with a control callback) is cut off as soon as
 * {@value #MAX_CONTROL_MESSAGES} control callbacks or {@value #MAX_CONTROL_BYTES} bytes of them are waiting,
 * whatever the time. A client whose socket has accepted nothing for {@value #STALL_SECONDS} s while something is
 * due is treated as gone and its connection is closed.
 */
final class ClientOutbox {

    static final int MAX_MEDIA_MESSAGES = 1_000;
    static final long MAX_MEDIA_BYTES = 32L * 1024 * 1024;
    static final int MAX_CONTROL_MESSAGES = 65_536;
    static final long MAX_CONTROL_BYTES = 8L * 1024 * 1024;
    /** A client that has not taken a byte for this long while something is due is considered gone. */
    static final int STALL_SECONDS = 120;

    private static final long STALL_NANOS = STALL_SECONDS * 1_000_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(ClientOutbox.class);
    private static final int GATHER = 32;

    private record Entry(ByteBuffer bytes, boolean media) {}

    private final String name;
    private final SocketChannel channel;
    private final Consumer<IOException> onFailure;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    private final ByteBuffer[] gather = new ByteBuffer[GATHER];
    private final AtomicLong droppedMedia = new AtomicLong();
    private final RateLimitedLog dropLog = new RateLimitedLog(LOG);
    private int mediaQueued;
    private long mediaBytesQueued;
    private int controlQueued;
    private long controlBytesQueued;
    private long blockedSince;
    private boolean failed;
    private boolean closed;

    ClientOutbox(String name, SocketChannel channel, Consumer<IOException> onFailure) {
        this.name = name;
        this.channel = channel;
        this.onFailure = onFailure;
    }

    SocketChannel channel() {
        return channel;
    }

    /** Queues a control callback; never dropped while the connection is open. */
    void control(Callback callback) {
        enqueue(MessageWriter.encode(callback.encode(), Direction.CORE_TO_CLIENT), false);
    }

    /** Queues a media callback unless the media budget is used up; returns whether it was queued. */
    boolean media(Callback callback) {
        return enqueue(MessageWriter.encode(callback.encode(), Direction.CORE_TO_CLIENT), true);
    }

    /**
     * Queues a media callback already encoded for the wire ({@link MessageWriter#encode}), so a frame that goes to
     * many receivers is encoded once. The array is only read.
     */
    boolean media(byte[] wire) {
        return enqueue(wire, true);
    }

    long droppedMedia() {
        return droppedMedia.get();
    }

    /** Waits up to {@code timeout} until everything queued so far was written. */
    void drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            lock.lock();
            try {
                if (queue.isEmpty() || failed || closed) {
                    return;
                }
            } finally {
                lock.unlock();
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Discards what is queued and accepts nothing more; the channel is closed by the connection. */
    void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Called by the flusher when the socket can take more; returns true when nothing is left to write. */
    boolean flushBacklog() {
        boolean done;
        boolean failedNow;
        lock.lock();
        try {
            boolean failedBefore = failed;
            done = write() || closed || failed;
            failedNow = failed && !failedBefore;
        } finally {
            lock.unlock();
        }
        if (failedNow) {
            onFailure.accept(new IOException("Writing to client connection " + name + " failed"));
        }
        return done;
    }

    private boolean enqueue(byte[] wire, boolean media) {
        IOException failure;
        lock.lock();
        try {
            if (closed || failed) {
                return false;
            }
            failure = stalled();
            if (failure == null && media && !mediaFits(wire.length)) {
                long dropped = droppedMedia.incrementAndGet();
                dropLog.warn(
                        "media-drop",
                        "Connection {} is not reading: dropped media callbacks ({} so far); the client is kept for"
                                + " {} s without reading",
                        name,
                        dropped,
                        STALL_SECONDS);
                return false;
            }
            if (failure == null && !media) {
                failure = controlOverflow(wire.length);
            }
            if (failure == null) {
                account(wire.length, media, 1);
                queue.addLast(new Entry(ByteBuffer.wrap(wire), media));
                boolean wasIdle = queue.size() == 1;
                if (wasIdle && !write()) {
                    WriteFlusher.shared().flushWhenWritable(this);
                }
                failure = failed ? new IOException("Writing to client connection " + name + " failed") : null;
                if (failure == null) {
                    return true;
                }
            }
        } finally {
            lock.unlock();
        }
        onFailure.accept(failure);
        return false;
    }

    private boolean mediaFits(int length) {
        return mediaQueued < MAX_MEDIA_MESSAGES && mediaBytesQueued + length <= MAX_MEDIA_BYTES;
    }

    /** A failure when one more control callback would pass the bound, else null. Under the lock. */
    private IOException controlOverflow(int length) {
        if (controlQueued < MAX_CONTROL_MESSAGES && controlBytesQueued + length <= MAX_CONTROL_BYTES) {
            return null;
        }
        failed = true;
        LOG.warn(
                "Connection {}: the client sends commands but does not read their answers ({} control callbacks,"
                        + " {} bytes waiting); closing the connection (read the callbacks, or pump the client's"
                        + " event loop, while sending)",
                name,
                controlQueued,
                controlBytesQueued);
        return new IOException("The client of connection " + name + " does not read its control callbacks");
    }

    private void account(int length, boolean media, int sign) {
        if (media) {
            mediaQueued += sign;
            mediaBytesQueued += (long) sign * length;
        } else {
            controlQueued += sign;
            controlBytesQueued += (long) sign * length;
        }
    }

    /** A failure when the client has taken nothing for too long, else null. Under the lock. */
    private IOException stalled() {
        if (blockedSince != 0 && System.nanoTime() - blockedSince > STALL_NANOS) {
            failed = true;
            LOG.warn(
                    "Connection {}: the client has not read anything for {} s ({} media callbacks dropped meanwhile);"
                            + " closing the connection",
                    name,
                    STALL_SECONDS,
                    droppedMedia.get());
            return new IOException("The client of connection " + name + " stopped reading");
        }
        return null;
    }

    /** Writes as much as the socket takes without blocking; returns whether the queue is now empty. Under the lock. */
    private boolean write() {
        try {
            while (!queue.isEmpty()) {
                int count = 0;
                for (Entry entry : queue) {
                    gather[count++] = entry.bytes();
                    if (count == GATHER) {
                        break;
                    }
                }
                long written = channel.write(gather, 0, count);
                if (written > 0) {
                    blockedSince = 0;
                }
                while (!queue.isEmpty() && !queue.peekFirst().bytes().hasRemaining()) {
                    Entry done = queue.removeFirst();
                    account(done.bytes().capacity(), done.media(), -1);
                }
                if (written == 0
                        || !queue.isEmpty() && queue.peekFirst().bytes().position() > 0) {
                    if (blockedSince == 0) {
                        blockedSince = System.nanoTime();
                    }
                    return false;
                }
            }
            blockedSince = 0;
            return true;
        } catch (IOException e) {
            failed = true;
            LOG.debug("Connection {}: writing to the client failed: {}", name, e.getMessage());
            return false;
        } finally {
            Arrays.fill(gather, null);
        }
    }
}
