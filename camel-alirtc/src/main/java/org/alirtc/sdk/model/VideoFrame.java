package org.alirtc.sdk.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A remote video frame delivered by a callback: a decoded I420 image ({@link VideoFrameType#YUV_I420}, planes
 * tightly packed, Y then U then V) or H.264 NAL units ({@link VideoFrameType#H264_NALU}).
 * <p>{@code data} is exactly the frame's bytes and belongs to this record: the receiver hands over a fresh array
 * and keeps no reference, and the accessor returns it without copying, so treat it as read-only.
 *
 * @param track     stream as the raw vendor code, see {@link #trackType()}
 * @param type      payload kind as the raw vendor code, see {@link #frameType()}
 * @param frameMs   frame timestamp in ms
 * @param width     width in pixels
 * @param height    height in pixels
 * @param frameNum  frame number
 * @param qp        quantisation parameter; 0 where the wire has none (encoded frames)
 * @param mvInfos   motion-vector pairs; empty where the wire has none
 * @param sliceType slice type; 0 where the wire has none
 * @param data      payload bytes
 */
public record VideoFrame(
        int track,
        int type,
        long frameMs,
        int width,
        int height,
        int frameNum,
        int qp,
        List<MvInfo> mvInfos,
        int sliceType,
        byte[] data) {

    public VideoFrame {
        mvInfos = mvInfos == null ? List.of() : List.copyOf(mvInfos);
        Checks.notNull(data, "data", "pass the frame bytes");
    }

    /** The stream the frame belongs to, or empty for a code this version does not know. */
    public Optional<VideoTrackType> trackType() {
        return VideoTrackType.fromCode(track);
    }

    /** The payload kind, or empty for a code this version does not know. */
    public Optional<VideoFrameType> frameType() {
        return VideoFrameType.fromCode(type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VideoFrame that
                && track == that.track
                && type == that.type
                && frameMs == that.frameMs
                && width == that.width
                && height == that.height
                && frameNum == that.frameNum
                && qp == that.qp
                && sliceType == that.sliceType
                && mvInfos.equals(that.mvInfos)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(data) + Long.hashCode(frameMs)) + frameNum;
    }

    @Override
    public String toString() {
        return "VideoFrame[track=" + track + ", type=" + type + ", frameMs=" + frameMs + ", " + width + "x" + height
                + ", frameNum=" + frameNum + ", qp=" + qp + ", mvInfos=" + mvInfos.size() + ", sliceType=" + sliceType
                + ", data=" + data.length + " bytes]";
    }
}
