package org.alirtc.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The short form of the soak harness's cycles: local-mode engines that join, push audio and video, leave and are
 * released leave no thread, descriptor or child process behind, and every frame pushed is accounted for.
 */
class SoakCyclesTest {

    private static final int CYCLES = 30;
    /** Threads the JVM may start on its own during the run (a GC or JIT helper, the common pool). */
    private static final int THREAD_SLACK = 2;
    /** Descriptors the JVM may open on its own (a jar, a class-data file). */
    private static final int FD_SLACK = 4;

    @Test
    void joinMediaLeaveCyclesLeaveNothingBehind() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();

        SoakHarness.Accounting accounting =
                SoakHarness.cycles(CYCLES, new PrintStream(report, true, StandardCharsets.UTF_8));

        String text = report.toString(StandardCharsets.UTF_8);
        assertTrue(accounting.balanced(), text);
        assertEquals(CYCLES * 11L, accounting.read.get(), text);
        assertTrue(accounting.after.threads() <= accounting.before.threads() + THREAD_SLACK, text);
        assertTrue(accounting.after.fds() <= accounting.before.fds() + FD_SLACK, text);
        assertEquals(accounting.before.children(), accounting.after.children(), text);
    }
}
