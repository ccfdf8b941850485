package org.alirtc.local;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes writes that a client's socket could not take at once. Outboxes write without blocking on whatever
 * thread queues a message; only when a socket is full do they hand over here, and one thread
 * ({@code alirtc-local-flusher}) waits for the sockets to drain and writes the rest. It runs only while some
 * outbox is backlogged.
 */
final class WriteFlusher {

    private static final Logger LOG = LoggerFactory.getLogger(WriteFlusher.class);
    private static final WriteFlusher SHARED = new WriteFlusher();
    private static final long IDLE_MILLIS = 2_000;

    private final ConcurrentLinkedQueue<ClientOutbox> waiting = new ConcurrentLinkedQueue<>();
    private Selector selector;
    private Thread thread;

    static WriteFlusher shared() {
        return SHARED;
    }

    /** Asks for {@link ClientOutbox#flushBacklog()} to be called when the outbox's socket can take more. */
    void flushWhenWritable(ClientOutbox outbox) {
        waiting.add(outbox);
        synchronized (this) {
            if (thread == null) {
                try {
                    selector = Selector.open();
                } catch (IOException e) {
                    LOG.error("Cannot open a selector to flush backlogged clients: {}", e.getMessage());
                    return;
                }
                Selector mine = selector;
                thread = new Thread(() -> run(mine), "alirtc-local-flusher");
                thread.setDaemon(true);
                thread.start();
            } else {
                selector.wakeup();
            }
        }
    }

    private void run(Selector mine) {
        long idleSince = System.nanoTime();
        try {
            while (true) {
                ClientOutbox next;
                List<ClientOutbox> retry = new ArrayList<>();
                while ((next = waiting.poll()) != null) {
                    try {
                        next.channel().register(mine, SelectionKey.OP_WRITE, next);
                    } catch (ClosedChannelException gone) {
                        LOG.debug("A backlogged client went away before its backlog was written");
                    } catch (CancelledKeyException cancelledJustNow) {
                        // Its previous registration is only dropped by the next select; register again after it.
                        retry.add(next);
                    }
                }
                mine.select(retry.isEmpty() ? IDLE_MILLIS / 4 : 1);
                waiting.addAll(retry);
                for (SelectionKey key : mine.selectedKeys()) {
                    ClientOutbox outbox = (ClientOutbox) key.attachment();
                    if (!key.isValid() || outbox.flushBacklog()) {
                        key.cancel();
                    }
                }
                mine.selectedKeys().clear();
                if (!mine.keys().isEmpty() || !waiting.isEmpty()) {
                    idleSince = System.nanoTime();
                } else if (System.nanoTime() - idleSince > IDLE_MILLIS * 1_000_000 && stopIfIdle(mine)) {
                    return;
                }
            }
        } catch (IOException e) {
            LOG.error("Flushing backlogged clients failed: {}", e.getMessage());
            stopIfIdle(mine);
        }
    }

    private synchronized boolean stopIfIdle(Selector mine) {
        if (!waiting.isEmpty()) {
            return false;
        }
        thread = null;
        selector = null;
        try {
            mine.close();
        } catch (IOException e) {
            LOG.debug("Closing the flusher's selector failed", e);
        }
        return true;
    }
}
