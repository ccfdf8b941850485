package org.alirtc.media;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioPacerTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    /** A clock that only moves when the pacer sleeps (by the requested time plus an overshoot) or the test says so. */
    private static final class FakeClock {
        long now = 5_000 * MS;
        long overshoot;
        final List<Long> sleeps = new ArrayList<>();

        AudioPacer pacer(long frameNanos) {
            return new AudioPacer(frameNanos, () -> now, nanos -> {
                sleeps.add(nanos);
                now += nanos + overshoot;
            });
        }
    }

    @Test
    void firstSlotIsImmediateAndLaterSlotsFollowTheFramePeriod() throws InterruptedException {
        FakeClock clock = new FakeClock();
        AudioPacer pacer = clock.pacer(10 * MS);
        long start = clock.now;
        pacer.awaitNextSlot();
        assertTrue(clock.sleeps.isEmpty());
        for (int i = 1; i <= 3; i++) {
            pacer.awaitNextSlot();
            assertEquals(start + i * 10 * MS, clock.now);
        }
        assertEquals(List.of(10 * MS, 10 * MS, 10 * MS), clock.sleeps);
    }

    @Test
    void sleepOvershootDoesNotAccumulate() throws InterruptedException {
        FakeClock clock = new FakeClock();
        clock.overshoot = 2 * MS;
        AudioPacer pacer = clock.pacer(10 * MS);
        long start = clock.now;
        for (int i = 0; i <= 100; i++) {
            pacer.awaitNextSlot();
        }
        assertEquals(start + 100 * 10 * MS + 2 * MS, clock.now, "one overshoot, not one hundred");
        assertEquals(10 * MS, clock.sleeps.get(0));
        assertEquals(8 * MS, clock.sleeps.get(1));
    }

    @Test
    void timeSpentByTheCallerIsSubtractedFromTheWait() throws InterruptedException {
        FakeClock clock = new FakeClock();
        AudioPacer pacer = clock.pacer(10 * MS);
        pacer.awaitNextSlot();
        clock.now += 3 * MS;
        pacer.awaitNextSlot();
        assertEquals(List.of(7 * MS), clock.sleeps);
    }

    @Test
    void smallDelaysAreCaughtUpWithoutSleeping() throws InterruptedException {
        FakeClock clock = new FakeClock();
        AudioPacer pacer = clock.pacer(10 * MS);
        long start = clock.now;
        pacer.awaitNextSlot();
        clock.now += 55 * MS;
        for (int i = 0; i < 5; i++) {
            pacer.awaitNextSlot();
        }
        assertTrue(clock.sleeps.isEmpty(), "slots 1..5 were already due");
        pacer.awaitNextSlot();
        assertEquals(start + 60 * MS, clock.now);
        assertEquals(0, pacer.resyncCount());
    }

    @Test
    void fallingFarBehindRestartsTheScheduleInsteadOfBursting() throws InterruptedException {
        FakeClock clock = new FakeClock();
        AudioPacer pacer = clock.pacer(10 * MS);
        pacer.awaitNextSlot();
        clock.now += 500 * MS;
        long resumed = clock.now;
        pacer.awaitNextSlot();
        assertEquals(1, pacer.resyncCount());
        assertTrue(clock.sleeps.isEmpty());
        pacer.awaitNextSlot();
        assertEquals(List.of(10 * MS), clock.sleeps, "no burst of the 50 missed frames");
        assertEquals(resumed + 10 * MS, clock.now);
    }

    @Test
    void resetStartsANewSchedule() throws InterruptedException {
        FakeClock clock = new FakeClock();
        AudioPacer pacer = clock.pacer(10 * MS);
        pacer.awaitNextSlot();
        pacer.awaitNextSlot();
        clock.now += 4 * MS;
        pacer.reset();
        long restart = clock.now;
        pacer.awaitNextSlot();
        pacer.awaitNextSlot();
        assertEquals(restart + 10 * MS, clock.now);
        assertEquals(0, pacer.resyncCount());
    }

    @Test
    void earlyWakeUpsSleepAgainUntilTheSlot() throws InterruptedException {
        long[] now = {0};
        List<Long> sleeps = new ArrayList<>();
        AudioPacer pacer = new AudioPacer(10 * MS, () -> now[0], nanos -> {
            sleeps.add(nanos);
            now[0] += Math.max(1, nanos / 2);
        });
        pacer.awaitNextSlot();
        pacer.awaitNextSlot();
        assertTrue(now[0] >= 10 * MS);
        assertTrue(sleeps.size() > 1);
    }

    @Test
    void interruptionEndsTheWait() {
        AudioPacer pacer = new AudioPacer(
                10 * MS, () -> 0L, nanos -> Thread.currentThread().interrupt());
        assertThrows(InterruptedException.class, () -> {
            pacer.awaitNextSlot();
            pacer.awaitNextSlot();
        });
        assertFalse(Thread.interrupted(), "the interrupt is reported once, by the exception");
    }

    @Test
    void realClockNeverReleasesSlotsEarly() throws InterruptedException {
        AudioPacer pacer = AudioPacer.ofMillis(5);
        long start = System.nanoTime();
        pacer.awaitNextSlot();
        for (int i = 0; i < 10; i++) {
            pacer.awaitNextSlot();
        }
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed >= 50 * MS, "10 slots of 5 ms took only " + elapsed / MS + " ms");
    }

    @Test
    void rejectsNonPositivePeriods() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AudioPacer(0));
        assertTrue(e.getMessage().contains("10000000"), e.getMessage());
    }
}
