package org.alirtc.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alirtc.media.ToneGenerator;
import org.alirtc.sdk.RtcEngine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The short form of the soak harness's cycles: local-mode engines that join, push audio and video, leave and are
 * released leave no heap, thread, descriptor or child process behind, and every frame pushed is accounted for.
 */
class SoakCyclesTest {

    private static final int CYCLES = 30;
    /** Well under the join and leave timeouts (10 s), which once kept every released engine reachable. */
    private static final Duration COLLECTED_WITHIN = Duration.ofSeconds(3);

    @Test
    void joinMediaLeaveCyclesLeaveNothingBehind() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();

        SoakHarness.Accounting accounting =
                SoakHarness.cycles(CYCLES, new PrintStream(report, true, StandardCharsets.UTF_8));

        String text = report.toString(StandardCharsets.UTF_8);
        assertTrue(accounting.balanced(), text);
        assertEquals(CYCLES * 11L, accounting.read.get(), text);
        assertEquals(
                List.of(), accounting.after.growthSince(accounting.before, SoakHarness.CYCLES_HEAP_SLACK_BYTES), text);
    }

    @Test
    void releasedEngineIsGarbageCollectedWhileItsTimeoutsAreStillPending() throws Exception {
        ToneGenerator tone = new ToneGenerator(SoakHarness.FORMAT, 440, 0.3);
        WeakReference<RtcEngine> released = new WeakReference<>(
                SoakHarness.cycle("soak-collect-" + System.nanoTime(), tone, new SoakHarness.Accounting()));

        long deadline = System.nanoTime() + COLLECTED_WITHIN.toNanos();
        while (released.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }

        assertNull(
                released.get(),
                "a closed engine is still reachable " + COLLECTED_WITHIN.toSeconds()
                        + " s after release: something (a timer, a registry) keeps it and its threads");
    }
}
