package org.alirtc.sdk;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
    private static final ScheduledThreadPoolExecutor CHECKS = sharedChecks();

    private final String name;
    private volatile ScheduledFuture<?> checking;
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile boolean stopped;
    private long probedFor = -1;

    /**
     * @param probe        sends the probe without waiting for a busy connection; false when it could not be sent now
     * @param unresponsive told why, on a thread of its own, when the core service stayed silent for the timeout
     */
    private CoreLiveness(Duration timeout, BooleanSupplier probe, Consumer<String> unresponsive, String name) {
        this.timeoutNanos = timeout.toNanos();
        this.probeAfterNanos = timeoutNanos / 2;
        this.checkNanos = Math.min(MAX_CHECK_NANOS, Math.max(MIN_CHECK_NANOS, timeoutNanos / 20));
        this.probe = probe;
        this.unresponsive = unresponsive;
        this.name = name;
    }

    private static ScheduledThreadPoolExecutor sharedChecks() {
        ScheduledThreadPoolExecutor checks = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "alirtc-liveness");
            thread.setDaemon(true);
            return thread;
        });
        checks.setRemoveOnCancelPolicy(true);
        checks.setKeepAliveTime(200, TimeUnit.MILLISECONDS);
        checks.allowCoreThreadTimeOut(true);
        return checks;
    }

    /** Starts watching; returns {@code null} when {@code timeout} is zero (liveness checks turned off). */
    static CoreLiveness start(Duration timeout, BooleanSupplier probe, Consumer<String> unresponsive, String name) {
        if (timeout.isZero()) {
            return null;
        }
        CoreLiveness liveness = new CoreLiveness(timeout, probe, unresponsive, name);
        liveness.checking = CHECKS.scheduleWithFixedDelay(
                liveness::check, liveness.checkNanos, liveness.checkNanos, TimeUnit.NANOSECONDS);
        return liveness;
    }

    /** Something arrived from the core service. */
    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    /** Ends the watcher; it declares nothing afterwards. Idempotent, never waits. */
    void stop() {
        stopped = true;
        ScheduledFuture<?> c = checking;
        if (c != null) {
            c.cancel(false);
        }
    }

    private void check() {
        if (stopped) {
            return;
        }
        long heard = lastHeardNanos;
        long silentNanos = System.nanoTime() - heard;
        if (silentNanos >= timeoutNanos) {
            stop();
            String why = "sent nothing for " + TimeUnit.NANOSECONDS.toMillis(silentNanos)
                    + " ms and did not answer the liveness probe (livenessTimeout "
                    + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms)";
            Thread declaration = new Thread(() -> unresponsive.accept(why), "alirtc-liveness-" + name);
            declaration.setDaemon(true);
            declaration.start();
            return;
        }
        // One probe per silence; a probe that could not be written now (a write is in progress) is retried.
        if (silentNanos >= probeAfterNanos && probedFor != heard && probe.getAsBoolean()) {
            probedFor = heard;
        }
    }
}
