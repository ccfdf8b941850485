package org.alirtc.sdk.ipc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CoreDumpLimitTest {

    @Test
    void liftsTheCoreLimitOfAnotherProcess() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/limits")), "needs Linux /proc");
        Process child = new ProcessBuilder("sleep", "60").start();
        try {
            CoreDumpLimit.Outcome outcome = CoreDumpLimit.raiseToUnlimited(child.pid());
            assumeTrue(outcome != CoreDumpLimit.Outcome.DENIED, "prlimit refused (EPERM)");

            assertEquals(CoreDumpLimit.Outcome.APPLIED, outcome);
            String coreLine = Files.readString(Path.of("/proc/" + child.pid() + "/limits"))
                    .lines()
                    .filter(line -> line.startsWith("Max core file size"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(coreLine.matches("Max core file size\\s+unlimited\\s+unlimited\\s+bytes\\s*"), coreLine);
        } finally {
            child.destroyForcibly();
            child.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessThatIsGoneIsReportedNotThrown() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/limits")), "needs Linux /proc");
        Process child = new ProcessBuilder("true").start();
        assertTrue(child.waitFor(5, TimeUnit.SECONDS));

        assertEquals(CoreDumpLimit.Outcome.FAILED, CoreDumpLimit.raiseToUnlimited(child.pid()));
    }
}
