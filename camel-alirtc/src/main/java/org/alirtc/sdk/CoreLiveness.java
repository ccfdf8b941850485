package org.alirtc.sdk;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Notices a core service that hangs. The protocol has no heartbeat, so when nothing has arrived for half the
 * timeout this sends a probe the core service answers (the SDK version query); when nothing at all has arrived
 * for the whole timeout, the core service is declared unresponsive, once. One daemon thread per engine, ended by
 * {@link #stop()} or by the declaration.
 */
final class CoreLiveness {

    private static final long MIN_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long MAX_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final long timeoutNanos;
    private final long probeAfterNanos;
    private final long checkNanos;
    private final BooleanSupplier probe;
    private final Consumer<String> unresponsive;
    private final Thread thread;
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile boolean stopped;

    /**
     * @param probe        sends the probe without waiting for a busy connection; false when it could not be sent now
     * @param unresponsive told why, on this watcher's thread, when the core service stayed silent for the timeout
     */
    private CoreLiveness(Duration timeout, BooleanSupplier probe, Consumer<String> unresponsive, String name) {
        this.timeoutNanos = timeout.toNanos();
        this.probeAfterNanos = timeoutNanos / 2;
        this.checkNanos = Math.min(MAX_CHECK_NANOS, Math.max(MIN_CHECK_NANOS, timeoutNanos / 20));
        this.probe = probe;
        this.unresponsive = unresponsive;
        this.thread = new Thread(this::watch, "alirtc-liveness-" + name);
        this.thread.setDaemon(true);
    }

    /** Starts watching; returns {@code null} when {@code timeout} is zero (liveness checks turned off). */
    static CoreLiveness start(Duration timeout, BooleanSupplier probe, Consumer<String> unresponsive, String name) {
        if (timeout.isZero()) {
            return null;
        }
        CoreLiveness liveness = new CoreLiveness(timeout, probe, unresponsive, name);
        liveness.thread.start();
        return liveness;
    }

    /** Something arrived from the core service. */
    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    /** Ends the watcher; it declares nothing afterwards. Idempotent, never waits. */
    void stop() {
        stopped = true;
        if (Thread.currentThread() != thread) {
            LockSupport.unpark(thread);
        }
    }

    private void watch() {
        long probedFor = -1;
        while (!stopped) {
            LockSupport.parkNanos(checkNanos);
            if (stopped) {
                return;
            }
            long heard = lastHeardNanos;
            long silentNanos = System.nanoTime() - heard;
            if (silentNanos >= timeoutNanos) {
                stopped = true;
                unresponsive.accept("sent nothing for " + TimeUnit.NANOSECONDS.toMillis(silentNanos)
                        + " ms and did not answer the liveness probe (livenessTimeout "
                        + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms)");
                return;
            }
            // One probe per silence; a probe that could not be written now (a write is in progress) is retried.
            if (silentNanos >= probeAfterNanos && probedFor != heard && probe.getAsBoolean()) {
                probedFor = heard;
            }
        }
    }
}
