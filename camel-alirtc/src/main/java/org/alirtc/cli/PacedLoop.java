package org.alirtc.cli;

import java.io.PrintStream;

import org.alirtc.media.AudioPacer;

/**
 * Runs a step once per period on its own daemon thread, on an absolute real-time schedule ({@link AudioPacer}),
 * until the step says it is done or {@link #stop()} is called.
 */
final class PacedLoop {

    /** One unit of work per period. */
    @FunctionalInterface
    interface Step {
        /** Does one period's work; returns false when there is nothing more to do. */
        boolean run() throws Exception;
    }

    private static final long STOP_WAIT_MILLIS = 2_000;

    private final Thread thread;
    private volatile boolean stopped;

    PacedLoop(String name, long periodNanos, Step step, PrintStream err) {
        AudioPacer pacer = new AudioPacer(periodNanos);
        this.thread = new Thread(
                () -> {
                    try {
                        while (!stopped) {
                            pacer.awaitNextSlot();
                            if (stopped || !step.run()) {
                                return;
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        err.println("warning: " + name + " stopped: " + e.getMessage());
                    }
                },
                "alirtc-cli-" + name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops the loop and waits (bounded) for the current step to finish. */
    void stop() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
