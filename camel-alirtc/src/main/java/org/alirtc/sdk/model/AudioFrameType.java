package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Payload of a received audio frame.
 * <p>Vendor enum {@code AudioFrameType}; {@link #code()} is the exact vendor value.
 */
public enum AudioFrameType implements WireCode {
    /** Signed 16-bit little-endian PCM. Vendor {@code AudioFrameRawPcm}. */
    RAW_PCM(0),
    /** AAC in ADTS framing. Vendor {@code AudioFrameAacAdts}. */
    AAC_ADTS(1);

    private static final AudioFrameType[] VALUES = values();

    private final int code;

    AudioFrameType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<AudioFrameType> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
