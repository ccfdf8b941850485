package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Large or small remote video stream.
 * <p>Vendor enum {@code AliEngineVideoStreamType}; {@link #code()} is the exact vendor value.
 */
public enum VideoStreamType implements WireCode {
    /** None; in a stream-type change it means not subscribed. Vendor {@code AliEngineVideoStreamTypeNone}. */
    NONE(0),
    /** High bitrate and resolution (large stream). Vendor {@code AliEngineVideoStreamTypeHigh}. */
    HIGH(1),
    /** Low bitrate and resolution (small stream). Vendor {@code AliEngineVideoStreamTypeLow}. */
    LOW(2);

    private static final VideoStreamType[] VALUES = values();

    private final int code;

    VideoStreamType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoStreamType> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
