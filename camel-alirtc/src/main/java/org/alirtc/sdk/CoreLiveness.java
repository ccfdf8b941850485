package org.alirtc.sdk;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Notices a core service that hangs. The protocol has no heartbeat, so after a short quiet spell (a quarter of the
 * timeout, at most {@value #MAX_QUIET_MS} ms) this sends a probe the core service answers at once (the SDK version
 * query). A core service still silent after twice that is {@linkplain #suspect() suspect}: it did not answer, and
 * media written to it now would likely be lost, so senders hold it back until the core service answers again or is
 * declared dead. When nothing at all has arrived for the whole timeout, the core service is declared unresponsive,
 * once. The checks of all engines share one daemon thread, ended when idle; an engine's checks end with
 * {@link #stop()} or the declaration.
 */
final class CoreLiveness {

    private static final long MIN_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long MAX_QUIET_MS = 1_000;
    /** Checks per quiet spell, so that a suspect core service is noticed soon after it becomes one. */
    private static final int CHECKS_PER_QUIET = 5;

    private final long timeoutNanos;
    private final long probeAfterNanos;
    private final long suspectAfterNanos;
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
        this.probeAfterNanos = Math.min(TimeUnit.MILLISECONDS.toNanos(MAX_QUIET_MS), timeoutNanos / 4);
        this.suspectAfterNanos = 2 * probeAfterNanos;
        this.checkNanos = Math.max(MIN_CHECK_NANOS, probeAfterNanos / CHECKS_PER_QUIET);
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

    /**
     * Whether the core service has been silent for twice the probe's quiet spell, so it did not answer the probe:
     * it is hung or badly late, and not yet declared unresponsive. Ends as soon as anything arrives.
     */
    boolean suspect() {
        return !stopped && System.nanoTime() - lastHeardNanos >= suspectAfterNanos;
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
