package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Source of external video input.
 * <p>Vendor enum {@code VideoSource}; {@link #code()} is the exact vendor value.
 */
public enum VideoSource implements WireCode {
    /** Camera track. Vendor {@code VideoSourceCamera}. */
    CAMERA(0),
    /** Screen-share track. Vendor {@code VideoSourceScreenShare}. */
    SCREEN_SHARE(1),
    /** End marker of the vendor range; not a usable source. Vendor {@code VideosourceTypeMax}. */
    TYPE_MAX(2);

    private static final VideoSource[] VALUES = values();

    private final int code;

    VideoSource(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoSource> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
