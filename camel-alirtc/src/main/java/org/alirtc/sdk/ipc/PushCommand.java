package org.alirtc.sdk.ipc;

import java.util.Arrays;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.BufferDataType;

/**
 * The commands that set up the external audio and video sources and push media into them (protocol spec section
 * 3.3). The pushes carry their media as the payload; equality compares its bytes.
 */
public sealed interface PushCommand extends Command {

    /** Command 7. */
    record SetExternalVideoSource(boolean enable, int source, int renderMode) implements PushCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SET_EXTERNAL_VIDEO_SOURCE);
            h.put(WireKeys.ENABLE, enable);
            h.put(WireKeys.SOURCE, source);
            h.put(WireKeys.RENDER_MODE, renderMode);
            return Message.command(h);
        }

        public static SetExternalVideoSource decode(Message m) {
            return new SetExternalVideoSource(
                    m.bool(WireKeys.ENABLE), m.intValue(WireKeys.SOURCE, 0), m.intValue(WireKeys.RENDER_MODE, 0));
        }
    }

    /**
     * Command 3: one raw video frame, its bytes the payload and {@code dataLen} their length.
     *
     * @param format the frame format code; -1 (no format) when the header has none
     */
    record PushVideoFrame(
            int source,
            int format,
            int bufferType,
            int strideY,
            int strideU,
            int strideV,
            int height,
            int width,
            int rotation,
            long timestampMs,
            byte[] data)
            implements PushCommand {

        private static final int NO_FORMAT = -1;

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.PUSH_VIDEO_FRAME);
            h.put(WireKeys.SOURCE, source);
            h.put(WireKeys.FORMAT, format);
            h.put(WireKeys.BUFFER_TYPE, bufferType);
            h.put(WireKeys.STRIDE_Y, strideY);
            h.put(WireKeys.STRIDE_U, strideU);
            h.put(WireKeys.STRIDE_V, strideV);
            h.put(WireKeys.HEIGHT, height);
            h.put(WireKeys.WIDTH, width);
            h.put(WireKeys.ROTATION, rotation);
            h.put(WireKeys.TIMESTAMP, timestampMs);
            h.put(WireKeys.DATA_LEN, data.length);
            return Message.command(h, data);
        }

        /** The same bytes as {@link #encode()} gives on the wire, without a JSON tree: once per video frame. */
        public WireMessage wire() {
            byte[] header = HeaderBytes.command(CommandId.PUSH_VIDEO_FRAME)
                    .number(WireKeys.SOURCE, source)
                    .number(WireKeys.FORMAT, format)
                    .number(WireKeys.BUFFER_TYPE, bufferType)
                    .number(WireKeys.STRIDE_Y, strideY)
                    .number(WireKeys.STRIDE_U, strideU)
                    .number(WireKeys.STRIDE_V, strideV)
                    .number(WireKeys.HEIGHT, height)
                    .number(WireKeys.WIDTH, width)
                    .number(WireKeys.ROTATION, rotation)
                    .number(WireKeys.TIMESTAMP, timestampMs)
                    .number(WireKeys.DATA_LEN, data.length)
                    .toBytes();
            return new WireMessage(CommandId.PUSH_VIDEO_FRAME, header, data);
        }

        public static PushVideoFrame decode(Message m) {
            return new PushVideoFrame(
                    m.intValue(WireKeys.SOURCE, 0),
                    m.intValue(WireKeys.FORMAT, NO_FORMAT),
                    m.intValue(WireKeys.BUFFER_TYPE, 0),
                    m.intValue(WireKeys.STRIDE_Y, 0),
                    m.intValue(WireKeys.STRIDE_U, 0),
                    m.intValue(WireKeys.STRIDE_V, 0),
                    m.intValue(WireKeys.HEIGHT, 0),
                    m.intValue(WireKeys.WIDTH, 0),
                    m.intValue(WireKeys.ROTATION, 0),
                    m.longValue(WireKeys.TIMESTAMP, 0),
                    m.payload());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PushVideoFrame f
                    && f.source == source
                    && f.format == format
                    && f.bufferType == bufferType
                    && f.strideY == strideY
                    && f.strideU == strideU
                    && f.strideV == strideV
                    && f.height == height
                    && f.width == width
                    && f.rotation == rotation
                    && f.timestampMs == timestampMs
                    && Arrays.equals(f.data, data);
        }

        @Override
        public int hashCode() {
            return (31 * Long.hashCode(timestampMs) + width * 65_537 + height) * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "PushVideoFrame[source=" + source + ", format=" + format + ", bufferType=" + bufferType
                    + ", strides=" + strideY + "/" + strideU + "/" + strideV + ", " + width + "x" + height
                    + ", rotation=" + rotation + ", timestampMs=" + timestampMs + ", data=" + data.length + " bytes]";
        }
    }

    /** Command 8. */
    record SetExternalAudioSource(boolean enable, int sampleRate, int channelsPerFrame) implements PushCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SET_EXTERNAL_AUDIO_SOURCE);
            h.put(WireKeys.ENABLE, enable);
            h.put(WireKeys.SAMPLE_RATE, sampleRate);
            h.put(WireKeys.CHANNELS_PER_FRAME, channelsPerFrame);
            return Message.command(h);
        }

        public static SetExternalAudioSource decode(Message m) {
            return new SetExternalAudioSource(
                    m.bool(WireKeys.ENABLE),
                    m.intValue(WireKeys.SAMPLE_RATE, 0),
                    m.intValue(WireKeys.CHANNELS_PER_FRAME, 0));
        }
    }

    /**
     * Command 4: PCM audio, its bytes the payload and {@code sampleLength} their length. The sentence fields read
     * as the vendor's AudioFrameData defaults when missing, which are also what a raw-data push sends.
     */
    record PushAudioFrame(long timestampMs, int isEndFrame, String frameId, int sentenceId, int sequenceId, byte[] pcm)
            implements PushCommand {

        private static final int NOT_END = 0;
        private static final String NO_FRAME_ID = "";
        private static final int NO_ID = -1;

        /** The push of a raw-data frame, which carries no sentence. */
        public static PushAudioFrame raw(byte[] pcm, long timestampMs) {
            return new PushAudioFrame(timestampMs, NOT_END, NO_FRAME_ID, NO_ID, NO_ID, pcm);
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.PUSH_AUDIO_FRAME);
            h.put(WireKeys.SAMPLE_LENGTH, pcm.length);
            h.put(WireKeys.TIMESTAMP, timestampMs);
            h.put(WireKeys.IS_END_FRAME, isEndFrame);
            h.put(WireKeys.FRAME_ID, frameId);
            h.put(WireKeys.SENTENCE_ID, sentenceId);
            h.put(WireKeys.SEQUENCE_ID, sequenceId);
            return Message.command(h, pcm);
        }

        /** The same bytes as {@link #encode()} gives on the wire, without a JSON tree: once per 10 ms of audio. */
        public WireMessage wire() {
            byte[] header = HeaderBytes.command(CommandId.PUSH_AUDIO_FRAME)
                    .number(WireKeys.SAMPLE_LENGTH, pcm.length)
                    .number(WireKeys.TIMESTAMP, timestampMs)
                    .number(WireKeys.IS_END_FRAME, isEndFrame)
                    .text(WireKeys.FRAME_ID, frameId)
                    .number(WireKeys.SENTENCE_ID, sentenceId)
                    .number(WireKeys.SEQUENCE_ID, sequenceId)
                    .toBytes();
            return new WireMessage(CommandId.PUSH_AUDIO_FRAME, header, pcm);
        }

        public static PushAudioFrame decode(Message m) {
            return new PushAudioFrame(
                    m.longValue(WireKeys.TIMESTAMP, 0),
                    m.intValue(WireKeys.IS_END_FRAME, NOT_END),
                    CommandFields.text(m, WireKeys.FRAME_ID, NO_FRAME_ID),
                    m.intValue(WireKeys.SENTENCE_ID, NO_ID),
                    m.intValue(WireKeys.SEQUENCE_ID, NO_ID),
                    m.payload());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PushAudioFrame f
                    && f.timestampMs == timestampMs
                    && f.isEndFrame == isEndFrame
                    && Objects.equals(f.frameId, frameId)
                    && f.sentenceId == sentenceId
                    && f.sequenceId == sequenceId
                    && Arrays.equals(f.pcm, pcm);
        }

        @Override
        public int hashCode() {
            return (31 * Long.hashCode(timestampMs) + sentenceId * 31 + sequenceId) * 31 + Arrays.hashCode(pcm);
        }

        @Override
        public String toString() {
            return "PushAudioFrame[timestampMs=" + timestampMs + ", isEndFrame=" + isEndFrame + ", frameId=" + frameId
                    + ", sentenceId=" + sentenceId + ", sequenceId=" + sequenceId + ", pcm=" + pcm.length + " bytes]";
        }
    }

    /** Command 30; a missing volume reads as 100, the volume the vendor documents for one never set. */
    record SetExternalAudioPublishVolume(int volume) implements PushCommand {

        private static final int UNSET_VOLUME = 100;

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.SET_EXTERNAL_AUDIO_PUBLISH_VOLUME, WireKeys.VOLUME, volume);
        }

        public static SetExternalAudioPublishVolume decode(Message m) {
            return new SetExternalAudioPublishVolume(m.intValue(WireKeys.VOLUME, UNSET_VOLUME));
        }
    }

    /** Command 31: empties both push buffers. */
    record ClearExternalData() implements PushCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.CLEAR_EXTERNAL_DATA);
        }

        public static ClearExternalData decode(Message m) {
            return new ClearExternalData();
        }
    }

    /** Command 32, answered by callback 1029; a missing type reads as both audio and video. */
    record GetRemainDataBufferSize(int dataType) implements PushCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.GET_REMAIN_DATA_BUFFER_SIZE, WireKeys.DATA_TYPE, dataType);
        }

        public static GetRemainDataBufferSize decode(Message m) {
            return new GetRemainDataBufferSize(
                    m.intValue(WireKeys.DATA_TYPE, BufferDataType.BOTH_AUDIO_AND_VIDEO.code()));
        }
    }
}
