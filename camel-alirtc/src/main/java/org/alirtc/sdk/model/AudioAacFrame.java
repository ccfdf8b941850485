package org.alirtc.sdk.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * An AAC audio frame delivered by a callback when AAC transcoding is enabled.
 * <p>{@code data} is exactly the frame's bytes and belongs to this record: the receiver hands over a fresh array
 * and keeps no reference, and the accessor returns it without copying, so treat it as read-only.
 *
 * @param type       payload kind as the raw vendor code, see {@link #frameType()}
 * @param frameMs    frame duration in ms as reported
 * @param sampleRate sample rate in Hz
 * @param channels   channel count
 * @param data       AAC bytes in ADTS framing
 */
public record AudioAacFrame(int type, int frameMs, int sampleRate, int channels, byte[] data) {

    public AudioAacFrame {
        Checks.notNull(data, "data", "pass the AAC bytes");
    }

    /** The payload kind, or empty for a code this version does not know. */
    public Optional<AudioFrameType> frameType() {
        return AudioFrameType.fromCode(type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioAacFrame that
                && type == that.type
                && frameMs == that.frameMs
                && sampleRate == that.sampleRate
                && channels == that.channels
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(data) + sampleRate) + channels;
    }

    @Override
    public String toString() {
        return "AudioAacFrame[type=" + type + ", frameMs=" + frameMs + ", sampleRate=" + sampleRate + ", channels="
                + channels + ", data=" + data.length + " bytes]";
    }
}
