package org.alirtc.local;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.Resampler;
import org.alirtc.sdk.ipc.MediaCallback.AudioFrame;

/**
 * An audio frame observer enabled with command 66: delivers 10 ms frames of the published audio (1069) or of
 * everything the user hears plus what it publishes (1070) in the requested format, through its own resampler so
 * the stream stays continuous. Not thread-safe: used by the clock under the room's lock.
 */
final class AudioObserver {

    private final int callbackId;
    private final PcmFormat format;
    private Resampler resampler;

    AudioObserver(int callbackId, PcmFormat format) {
        this.callbackId = callbackId;
        this.format = format;
    }

    int sampleRate() {
        return format.sampleRate();
    }

    /** The frame to send for 10 ms of mono PCM at {@code rate}. */
    AudioFrame frame(byte[] mono, int rate) {
        PcmFormat input = PcmFormat.of(rate, 1);
        byte[] pcm = mono;
        if (!input.equals(format)) {
            if (resampler == null || !resampler.inputFormat().equals(input)) {
                resampler = new Resampler(input, format);
            }
            pcm = resampler.process(mono);
        }
        return new AudioFrame(callbackId, PcmFrames.tenMs(format.sampleRate(), format.channels(), pcm));
    }
}
