package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Payload of a received video frame. The vendor names are misleading: code 0 is called
 * {@code VideoFrameH264} but carries a decoded YUV I420 image, code 1 {@code VideoFrameH264Nalu} carries H.264 NAL units.
 * <p>Vendor enum {@code VideoFrameType}; {@link #code()} is the exact vendor value.
 */
public enum VideoFrameType implements WireCode {
    /** Decoded image, tightly packed I420 planes (vendor name {@code VideoFrameH264}). Vendor {@code VideoFrameH264}. */
    YUV_I420(0),
    /** Encoded H.264 NAL units (vendor name {@code VideoFrameH264Nalu}). Vendor {@code VideoFrameH264Nalu}. */
    H264_NALU(1);

    private static final VideoFrameType[] VALUES = values();

    private final int code;

    VideoFrameType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoFrameType> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
