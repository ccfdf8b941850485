package org.alirtc.sdk.ipc;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * A running core service that one engine talks to: the vendor's {@code AliRtcCoreService} child process, or the
 * local core service, in this JVM or in another process. Whoever started it stops it.
 */
public interface CoreService {

    /** The loopback port the service announced with its {@code Bind port: N} line. */
    int port();

    /** The operating-system process id when the service is a child process; empty when it runs in this JVM. */
    OptionalLong pid();

    /**
     * Completes with the exit code when the service has ended, whatever the reason: at once, not by polling.
     * In-process services complete with 0.
     */
    CompletableFuture<Integer> exitFuture();

    default boolean isAlive() {
        return !exitFuture().isDone();
    }

    /**
     * Waits up to {@code grace} for the service to end by itself (normally after the destroy command), then
     * ends it forcibly and waits a little more. Idempotent; returns once the service is gone or could not be
     * ended (which is logged).
     */
    void stop(Duration grace);

    /** A short, secret-free description for logs and consoles, such as {@code "AliRtcCoreService pid 4242 port 43117"}. */
    String describe();
}
