package org.alirtc.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends a member's stay in its room when its join token expires: a token is valid until its timestamp, in the
 * channel as at the door. Timed by the JDK's shared delay scheduler and run on the common pool, so no thread exists
 * per member; {@link #cancel()} drops the scheduled task, so a member that left is not kept reachable until its
 * token's expiry.
 */
final class TokenExpiry {

    /** For a member whose token was not checked (no app key is configured for its app id). */
    static final TokenExpiry NEVER = new TokenExpiry(CompletableFuture.completedFuture(null));

    private final CompletableFuture<Void> timer;

    private TokenExpiry(CompletableFuture<Void> timer) {
        this.timer = timer;
    }

    /** Runs {@code onExpiry} at {@code expiresAt} unless cancelled before. */
    static TokenExpiry at(Instant expiresAt, Clock clock, Runnable onExpiry) {
        CompletableFuture<Void> timer = new CompletableFuture<>();
        long delayMs = Math.max(0, Duration.between(clock.instant(), expiresAt).toMillis());
        timer.orTimeout(delayMs, TimeUnit.MILLISECONDS).whenCompleteAsync((ignored, expired) -> {
            if (expired != null) {
                onExpiry.run();
            }
        });
        return new TokenExpiry(timer);
    }

    void cancel() {
        timer.complete(null);
    }
}
