package org.alirtc.local;

/**
 * The playout timeline of one sender's pushed media, counted in samples of 48 kHz. The playhead moves by
 * 10 ms on every clock tick while the sender is in a room. With {@code publishAvsyncMode} WithPts the first pushed
 * timestamp (audio or video, whichever comes first) is anchored at the playhead, and every later timestamp maps
 * to a position relative to it, so audio and video stay on one timeline as the vendor requires.
 */
final class PushTimeline {

    private static final long SAMPLES_PER_MS = MediaClock.TIMELINE_RATE / 1000;

    private long playhead;
    private boolean anchored;
    private long anchorPtsMs;
    private long anchorSample;

    /** Position of the first sample the next tick plays. */
    synchronized long playhead() {
        return playhead;
    }

    synchronized void advance() {
        playhead += MediaClock.SAMPLES_PER_TICK;
    }

    /** Where a frame with this timestamp belongs; the first call anchors the timeline at the playhead. */
    synchronized long positionOf(long ptsMs) {
        if (!anchored) {
            anchored = true;
            anchorPtsMs = ptsMs;
            anchorSample = playhead;
        }
        return anchorSample + (ptsMs - anchorPtsMs) * SAMPLES_PER_MS;
    }

    /** Forgets the anchor, so the next pushed frame starts a new timeline at the playhead (after a barge-in). */
    synchronized void reanchor() {
        anchored = false;
    }
}
