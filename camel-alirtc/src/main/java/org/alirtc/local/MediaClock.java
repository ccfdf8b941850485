package org.alirtc.local;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one media clock of a {@link LocalCloud}: a thread named {@code alirtc-local-clock} that ticks every 10 ms
 * on an absolute schedule (tick k is due at start + k * 10 ms, so small delays do not accumulate) and lets every
 * room clock out 10 ms of audio. It runs only while there is a room. After a stall longer than
 * {@value #MAX_CATCH_UP_TICKS} ticks it skips ahead instead of bursting the backlog at clients.
 *
 * <p>The tick work itself never blocks: it only queues callbacks into the connections' outboxes.
 */
final class MediaClock {

    static final int TICK_MS = 10;
    static final long TICK_NANOS = TICK_MS * 1_000_000L;
    /** Positions on the media timeline are counted in samples of this rate. */
    static final int TIMELINE_RATE = 48_000;
    /** Timeline samples per tick. */
    static final int SAMPLES_PER_TICK = TIMELINE_RATE / 100;

    private static final Logger LOG = LoggerFactory.getLogger(MediaClock.class);
    private static final RateLimitedLog WARNINGS = new RateLimitedLog(LOG);
    private static final int MAX_CATCH_UP_TICKS = 20;

    /** Something the clock drives; called on the clock thread. */
    interface Ticking {
        void tick(long nowNanos);
    }

    private final CopyOnWriteArrayList<Ticking> clients = new CopyOnWriteArrayList<>();
    private final TickLateness lateness = new TickLateness();
    private Thread thread;

    synchronized void add(Ticking client) {
        clients.add(client);
        if (thread == null) {
            thread = new Thread(this::run, "alirtc-local-clock");
            thread.setDaemon(true);
            thread.start();
        }
    }

    synchronized void remove(Ticking client) {
        clients.remove(client);
        if (clients.isEmpty() && thread != null) {
            Thread stopping = thread;
            thread = null;
            LockSupport.unpark(stopping);
        }
    }

    synchronized boolean isRunning() {
        return thread != null;
    }

    TickLateness lateness() {
        return lateness;
    }

    private synchronized boolean isCurrent(Thread candidate) {
        return thread == candidate;
    }

    private void run() {
        Thread self = Thread.currentThread();
        long start = System.nanoTime();
        long tick = 0;
        while (isCurrent(self)) {
            long due = start + tick * TICK_NANOS;
            long now = System.nanoTime();
            while (now < due) {
                LockSupport.parkNanos(due - now);
                if (!isCurrent(self)) {
                    return;
                }
                now = System.nanoTime();
            }
            long late = now - due;
            if (late > MAX_CATCH_UP_TICKS * TICK_NANOS) {
                long skipped = late / TICK_NANOS;
                tick += skipped;
                lateness.skipped(skipped);
                WARNINGS.warn("stall", "Media clock stalled for {} ms; skipped {} ticks", late / 1_000_000, skipped);
                continue;
            }
            lateness.record(late);
            for (Ticking client : clients) {
                try {
                    client.tick(now);
                } catch (RuntimeException e) {
                    WARNINGS.warn("tick-failed", "A room failed on a clock tick; the clock goes on", e);
                }
            }
            tick++;
        }
    }
}
