package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Frame type an external video encoder is asked to produce.
 * <p>Vendor enum {@code AliEngineVideoEncodedFrameType}; {@link #code()} is the exact vendor value.
 */
public enum EncodedFrameType implements WireCode {
    /** No particular type. Vendor {@code AliEngineVideoEncodedFrameNULL}. */
    NONE(0),
    /** IDR frame. Vendor {@code AliEngineVideoEncodedFrameIDR}. */
    IDR(1),
    /** Long-term reference frame. Vendor {@code AliEngineVideoEncodedFrameLTR}. */
    LTR(2),
    /** B frame. Vendor {@code AliEngineVideoEncodedFrameB}. */
    B(3);

    private static final EncodedFrameType[] VALUES = values();

    private final int code;

    EncodedFrameType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<EncodedFrameType> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
