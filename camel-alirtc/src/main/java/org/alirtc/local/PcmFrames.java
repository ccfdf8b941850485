package org.alirtc.local;

import org.alirtc.sdk.model.AudioPcmFrame;

/** The PCM frames the local core delivers: raw 16-bit PCM, 10 ms each, stream index 0. */
final class PcmFrames {

    private static final int AUDIO_FRAME_RAW_PCM = 0;
    private static final int FRAME_MS = 10;
    private static final int SAMPLE_BITS = 16;

    private PcmFrames() {}

    static AudioPcmFrame tenMs(int sampleRate, int channels, byte[] pcm) {
        return new AudioPcmFrame(
                AUDIO_FRAME_RAW_PCM, FRAME_MS, sampleRate, pcm.length / (2 * channels), channels, SAMPLE_BITS, 0, pcm);
    }
}
