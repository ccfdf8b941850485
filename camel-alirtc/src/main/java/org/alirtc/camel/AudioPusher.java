package org.alirtc.camel;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

import org.alirtc.media.AudioPacer;
import org.alirtc.media.PcmFormat;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.model.AudioFrameData;

/**
 * Pushes PCM into the session in 10 ms frames of the publishing format, paced in real time if configured, with the
 * buffer-full policy applied to every frame. Used from one thread only (the producer's audio thread), which is what
 * keeps the pacing schedule and the running timestamp consistent across exchanges.
 */
final class AudioPusher {

    /** What one playback did. */
    record Result(int sent, int dropped, boolean cancelled) {}

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
     * @param template sentence and frame ids to put on every frame (the end flag only on the last), or null for
     *                 plain audio
     */
    Result play(InputStream pcm, PcmFormat inFormat, AudioFrameData template, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        PcmFrameReader reader = new PcmFrameReader(pcm, inFormat, format);
        int sent = 0;
        int dropped = 0;
        byte[] frame = reader.next();
        while (frame != null) {
            if (cancelled.getAsBoolean()) {
                return new Result(sent, dropped, true);
            }
            byte[] next = reader.next();
            if (paced) {
                pacer.awaitNextSlot();
            }
            if (push(frame, template, next == null)) {
                sent++;
            } else {
                dropped++;
            }
            samplesPushed += frame.length / format.bytesPerSampleFrame();
            frame = next;
        }
        return new Result(sent, dropped, false);
    }

    private boolean push(byte[] frame, AudioFrameData template, boolean last) throws InterruptedException {
        RtcEngine engine = session.requireEngine();
        long timestampMs = samplesPushed * 1000 / format.sampleRate();
        if (template == null) {
            return guard.push(
                    "audio frame",
                    () -> engine.pushExternalAudioFrameRawData(frame, frame.length, timestampMs),
                    engine::isAudioBufferFull);
        }
        AudioFrameData data = new AudioFrameData(
                frame,
                frame.length,
                timestampMs,
                last ? template.isEndFrame() : 0,
                template.frameId(),
                template.sentenceId(),
                template.sequenceId());
        return guard.push("audio frame", () -> engine.pushExternalAudioFrame(data), engine::isAudioBufferFull);
    }
}
