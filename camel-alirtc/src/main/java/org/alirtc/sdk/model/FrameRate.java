package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Video frame rate; the code is the rate in frames per second.
 * <p>Vendor enum {@code AliEngineFrameRate}; {@link #code()} is the exact vendor value.
 */
public enum FrameRate implements WireCode {
    /** 5 fps. Vendor {@code AliEngineFrameRateFps5}. */
    FPS_5(5),
    /** 10 fps. Vendor {@code AliEngineFrameRateFps10}. */
    FPS_10(10),
    /** 15 fps. Vendor {@code AliEngineFrameRateFps15}. */
    FPS_15(15),
    /** 20 fps. Vendor {@code AliEngineFrameRateFps20}. */
    FPS_20(20),
    /** 25 fps. Vendor {@code AliEngineFrameRateFps25}. */
    FPS_25(25),
    /** 30 fps. Vendor {@code AliEngineFrameRateFps30}. */
    FPS_30(30),
    /** 60 fps. Vendor {@code AliEngineFrameRateFps60}. */
    FPS_60(60);

    private static final FrameRate[] VALUES = values();

    private final int code;

    FrameRate(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<FrameRate> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
