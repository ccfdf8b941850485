package org.alirtc.examples;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/** A Camel Main application run on its own thread for the length of a test, stopped on close. */
final class RunningMain implements AutoCloseable {

    private final Main main;
    private final CompletableFuture<Void> finished;

    private RunningMain(Main main) {
        this.main = main;
        this.finished = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException("Camel Main failed", e);
            }
        });
    }

    /** Starts {@code main} and waits (up to 30 s) until its Camel context has started. */
    static RunningMain start(Main main) throws Exception {
        RunningMain running = new RunningMain(main);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (running.context() == null || !running.context().isStarted()) {
            if (running.finished.isDone()) {
                running.finished.get();
                throw new IllegalStateException("Camel Main ended before it started");
            }
            if (System.nanoTime() > deadline) {
                running.close();
                throw new IllegalStateException("Camel Main did not start within 30 s");
            }
            Thread.sleep(20);
        }
        return running;
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() throws Exception {
        main.completed();
        finished.get(30, TimeUnit.SECONDS);
    }
}
