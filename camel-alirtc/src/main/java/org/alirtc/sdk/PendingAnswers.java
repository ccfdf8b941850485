package org.alirtc.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The futures waiting for one kind of answer callback. Every waiting future gets the next answer, and fails when no
 * answer came within its timeout. Futures are completed outside the list's lock, so their continuations may call
 * back into the engine.
 *
 * @param <T> the answer's value
 */
final class PendingAnswers<T> {

    private final List<CompletableFuture<T>> waiting = new ArrayList<>();

    /** Registers {@code future} for the next answer, and fails it with {@code timedOut} after {@code timeout}. */
    void await(CompletableFuture<T> future, Duration timeout, Supplier<RtcException> timedOut) {
        synchronized (waiting) {
            waiting.add(future);
        }
        future.whenComplete((value, failure) -> {
            synchronized (waiting) {
                waiting.remove(future);
            }
        });
        failAfter(future, timeout, timedOut);
    }

    /** Completes every waiting future with {@code value}. */
    void completeAll(T value) {
        take().forEach(f -> f.complete(value));
    }

    /** Removes every waiting future, for the caller to fail. */
    List<CompletableFuture<T>> take() {
        synchronized (waiting) {
            List<CompletableFuture<T>> taken = new ArrayList<>(waiting);
            waiting.clear();
            return taken;
        }
    }

    /** Fails {@code future} with {@code failure} unless it is done within {@code timeout}. */
    static <T> void failAfter(CompletableFuture<T> future, Duration timeout, Supplier<RtcException> failure) {
        if (future.isDone()) {
            return;
        }
        // The JDK's shared delay scheduler, so that no engine thread exists just to time out futures. orTimeout
        // cancels its scheduled task (and the scheduler drops it) once the timer completes; a task from
        // delayedExecutor would instead keep the future, and through it the whole engine, until the timeout passes.
        // The failure runs on the common pool: continuations on the scheduler's one thread would delay every timer.
        CompletableFuture<Void> timer = new CompletableFuture<>();
        timer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenCompleteAsync((ignored, timedOut) -> {
            if (timedOut != null && !future.isDone()) {
                future.completeExceptionally(failure.get());
            }
        });
        future.whenComplete((value, error) -> timer.complete(null));
    }
}
