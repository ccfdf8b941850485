package org.alirtc.sdk.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A PCM audio frame delivered by a callback (remote user, remote mix, published or all-mixed audio).
 * <p>{@code data} is exactly the frame's bytes and belongs to this record: the receiver hands over a fresh array
 * and keeps no reference, and the accessor returns it without copying, so treat it as read-only when the frame is
 * passed to several consumers.
 *
 * @param type        payload kind as the raw vendor code, see {@link #frameType()}
 * @param frameMs     frame duration in ms as reported (the vendor documents 10)
 * @param sampleRate  sample rate in Hz (not the {@link AudioSampleRate} index)
 * @param samples     samples per channel in this frame
 * @param channels    interleaved channel count
 * @param sampleBits  bits per sample (16)
 * @param streamIndex 0 for the default audio stream, 1 for the second; 0 where the wire has no such field
 * @param data        PCM bytes, little-endian
 */
public record AudioPcmFrame(
        int type,
        int frameMs,
        int sampleRate,
        int samples,
        int channels,
        int sampleBits,
        int streamIndex,
        byte[] data) {

    public AudioPcmFrame {
        Checks.notNull(data, "data", "pass the PCM bytes (an empty array for an empty frame)");
    }

    /** The payload kind, or empty for a code this version does not know. */
    public Optional<AudioFrameType> frameType() {
        return AudioFrameType.fromCode(type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioPcmFrame that
                && type == that.type
                && frameMs == that.frameMs
                && sampleRate == that.sampleRate
                && samples == that.samples
                && channels == that.channels
                && sampleBits == that.sampleBits
                && streamIndex == that.streamIndex
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(data) + sampleRate) + channels;
    }

    @Override
    public String toString() {
        return "AudioPcmFrame[type=" + type + ", frameMs=" + frameMs + ", sampleRate=" + sampleRate + ", samples="
                + samples + ", channels=" + channels + ", sampleBits=" + sampleBits + ", streamIndex=" + streamIndex
                + ", data=" + data.length + " bytes]";
    }
}
