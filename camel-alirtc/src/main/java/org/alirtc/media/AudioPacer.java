package org.alirtc.media;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Releases a caller once per frame period in real time, for sending audio no faster than it plays.
 *
 * <p>Slots lie on an absolute schedule {@code start + n * frame}, so sleep overshoot on one frame is
 * absorbed by the next instead of accumulating into drift. A caller that falls behind by a few frames
 * gets the missed slots at once and catches up; one that falls behind by more than
 * {@link #MAX_LAG_NANOS} (or one frame, if frames are longer) is resynchronised: the schedule restarts
 * at the current time rather than releasing a burst of stale frames.
 *
 * <p>Not thread-safe: one pacer per sending loop.
 */
public final class AudioPacer {

    /** How far behind schedule a caller may fall before the schedule restarts: 200 ms. */
    public static final long MAX_LAG_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final long frameNanos;
    private final long maxLagNanos;
    private final LongSupplier nanoTime;
    private final LongConsumer parkNanos;
    private boolean started;
    private long start;
    private long slot;
    private long resyncs;

    /** Paces frames of {@code frameNanos} with the system clock, e.g. {@code new AudioPacer(10_000_000)} for 10 ms. */
    public AudioPacer(long frameNanos) {
        this(frameNanos, System::nanoTime, LockSupport::parkNanos);
    }

    /**
     * Paces with an injected clock and sleep, so a schedule can be checked without waiting.
     *
     * @param nanoTime  monotonic clock in nanoseconds, like {@link System#nanoTime()}
     * @param parkNanos sleeps for about the given nanoseconds, like {@link LockSupport#parkNanos(long)}; may return early
     */
    public AudioPacer(long frameNanos, LongSupplier nanoTime, LongConsumer parkNanos) {
        if (frameNanos <= 0) {
            throw new IllegalArgumentException(
                    "Frame period must be positive but was " + frameNanos + " ns; use e.g. 10000000 for 10 ms frames");
        }
        this.frameNanos = frameNanos;
        this.maxLagNanos = Math.max(MAX_LAG_NANOS, frameNanos);
        this.nanoTime = nanoTime;
        this.parkNanos = parkNanos;
    }

    /** A pacer for frames of {@code ms} milliseconds on the system clock. */
    public static AudioPacer ofMillis(int ms) {
        return new AudioPacer(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    /**
     * Waits until the next slot. The first call after construction or {@link #reset()} returns at once
     * and starts the schedule.
     *
     * @throws InterruptedException when the thread is interrupted while waiting (the slot is then not consumed)
     */
    public void awaitNextSlot() throws InterruptedException {
        long now = nanoTime.getAsLong();
        if (!started) {
            restartAt(now);
            return;
        }
        long due = start + (slot + 1) * frameNanos;
        if (now - due > maxLagNanos) {
            resyncs++;
            restartAt(now);
            return;
        }
        while (now - due < 0) {
            parkNanos.accept(due - now);
            if (Thread.interrupted()) {
                throw new InterruptedException("Interrupted while pacing audio frames");
            }
            now = nanoTime.getAsLong();
        }
        slot++;
    }

    /** Forgets the schedule; the next {@link #awaitNextSlot()} starts a new one. */
    public void reset() {
        started = false;
    }

    /** How many times the caller fell too far behind and the schedule restarted. */
    public long resyncCount() {
        return resyncs;
    }

    private void restartAt(long now) {
        started = true;
        start = now;
        slot = 0;
    }
}
