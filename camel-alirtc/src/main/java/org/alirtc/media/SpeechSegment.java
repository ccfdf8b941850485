package org.alirtc.media;

/**
 * One delivered piece of a speech turn: the whole turn, or one part of a turn longer than the maximum length.
 *
 * @param startMs where the audio starts, in milliseconds of the stream since the segmenter's first frame
 * @param format  the format of {@code pcm}
 * @param pcm     16-bit little-endian PCM
 * @param part    0 for the first part of a turn, counting up for the parts that continue it
 * @param last    whether the turn ends with this part (false when it was cut at the maximum length)
 */
public record SpeechSegment(long startMs, PcmFormat format, byte[] pcm, int part, boolean last) {

    public long durationMs() {
        return pcm.length * 1000L / ((long) format.sampleRate() * format.bytesPerSampleFrame());
    }
}
