package org.alirtc.local;

import java.util.ArrayDeque;

/**
 * One sender's pushed audio, as mono PCM at the rate it was pushed at, waiting to be clocked out 10 ms per tick.
 * Keeping the pushed rate means a stream delivered at the rate it was pushed at is never resampled.
 *
 * <p><b>Placement.</b> Without timestamps (NoDelay) each frame follows the previous one. With timestamps
 * (WithPts) a frame goes to its timestamp's position on the {@link PushTimeline}; a frame up to
 * {@value #CONTIGUOUS_TOLERANCE_MS} ms away from where the previous one ended is treated as contiguous (this
 * absorbs the jitter of clock-derived timestamps), a frame further ahead leaves a gap that plays as silence, and
 * a frame whose time has already passed plays as soon as possible instead of being lost.
 *
 * <p><b>Capacity.</b> {@code publishAvsyncWithPtsMaxAudioCacheSize} is read as milliseconds of buffered audio
 * (gaps do not count). A frame is accepted when it fits under the cap (or when the buffer is empty, so a frame
 * longer than the cap is not refused forever); otherwise it is dropped and counted, so pushing never blocks.
 * When the next frame of the same size would not fit, or one was dropped, the buffer reports full; once it has
 * drained to half the cap it reports not full. Both go to the {@link FullnessListener}. Changing the pushed
 * sample rate empties the buffer.
 */
final class AudioPushBuffer {

    static final int CONTIGUOUS_TOLERANCE_MS = 20;

    /** Told when the buffer becomes full or not full; called under the buffer's lock, must not block. */
    interface FullnessListener {
        void fullnessChanged(boolean full);
    }

    /** Samples at the buffer's rate, starting at {@code start} on the timeline (in the same samples). */
    private record Segment(long start, byte[] pcm) {
        long end() {
            return start + pcm.length / 2;
        }
    }

    private final PushTimeline timeline;
    private final FullnessListener listener;
    private final ArrayDeque<Segment> segments = new ArrayDeque<>();
    private int rate = EngineExtra.DEFAULT_DELIVERY_RATE;
    private int capMs = JoinConfig.DEFAULT_AUDIO_CACHE_MS;
    private long writeEnd;
    private long bufferedSamples;
    private boolean full;
    private int pulledRate = rate;

    AudioPushBuffer(PushTimeline timeline, FullnessListener listener) {
        this.timeline = timeline;
        this.listener = listener;
    }

    synchronized void setCapMillis(int cap) {
        capMs = cap;
    }

    /** Sets the rate of the PCM pushed from now on; a change empties the buffer. */
    synchronized void setRate(int sampleRate) {
        if (sampleRate != rate) {
            empty();
            rate = sampleRate;
        }
    }

    /**
     * Queues one pushed frame of mono PCM at the buffer's rate.
     *
     * @param ptsMs the pushed timestamp, or null to append after the previous frame
     * @return false when the frame was dropped because the buffer is full
     */
    synchronized boolean push(byte[] pcm, Long ptsMs) {
        int samples = pcm.length / 2;
        if (samples == 0) {
            return true;
        }
        long capSamples = (long) capMs * rate / 1000;
        if (bufferedSamples > 0 && bufferedSamples + samples > capSamples) {
            becomeFull();
            return false;
        }
        long next = Math.max(writeEnd, local(timeline.playhead()));
        long position = next;
        if (ptsMs != null) {
            long wanted = local(timeline.positionOf(ptsMs));
            if (wanted > next + (long) CONTIGUOUS_TOLERANCE_MS * rate / 1000) {
                position = wanted;
            }
        }
        segments.addLast(new Segment(position, pcm));
        writeEnd = position + samples;
        bufferedSamples += samples;
        if (bufferedSamples + samples > capSamples) {
            becomeFull();
        }
        return true;
    }

    /**
     * The next 10 ms at the playhead (mono PCM at {@link #pulledRate()}), or null when nothing of it was pushed
     * (all gap or empty). Call once per tick, before the timeline advances.
     */
    synchronized byte[] pull() {
        long playhead = timeline.playhead();
        long from = local(playhead);
        long to = local(playhead + MediaClock.SAMPLES_PER_TICK);
        pulledRate = rate;
        byte[] out = null;
        while (!segments.isEmpty()) {
            Segment segment = segments.peekFirst();
            if (segment.start() >= to) {
                break;
            }
            long start = Math.max(segment.start(), from);
            long end = Math.min(segment.end(), to);
            if (end > start) {
                if (out == null) {
                    out = new byte[(int) (to - from) * 2];
                }
                System.arraycopy(
                        segment.pcm(),
                        (int) (start - segment.start()) * 2,
                        out,
                        (int) (start - from) * 2,
                        (int) (end - start) * 2);
                bufferedSamples -= end - start;
            }
            if (segment.end() > to) {
                break;
            }
            segments.removeFirst();
        }
        if (segments.isEmpty()) {
            bufferedSamples = 0;
        }
        if (full && bufferedSamples <= (long) capMs * rate / 1000 / 2) {
            full = false;
            listener.fullnessChanged(false);
        }
        return out;
    }

    /** The sample rate of the frame the last {@link #pull()} returned; read on the pulling thread. */
    synchronized int pulledRate() {
        return pulledRate;
    }

    /** Empties the buffer (barge-in); reports not full if it was full. */
    synchronized void clear() {
        empty();
    }

    synchronized long bufferedMillis() {
        return bufferedSamples * 1000 / rate;
    }

    private void empty() {
        segments.clear();
        bufferedSamples = 0;
        writeEnd = 0;
        if (full) {
            full = false;
            listener.fullnessChanged(false);
        }
    }

    /** A timeline position in samples of this buffer's rate. */
    private long local(long timelinePosition) {
        return timelinePosition * rate / MediaClock.TIMELINE_RATE;
    }

    private void becomeFull() {
        if (!full) {
            full = true;
            listener.fullnessChanged(true);
        }
    }
}
