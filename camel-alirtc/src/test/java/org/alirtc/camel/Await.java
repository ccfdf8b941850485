package org.alirtc.camel;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Polls a condition with a generous deadline, for end-to-end tests on a loaded machine. */
final class Await {

    private Await() {}

    static void until(Duration timeout, BooleanSupplier condition, Supplier<String> description)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("Timed out after " + timeout + " waiting for " + description.get());
            }
            Thread.sleep(20);
        }
    }
}
