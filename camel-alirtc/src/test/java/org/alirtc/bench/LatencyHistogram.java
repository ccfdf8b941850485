package org.alirtc.bench;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latency counts in logarithmic buckets with 32 linear steps per power of two, so any percentile is reported within
 * about 3 % of the true value, without storing samples and without allocating while recording. One thread records;
 * another may take {@link #snapshot()}s at any time and subtract them to get the counts of an interval.
 */
final class LatencyHistogram {

    private static final int SUB_BUCKET_BITS = 5;
    private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
    private static final int BUCKETS = 64 * SUB_BUCKETS;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    /** Records one latency in nanoseconds (negative values count as 0). Only one thread may record. */
    void record(long nanos) {
        int index = index(Math.max(0, nanos));
        // Single writer: a plain read plus an ordered write is enough and avoids a locked instruction per frame.
        counts.lazySet(index, counts.get(index) + 1);
    }

    /** The counts so far. */
    long[] snapshot() {
        long[] copy = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            copy[i] = counts.get(i);
        }
        return copy;
    }

    /** The counts recorded between two snapshots. */
    static long[] difference(long[] later, long[] earlier) {
        long[] diff = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            diff[i] = later[i] - earlier[i];
        }
        return diff;
    }

    /**
     * The value below which {@code quantile} (0..1) of the counts lie, as the middle of its bucket, in nanoseconds;
     * 0 when there are no counts.
     */
    static long percentile(long[] counts, double quantile) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(quantile * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= Math.max(1, rank)) {
                return (lowerBound(i) + lowerBound(i + 1) - 1) / 2;
            }
        }
        return lowerBound(counts.length - 1);
    }

    static int index(long value) {
        if (value < SUB_BUCKETS) {
            return (int) value;
        }
        int magnitude = 63 - Long.numberOfLeadingZeros(value);
        int shift = magnitude - SUB_BUCKET_BITS;
        int sub = (int) (value >>> shift) - SUB_BUCKETS;
        return Math.min(BUCKETS - 1, (shift + 1) * SUB_BUCKETS + sub);
    }

    static long lowerBound(int index) {
        if (index < SUB_BUCKETS) {
            return index;
        }
        int shift = index / SUB_BUCKETS - 1;
        int sub = index % SUB_BUCKETS;
        return (long) (SUB_BUCKETS + sub) << shift;
    }
}
