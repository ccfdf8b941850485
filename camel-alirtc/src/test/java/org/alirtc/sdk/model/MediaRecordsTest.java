package org.alirtc.sdk.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaRecordsTest {

    @Test
    void i420FactoryFillsStridesAndLength() {
        byte[] frame = new byte[640 * 480 * 3 / 2];
        VideoDataSample sample = VideoDataSample.i420(frame, 640, 480, 40);

        assertEquals(VideoDataFormat.I420, sample.format());
        assertEquals(VideoBufferType.RAW_DATA, sample.bufferType());
        assertEquals(460_800, sample.dataLength());
        assertEquals(640, sample.strideY());
        assertEquals(320, sample.strideU());
        assertEquals(320, sample.strideV());
        assertEquals(40, sample.timestampMs());
        assertSame(frame, sample.data());
    }

    @Test
    void i420OddDimensionsRoundChromaUp() {
        VideoDataSample sample = VideoDataSample.i420(new byte[5 * 3 + 2 * 3 * 2], 5, 3, 0);

        assertEquals(27, sample.dataLength());
        assertEquals(3, sample.strideU());
    }

    @Test
    void i420RejectsShortBuffersWithTheNeededSize() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> VideoDataSample.i420(new byte[100], 640, 480, 0));
        assertTrue(e.getMessage().contains("640x480 needs 460800 bytes but data holds 100"), e.getMessage());
    }

    @Test
    void sampleLengthMustFitTheArray() {
        IllegalArgumentException tooLong = assertThrows(
                IllegalArgumentException.class,
                () -> new VideoDataSample(
                        VideoDataFormat.H264, VideoBufferType.RAW_DATA, new byte[10], 11, 0, 0, 0, 2, 2, 0, 0));
        assertEquals(
                "dataLength is 11 but data holds 10 bytes: use a dataLength from 1 to data.length",
                tooLong.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new VideoDataSample(
                        VideoDataFormat.H264, VideoBufferType.RAW_DATA, new byte[10], 0, 0, 0, 0, 2, 2, 0, 0));
    }

    @Test
    void equalityCountsOnlyTheValidPrefix() {
        byte[] a = {1, 2, 3, 9};
        byte[] b = {1, 2, 3, 7, 7};
        AudioFrameData left = new AudioFrameData(a, 3, 0, 0, "", -1, -1);
        AudioFrameData right = new AudioFrameData(b, 3, 0, 0, "", -1, -1);

        assertEquals(left, right);
        assertEquals(left.hashCode(), right.hashCode());
        assertNotEquals(left, new AudioFrameData(b, 4, 0, 0, "", -1, -1));
    }

    @Test
    void rawAudioUsesTheVendorDefaults() {
        byte[] pcm = new byte[320];
        AudioFrameData frame = AudioFrameData.raw(pcm, 20);

        assertEquals(new AudioFrameData(pcm, 320, 20, 0, "", -1, -1), frame);
        AudioFrameData end = frame.withSentence(4, 9, true);
        assertEquals(1, end.isEndFrame());
        assertEquals(4, end.sentenceId());
        assertEquals(9, end.sequenceId());
        assertThrows(IllegalArgumentException.class, () -> new AudioFrameData(pcm, 320, 0, 2, "", -1, -1));
    }

    @Test
    void toStringShowsSizesNotBytes() {
        byte[] big = new byte[3_110_400];
        String text = new VideoFrame(0, 0, 0, 1920, 1080, 1, 0, null, 0, big).toString();

        assertTrue(text.contains("3110400 bytes"), text);
        assertTrue(text.length() < 300, text);
        assertTrue(new AudioPcmFrame(0, 10, 16000, 160, 1, 16, 0, new byte[320])
                .toString()
                .contains("320 bytes"));
        assertTrue(new AudioAacFrame(1, 10, 16000, 1, new byte[7]).toString().contains("7 bytes"));
        assertTrue(VideoDataSample.i420(new byte[6], 2, 2, 0).toString().contains("6 of 6 bytes"));
    }

    @Test
    void receivedFramesExposeTypedViewsOfRawCodes() {
        VideoFrame yuv = new VideoFrame(3, 0, 5, 2, 2, 1, 20, List.of(new MvInfo(1, -1)), 2, new byte[6]);
        assertEquals(Optional.of(VideoTrackType.SCREENSHARE), yuv.trackType());
        assertEquals(Optional.of(VideoFrameType.YUV_I420), yuv.frameType());
        assertEquals(Optional.empty(), new VideoFrame(9, 7, 0, 0, 0, 0, 0, List.of(), 0, new byte[0]).trackType());

        assertEquals(Optional.of(AudioFrameType.AAC_ADTS), new AudioAacFrame(1, 10, 48000, 2, new byte[1]).frameType());
        assertEquals(
                Optional.of(AudioFrameType.RAW_PCM),
                new AudioPcmFrame(0, 10, 48000, 480, 1, 16, 0, new byte[960]).frameType());
    }

    @Test
    void videoFrameMotionVectorsAreAnImmutableCopy() {
        List<MvInfo> source = new ArrayList<>(List.of(new MvInfo(1, 2)));
        VideoFrame frame = new VideoFrame(0, 0, 0, 2, 2, 0, 0, source, 0, new byte[6]);
        source.add(new MvInfo(3, 4));

        assertEquals(List.of(new MvInfo(1, 2)), frame.mvInfos());
        assertThrows(UnsupportedOperationException.class, () -> frame.mvInfos().add(new MvInfo(5, 6)));
        assertEquals(frame, new VideoFrame(0, 0, 0, 2, 2, 0, 0, List.of(new MvInfo(1, 2)), 0, new byte[6]));
    }

    @Test
    void dataChannelCustomMessagesCarryUtf8Text() {
        DataChannelMessage message = DataChannelMessage.custom("h\u00e9llo");

        assertEquals(DataMsgType.CUSTOM.code(), message.type());
        assertEquals(Optional.of(DataMsgType.CUSTOM), message.msgType());
        assertArrayEquals("h\u00e9llo".getBytes(StandardCharsets.UTF_8), message.data());
        assertEquals("h\u00e9llo", message.text());
        assertEquals(0, message.networkTime());
        assertEquals(0, message.progress());
        assertEquals(message, DataChannelMessage.custom(new byte[] {'h', (byte) 0xc3, (byte) 0xa9, 'l', 'l', 'o'}));
    }
}
