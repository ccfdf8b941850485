package org.alirtc.sdk.model;

import java.util.Arrays;

/**
 * One chunk of PCM audio pushed into the engine (16-bit signed little-endian samples). Build plain audio with
 * {@link #raw(byte[], long)}; TTS output that reports sentence boundaries adds ids with
 * {@link #withSentence(int, int, boolean)}.
 * <p>The record keeps {@code data} as given, without copying; do not change the array until the push call has
 * returned. Only the first {@code dataLength} bytes count, also for {@link #equals(Object)}.
 *
 * @param data        PCM bytes
 * @param dataLength  number of valid bytes at the start of {@code data}
 * @param timestampMs presentation time in ms; used only with {@link PublishAvsyncMode#WITH_PTS}
 * @param isEndFrame  1 if this chunk ends a sentence, otherwise 0 (the vendor sends an int)
 * @param frameId     free-form frame id, "" by default
 * @param sentenceId  sentence id for begin/end callbacks, -1 for none
 * @param sequenceId  sequence id within the sentence, -1 for none
 */
public record AudioFrameData(
        byte[] data, int dataLength, long timestampMs, int isEndFrame, String frameId, int sentenceId, int sequenceId) {

    public AudioFrameData {
        Checks.notNull(data, "data", "pass the PCM bytes");
        if (dataLength < 0 || dataLength > data.length) {
            throw new IllegalArgumentException("dataLength is " + dataLength + " but data holds " + data.length
                    + " bytes: use a dataLength from 0 to data.length");
        }
        Checks.inRange(isEndFrame, 0, 1, "isEndFrame");
        Checks.notNull(frameId, "frameId", "pass \"\" when there is no frame id");
    }

    /** All of {@code pcm} with the vendor defaults: not an end frame, frame id "", sentence and sequence id -1. */
    public static AudioFrameData raw(byte[] pcm, long timestampMs) {
        Checks.notNull(pcm, "pcm", "pass the PCM bytes");
        return new AudioFrameData(pcm, pcm.length, timestampMs, 0, "", -1, -1);
    }

    /** The same audio tagged with sentence ids, ending the sentence if {@code endFrame}. */
    public AudioFrameData withSentence(int newSentenceId, int newSequenceId, boolean endFrame) {
        return new AudioFrameData(
                data, dataLength, timestampMs, endFrame ? 1 : 0, frameId, newSentenceId, newSequenceId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioFrameData that
                && dataLength == that.dataLength
                && timestampMs == that.timestampMs
                && isEndFrame == that.isEndFrame
                && frameId.equals(that.frameId)
                && sentenceId == that.sentenceId
                && sequenceId == that.sequenceId
                && Arrays.equals(data, 0, dataLength, that.data, 0, that.dataLength);
    }

    @Override
    public int hashCode() {
        int result = ByteArrays.hash(data, dataLength);
        result = 31 * result + Long.hashCode(timestampMs);
        return 31 * result + sentenceId * 31 + sequenceId;
    }

    @Override
    public String toString() {
        return "AudioFrameData[data=" + dataLength + " of " + data.length + " bytes, timestampMs=" + timestampMs
                + ", isEndFrame=" + isEndFrame + ", frameId=" + frameId + ", sentenceId=" + sentenceId
                + ", sequenceId=" + sequenceId + "]";
    }
}
