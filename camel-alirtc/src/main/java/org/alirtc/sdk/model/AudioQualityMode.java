package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Audio encoding profile: sample rate, channels and maximum bitrate.
 * <p>Vendor enum {@code AudioQualityMode}; {@link #code()} is the exact vendor value.
 */
public enum AudioQualityMode implements WireCode {
    /** 8000 Hz mono, up to 12 kbps. Vendor {@code LowQualityMode}. */
    LOW(0x0000),
    /** 16000 Hz mono, up to 24 kbps (the vendor default). Vendor {@code BasicQualityMode}. */
    BASIC(0x0001),
    /** 48000 Hz mono, up to 64 kbps. Vendor {@code HighQualityMode}. */
    HIGH(0x0010),
    /** 48000 Hz stereo, up to 80 kbps. Vendor {@code StereoHighQualityMode}. */
    STEREO_HIGH(0x0011),
    /** 48000 Hz mono, up to 96 kbps. Vendor {@code SuperHighQualityMode}. */
    SUPER_HIGH(0x0012),
    /** 48000 Hz stereo, up to 128 kbps. Vendor {@code StereoSuperHighQualityMode}. */
    STEREO_SUPER_HIGH(0x0013),
    /** End marker of the vendor range; not a usable mode. Vendor {@code QualityMaxMode}. */
    MAX(0x0014);

    private static final AudioQualityMode[] VALUES = values();

    private final int code;

    AudioQualityMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<AudioQualityMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
