package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Format(s) in which subscribed remote audio is delivered (engine option {@code user_specified_audio_observer_codec}).
 * <p>Vendor enum {@code AudioTranscodingCodec}; {@link #code()} is the exact vendor value.
 */
public enum AudioTranscodingCodec implements WireCode {
    /** PCM only. Vendor {@code AudioTranscodingCodecPcm}. */
    PCM(0),
    /** AAC only. Vendor {@code AudioTranscodingCodecAac}. */
    AAC(1),
    /** PCM and AAC. Vendor {@code AudioTranscodingCodecBothPcmAndAac}. */
    BOTH_PCM_AND_AAC(2),
    /** End marker of the vendor range; not a usable codec. Vendor {@code AudioTranscodingCodecMax}. */
    MAX(3);

    private static final AudioTranscodingCodec[] VALUES = values();

    private final int code;

    AudioTranscodingCodec(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<AudioTranscodingCodec> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
