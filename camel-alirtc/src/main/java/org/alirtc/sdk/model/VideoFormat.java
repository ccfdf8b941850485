package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Subscribe-side video delivery; must be H264 for remote video callbacks to fire at all.
 * <p>Vendor enum {@code VideoFormat}; {@link #code()} is the exact vendor value.
 */
public enum VideoFormat implements WireCode {
    /** No remote video delivered. Vendor {@code VideoFormatNone}. */
    NONE(0),
    /** Remote video delivered (the vendor default). Vendor {@code VideoFormatH264}. */
    H264(1);

    private static final VideoFormat[] VALUES = values();

    private final int code;

    VideoFormat(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VideoFormat> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
