package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Audio/video synchronisation of pushed media.
 * <p>Vendor enum {@code PublishAvsyncMode}; {@link #code()} is the exact vendor value.
 */
public enum PublishAvsyncMode implements WireCode {
    /** Pushed media is sent at once; timestamps are ignored and the caller paces and syncs. Vendor {@code PublishAvsyncNoDelay}. */
    NO_DELAY(0),
    /** The SDK buffers and releases media by its timestamps. All publish segments within one join
     * must share one time axis, otherwise playback stalls. Vendor {@code PublishAvsyncWithPts}. */
    WITH_PTS(1);

    private static final PublishAvsyncMode[] VALUES = values();

    private final int code;

    PublishAvsyncMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<PublishAvsyncMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
