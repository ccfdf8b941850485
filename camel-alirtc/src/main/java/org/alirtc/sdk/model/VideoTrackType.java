package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Which remote video stream a received frame belongs to.
 * <p>Vendor enum {@code VideoTrackType}; {@link #code()} is the exact vendor value.
 */
public enum VideoTrackType implements WireCode {
    /** Camera, large (high) stream. Vendor {@code VideoTrackCameraLarge}. */
    CAMERA_LARGE(0),
    /** Camera, small (low) stream. Vendor {@code VideoTrackCameraSmall}. */
    CAMERA_SMALL(1),
    /** Camera, super stream. Vendor {@code VideoTrackCameraSuper}. */
    CAMERA_SUPER(2),
    /** Screen share. Vendor {@code VideoTrackScreenshare}. */
    SCREENSHARE(3);

    private static final VideoTrackType[] VALUES = values();

    private final int code;

    VideoTrackType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoTrackType> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
