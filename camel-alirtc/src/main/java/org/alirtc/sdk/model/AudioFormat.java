package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Subscribe-side audio delivery.
 * <p>Vendor enum {@code AudioFormat}; {@link #code()} is the exact vendor value.
 */
public enum AudioFormat implements WireCode {
    /** No remote audio delivered. Vendor {@code AudioFormatNone}. */
    NONE(0),
    /** One mixed PCM stream of all remote users (the vendor default). Vendor {@code AudioFormatMixedPcm}. */
    MIXED_PCM(1),
    /** A separate PCM stream per remote user. Vendor {@code AudioFormatPcmBeforMixing}. */
    PCM_BEFORE_MIXING(2);

    private static final AudioFormat[] VALUES = values();

    private final int code;

    AudioFormat(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<AudioFormat> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
