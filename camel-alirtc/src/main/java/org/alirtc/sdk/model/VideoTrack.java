package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Which video tracks a user offers or a statistic describes.
 * <p>Vendor enum {@code VideoTrack}; {@link #code()} is the exact vendor value.
 */
public enum VideoTrack implements WireCode {
    /** No video track. Vendor {@code VideoTrackNo}. */
    NONE(0),
    /** Camera (or file) video. Vendor {@code VideoTrackCamera}. */
    CAMERA(1),
    /** Screen-share video. Vendor {@code VideoTrackScreen}. */
    SCREEN(2),
    /** Camera and screen. Vendor {@code VideoTrackBoth}. */
    BOTH(3),
    /** End marker; the vendor value 0xffffffff read as a signed 32-bit int. Vendor {@code VideoTrackEnd}. */
    END(-1);

    private static final VideoTrack[] VALUES = values();

    private final int code;

    VideoTrack(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoTrack> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
