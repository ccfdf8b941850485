package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Pixel or bitstream format of pushed video samples.
 * <p>Vendor enum {@code VideoDataFormat}; {@link #code()} is the exact vendor value.
 */
public enum VideoDataFormat implements WireCode {
    /** Unknown format. Vendor {@code VideoDataFormatUnknow}. */
    UNKNOWN(-1),
    /** 32-bit BGRA. Vendor {@code VideoDataFormatBGRA}. */
    BGRA(0),
    /** Planar YUV 4:2:0. Vendor {@code VideoDataFormatI420}. */
    I420(1),
    /** Semi-planar YUV 4:2:0, VU order. Vendor {@code VideoDataFormatNV21}. */
    NV21(2),
    /** Semi-planar YUV 4:2:0, UV order. Vendor {@code VideoDataFormatNV12}. */
    NV12(3),
    /** H.264 bitstream. Vendor {@code VideoDataFormatH264}. */
    H264(4),
    /** H.265 bitstream. Vendor {@code VideoDataFormatH265}. */
    H265(5),
    /** 24-bit RGB. Vendor {@code VideoDataFormatRGB24}. */
    RGB24(6),
    /** 24-bit BGR. Vendor {@code VideoDataFormatBGR24}. */
    BGR24(7);

    private static final VideoDataFormat[] VALUES = values();

    private final int code;

    VideoDataFormat(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoDataFormat> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
