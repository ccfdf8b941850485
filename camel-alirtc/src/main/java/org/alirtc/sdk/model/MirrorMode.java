package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Mirroring of the published video.
 * <p>Vendor enum {@code AliEngineVideoMirrorMode}; {@link #code()} is the exact vendor value.
 */
public enum MirrorMode implements WireCode {
    /** No mirroring (the vendor default). Vendor {@code AliEngineVideoMirrorModeDisabled}. */
    DISABLED(0),
    /** Mirrored. Vendor {@code AliEngineVideoMirrorModeEnable}. */
    ENABLED(1);

    private static final MirrorMode[] VALUES = values();

    private final int code;

    MirrorMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<MirrorMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
