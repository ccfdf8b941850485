package org.alirtc.local;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * How late the media clock's ticks start, as a histogram of 10 microsecond buckets up to 200 ms, so percentiles
 * cost nothing on the clock thread. Used for the load figures and logs.
 */
final class TickLateness {

    private static final int BUCKET_MICROS = 10;
    private static final int BUCKETS = 20_000;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS + 1);
    private final LongAdder ticks = new LongAdder();
    private final LongAdder skippedTicks = new LongAdder();
    private volatile long maxNanos;

    void record(long lateNanos) {
        int bucket = (int) Math.min(BUCKETS, lateNanos / 1_000 / BUCKET_MICROS);
        counts.incrementAndGet(bucket);
        ticks.increment();
        if (lateNanos > maxNanos) {
            maxNanos = lateNanos;
        }
    }

    void skipped(long count) {
        skippedTicks.add(count);
    }

    long ticks() {
        return ticks.sum();
    }

    long skippedTicks() {
        return skippedTicks.sum();
    }

    long maxMicros() {
        return maxNanos / 1_000;
    }

    /** The lateness below which {@code fraction} of the ticks started, in microseconds (bucket resolution). */
    long percentileMicros(double fraction) {
        long total = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            total += counts.get(i);
        }
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return (long) (i + 1) * BUCKET_MICROS;
            }
        }
        return (long) BUCKETS * BUCKET_MICROS;
    }

    void reset() {
        for (int i = 0; i <= BUCKETS; i++) {
            counts.set(i, 0);
        }
        ticks.reset();
        skippedTicks.reset();
        maxNanos = 0;
    }
}
