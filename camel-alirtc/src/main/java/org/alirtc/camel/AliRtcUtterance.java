package org.alirtc.camel;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.WavWriter;

/**
 * What one remote user said in one speech turn, or one part of a turn longer than {@code maxUtteranceLength}: the
 * body of {@code utterance} exchanges. It converts to a WAV file as {@code byte[]}, {@code InputStream} or
 * {@code AudioInputStream}, so {@code .to("file:...")} writes a playable file and an HTTP call can post it.
 *
 * @param userId    who spoke
 * @param startTime where the audio starts in the room, in epoch milliseconds
 * @param format    the audio format ({@code utteranceSampleRate}, {@code utteranceChannels})
 * @param pcm       16-bit little-endian PCM; read-only
 * @param part      0 for the first part of a turn, counting up for the parts that continue it
 * @param last      whether the turn ends with this part
 */
public record AliRtcUtterance(String userId, long startTime, PcmFormat format, byte[] pcm, int part, boolean last) {

    /** The length of the audio in milliseconds. */
    public long durationMillis() {
        return pcm.length * 1000L / ((long) format.sampleRate() * format.bytesPerSampleFrame());
    }

    /** The audio as a complete WAV file. */
    public byte[] toWav() {
        return WavWriter.toWavBytes(format, pcm);
    }

    @Override
    public String toString() {
        return "AliRtcUtterance[userId=" + userId + ", startTime=" + startTime + ", " + durationMillis() + " ms of "
                + format + ", part=" + part + ", last=" + last + "]";
    }
}
