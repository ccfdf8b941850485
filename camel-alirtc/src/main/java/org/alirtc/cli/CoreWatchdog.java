package org.alirtc.cli;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.alirtc.sdk.RtcEngine;

/**
 * Notices a core service that stopped working while {@code join} stays in the channel, so the command fails within
 * seconds instead of reporting success after a hang. In a channel the core service calls back all the time (mixed
 * audio every 10 ms); when nothing has arrived for {@link #SILENCE}, a query that every core service answers
 * ({@code GetAudioEffectPublishVolume}) is sent, and when that gets no answer within {@link #PROBE_TIMEOUT} either
 * the core service is taken as hung. A lost connection is reported by the engine itself ({@code onError}).
 */
final class CoreWatchdog {

    static final Duration SILENCE = Duration.ofSeconds(3);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final int PROBED_SOUND_ID = 0;

    private final CompletableFuture<String> failure;
    private volatile RtcEngine engine;
    private volatile long lastHeardNanos = System.nanoTime();
    private CompletableFuture<Integer> probe;

    /** @param failure completed with a one-line reason when the core service is found hung */
    CoreWatchdog(CompletableFuture<String> failure) {
        this.failure = failure;
    }

    /** The engine to probe; set before joining. */
    void attach(RtcEngine engine) {
        this.engine = engine;
    }

    /** Called for every callback, from the engine's threads. */
    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    /** Called about once a second while in the channel; probes when the core service has been silent. */
    synchronized void check() {
        if (System.nanoTime() - lastHeardNanos < SILENCE.toNanos() || (probe != null && !probe.isDone())) {
            return;
        }
        probe = engine.getAudioEffectPublishVolume(PROBED_SOUND_ID, PROBE_TIMEOUT);
        probe.whenComplete((volume, problem) -> {
            if (problem == null) {
                heard();
            } else {
                Throwable cause = problem instanceof CompletionException ? problem.getCause() : problem;
                failure.complete("the core service stopped answering: no callback for " + SILENCE.toSeconds()
                        + " s and no answer to a query within " + PROBE_TIMEOUT.toSeconds() + " s ("
                        + cause.getMessage() + ")");
            }
        });
    }
}
