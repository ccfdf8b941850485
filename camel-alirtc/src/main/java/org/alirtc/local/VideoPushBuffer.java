package org.alirtc.local;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One sender's pushed video frames (already I420) waiting for their play time. Without timestamps a frame is
 * due at the next tick; with timestamps it is due when the {@link PushTimeline} reaches its position, so it
 * stays in step with the sender's audio. {@code publishAvsyncWithPtsMaxVideoCacheSize} is read as a number of
 * frames, with the same full / not-full cycle as {@link AudioPushBuffer}: frames beyond the cap are dropped and
 * counted, not-full is reported at half the cap.
 */
final class VideoPushBuffer {

    /** One converted frame. */
    record Frame(long position, long ptsMs, int width, int height, byte[] i420) {}

    private final PushTimeline timeline;
    private final AudioPushBuffer.FullnessListener listener;
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private int capFrames = JoinConfig.DEFAULT_VIDEO_CACHE_FRAMES;
    private boolean full;

    VideoPushBuffer(PushTimeline timeline, AudioPushBuffer.FullnessListener listener) {
        this.timeline = timeline;
        this.listener = listener;
    }

    synchronized void setCapFrames(int cap) {
        capFrames = cap;
    }

    /** Queues a frame; returns false when it was dropped because the buffer is full. */
    synchronized boolean push(long ptsMs, boolean withPts, int width, int height, byte[] i420) {
        if (frames.size() >= capFrames) {
            becomeFull();
            return false;
        }
        long position = withPts ? timeline.positionOf(ptsMs) : timeline.playhead();
        frames.addLast(new Frame(position, ptsMs, width, height, i420));
        if (frames.size() >= capFrames) {
            becomeFull();
        }
        return true;
    }

    /** The frames due within the tick that starts at the playhead, in push order. */
    synchronized List<Frame> pollDue() {
        if (frames.isEmpty()) {
            return List.of();
        }
        long until = timeline.playhead() + MediaClock.SAMPLES_PER_TICK;
        List<Frame> due = new ArrayList<>(2);
        while (!frames.isEmpty() && frames.peekFirst().position() < until) {
            due.add(frames.removeFirst());
        }
        if (full && frames.size() <= capFrames / 2) {
            full = false;
            listener.fullnessChanged(false);
        }
        return due;
    }

    synchronized void clear() {
        frames.clear();
        if (full) {
            full = false;
            listener.fullnessChanged(false);
        }
    }

    synchronized int bufferedFrames() {
        return frames.size();
    }

    private void becomeFull() {
        if (!full) {
            full = true;
            listener.fullnessChanged(true);
        }
    }
}
