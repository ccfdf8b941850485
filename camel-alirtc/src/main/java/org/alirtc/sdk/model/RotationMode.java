package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Rotation of the published video; the code is the angle in degrees.
 * <p>Vendor enum {@code AliEngineRotationMode}; {@link #code()} is the exact vendor value.
 */
public enum RotationMode implements WireCode {
    /** Keep the previous rotation. Vendor {@code AliEngineRotationModeNoChange}. */
    NO_CHANGE(-1),
    /** 0 degrees (the vendor default). Vendor {@code AliEngineRotationMode_0}. */
    ROTATION_0(0),
    /** 90 degrees. Vendor {@code AliEngineRotationMode_90}. */
    ROTATION_90(90),
    /** 180 degrees. Vendor {@code AliEngineRotationMode_180}. */
    ROTATION_180(180),
    /** 270 degrees. Vendor {@code AliEngineRotationMode_270}. */
    ROTATION_270(270);

    private static final RotationMode[] VALUES = values();

    private final int code;

    RotationMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<RotationMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
