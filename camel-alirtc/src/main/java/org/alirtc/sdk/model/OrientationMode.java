package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Orientation of the encoded output video.
 * <p>Vendor enum {@code AliEngineVideoEncoderOrientationMode}; {@link #code()} is the exact vendor value.
 */
public enum OrientationMode implements WireCode {
    /** Output follows the capture orientation. Vendor {@code AliEngineVideoEncoderOrientationModeAdaptive}. */
    ADAPTIVE(0),
    /** Fixed landscape. The vendor text contradicts itself about which side becomes the width. Vendor {@code AliEngineVideoEncoderOrientationModeFixedLandscape}. */
    FIXED_LANDSCAPE(1),
    /** Fixed portrait. The vendor text contradicts itself about which side becomes the width. Vendor {@code AliEngineVideoEncoderOrientationModeFixedPortrait}. */
    FIXED_PORTRAIT(2);

    private static final OrientationMode[] VALUES = values();

    private final int code;

    OrientationMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<OrientationMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
