package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Format(s) in which subscribed remote video is delivered (engine option {@code user_specified_video_observer_codec}).
 * <p>Vendor enum {@code VideoTranscodingCodec}; {@link #code()} is the exact vendor value.
 */
public enum VideoTranscodingCodec implements WireCode {
    /** Decoded YUV only. Vendor {@code VideoTranscodingCodecYuv}. */
    YUV(0),
    /** H.264 bitstream only. Vendor {@code VideoTranscodingCodecH264}. */
    H264(1),
    /** YUV and H.264. Vendor {@code VideoTranscodingCodecBothYuvAndH264}. */
    BOTH_YUV_AND_H264(2),
    /** End marker of the vendor range; not a usable codec. Vendor {@code VideoTranscodingCodecMax}. */
    MAX(3);

    private static final VideoTranscodingCodec[] VALUES = values();

    private final int code;

    VideoTranscodingCodec(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoTranscodingCodec> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
