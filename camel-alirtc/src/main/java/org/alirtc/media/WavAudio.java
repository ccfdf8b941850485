package org.alirtc.media;

/**
 * A whole WAV file's audio in memory.
 *
 * @param format format of {@code pcm}
 * @param pcm    16-bit little-endian samples, interleaved when stereo
 */
public record WavAudio(PcmFormat format, byte[] pcm) {

    /** Checks that {@code pcm} holds whole samples for every channel. */
    public WavAudio {
        Pcm.requireWholeSamples(pcm.length, format.channels());
    }

    /** Play time in whole milliseconds. */
    public long durationMillis() {
        return format.durationMillis(pcm.length);
    }
}
