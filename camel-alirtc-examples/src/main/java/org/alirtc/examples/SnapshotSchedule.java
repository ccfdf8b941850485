package org.alirtc.examples;

import java.util.HashMap;
import java.util.Map;

/**
 * Says which video frames to keep as snapshots: the first frame of each user, then one every {@code periodMs} per
 * user, so a user with a high frame rate does not crowd out the others.
 */
public class SnapshotSchedule {

    private final Map<String, Long> lastSnapshot = new HashMap<>();
    private long periodMs = 5_000;

    public long getPeriodMs() {
        return periodMs;
    }

    public void setPeriodMs(long periodMs) {
        if (periodMs <= 0) {
            throw new IllegalArgumentException("snapshot period must be positive, was " + periodMs
                    + " ms: set example.snapshotPeriodMs to e.g. 5000");
        }
        this.periodMs = periodMs;
    }

    /** True when {@code userId}'s last snapshot is at least one period old (or there is none). */
    public synchronized boolean due(String userId) {
        long now = System.nanoTime() / 1_000_000;
        Long last = lastSnapshot.get(userId);
        if (last != null && now - last < periodMs) {
            return false;
        }
        lastSnapshot.put(userId, now);
        return true;
    }
}
