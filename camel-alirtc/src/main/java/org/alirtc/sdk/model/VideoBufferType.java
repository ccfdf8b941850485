package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Kind of buffer holding pushed video; only raw data applies on Linux.
 * <p>Vendor enum {@code VideoBufferType}; {@link #code()} is the exact vendor value.
 */
public enum VideoBufferType implements WireCode {
    /** Bytes in memory. Vendor {@code VideoBufferTypeRawData}. */
    RAW_DATA(0),
    /** Apple pixel buffer. Vendor {@code VideoBufferTypeCVPixelBuffer}. */
    CV_PIXEL_BUFFER(1),
    /** GPU texture. Vendor {@code VideoBufferTypeTexture}. */
    TEXTURE(2);

    private static final VideoBufferType[] VALUES = values();

    private final int code;

    VideoBufferType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoBufferType> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
