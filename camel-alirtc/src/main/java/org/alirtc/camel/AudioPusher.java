package org.alirtc.camel;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.alirtc.media.AudioPacer;
import org.alirtc.media.PcmFormat;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.model.AudioFrameData;

/**
 * Pushes PCM into the session in 10 ms frames of the publishing format, paced in real time if configured, with the
 * buffer-full policy applied to every frame. Used from one thread only (the producer's audio thread), which is what
 * keeps the pacing schedule and the running timestamp consistent across exchanges.
 *
 * <p>When the session is out of the channel a frame waits for it, up to the exchange's outage deadline. The
 * audio is live, so once the session is back the frames that would have played during the wait, beyond a backlog of
 * {@link AudioPacer#MAX_LAG_NANOS}, are skipped and counted as dropped, and pacing restarts at the current time:
 * the channel hears the audio of now, not the audio of the outage.
 */
final class AudioPusher {

    /** What one playback did. */
    record Result(int sent, int dropped, boolean cancelled) {}

    private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long ENGINE_LOST_PAUSE_MS = 20;

    private final PcmFormat format;
    private final boolean paced;
    private final BufferFullGuard guard;
    private final AliRtcSession session;
    private final AudioPacer pacer = AudioPacer.ofMillis(10);
    private long samplesPushed;

    AudioPusher(PcmFormat format, boolean paced, BufferFullGuard guard, AliRtcSession session) {
        this.format = format;
        this.paced = paced;
        this.guard = guard;
        this.session = session;
    }

    /**
     * Plays {@code pcm} (in {@code inFormat}) into the channel until it ends or {@code cancelled} says so.
     *
     * @param template       sentence and frame ids to put on every frame (the end flag only on the last), or null
     *                       for plain audio
     * @param outageDeadline the {@link System#nanoTime()} until which a frame may wait for the session to be back
     * @param outageWaitMs   the wait that deadline stands for, for the message when it passes
     * @throws AliRtcSessionUnavailableException when the session is out of the channel past the deadline
     */
    Result play(
            InputStream pcm,
            PcmFormat inFormat,
            AudioFrameData template,
            BooleanSupplier cancelled,
            long outageDeadline,
            long outageWaitMs)
            throws IOException, InterruptedException {
        Frames frames = new Frames(new PcmFrameReader(pcm, inFormat, format));
        int sent = 0;
        int dropped = 0;
        while (frames.current != null) {
            if (cancelled.getAsBoolean()) {
                return new Result(sent, dropped, true);
            }
            long waitStarted = System.nanoTime();
            RtcEngine engine = session.awaitEngine(outageDeadline, outageWaitMs);
            long waitedNanos = System.nanoTime() - waitStarted;
            if (waitedNanos > AudioPacer.MAX_LAG_NANOS) {
                long stale = (waitedNanos - AudioPacer.MAX_LAG_NANOS) / FRAME_NANOS;
                for (; stale > 0 && frames.current != null; stale--) {
                    dropped++;
                    session.countPushDropped();
                    advanceTimestamp(frames.current);
                    frames.advance();
                }
                pacer.reset();
                if (frames.current == null) {
                    break;
                }
            }
            if (paced) {
                pacer.awaitNextSlot();
            }
            switch (push(engine, frames.current, template, frames.next == null)) {
                case SENT -> sent++;
                case DROPPED -> dropped++;
                case ENGINE_LOST -> {
                    // Not sent: the same frame waits for the session to be back, which may take the session a moment
                    // to notice.
                    TimeUnit.MILLISECONDS.sleep(ENGINE_LOST_PAUSE_MS);
                    continue;
                }
            }
            advanceTimestamp(frames.current);
            frames.advance();
        }
        return new Result(sent, dropped, false);
    }

    private enum Outcome {
        SENT,
        DROPPED,
        ENGINE_LOST
    }

    /** The frame to push and the one after it, which tells whether it is the last. */
    private static final class Frames {
        private final PcmFrameReader reader;
        private byte[] current;
        private byte[] next;

        Frames(PcmFrameReader reader) throws IOException {
            this.reader = reader;
            current = reader.next();
            next = current == null ? null : reader.next();
        }

        void advance() throws IOException {
            current = next;
            next = current == null ? null : reader.next();
        }
    }

    private void advanceTimestamp(byte[] frame) {
        samplesPushed += frame.length / format.bytesPerSampleFrame();
    }

    private Outcome push(RtcEngine engine, byte[] frame, AudioFrameData template, boolean last)
            throws InterruptedException {
        try {
            return pushOnce(engine, frame, template, last) ? Outcome.SENT : Outcome.DROPPED;
        } catch (AliRtcSessionUnavailableException e) {
            return Outcome.ENGINE_LOST;
        }
    }

    private boolean pushOnce(RtcEngine engine, byte[] frame, AudioFrameData template, boolean last)
            throws InterruptedException {
        long timestampMs = samplesPushed * 1000 / format.sampleRate();
        if (template == null) {
            return guard.push(
                    "audio frame",
                    () -> engine.pushExternalAudioFrameRawData(frame, frame.length, timestampMs),
                    engine::awaitAudioBufferRoom);
        }
        AudioFrameData data = new AudioFrameData(
                frame,
                frame.length,
                timestampMs,
                last ? template.isEndFrame() : 0,
                template.frameId(),
                template.sentenceId(),
                template.sequenceId());
        return guard.push("audio frame", () -> engine.pushExternalAudioFrame(data), engine::awaitAudioBufferRoom);
    }
}
