package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * How external video whose aspect ratio differs from the publish ratio is fitted.
 * <p>Vendor enum {@code RenderMode}; {@link #code()} is the exact vendor value.
 */
public enum RenderMode implements WireCode {
    /** The SDK decides. Vendor {@code RenderModeAuto}. */
    AUTO(0),
    /** Stretch to the publish ratio; the picture is distorted. Vendor {@code RenderModeStretch}. */
    STRETCH(1),
    /** Letterbox with black bars. Vendor {@code RenderModeFill}. */
    FILL(2),
    /** Crop width or height; content is lost. Vendor {@code RenderModeCrop}. */
    CROP(3);

    private static final RenderMode[] VALUES = values();

    private final int code;

    RenderMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<RenderMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
