package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Sample rate of observed audio. The vendor code is an <em>index</em>, not the rate: 48000 Hz travels as 6.
 * Use {@link #hz()} and {@link #fromHz(int)} to convert.
 * <p>Vendor enum {@code AliRtcAudioSampleRate}; {@link #code()} is the exact vendor value.
 */
public enum AudioSampleRate implements WireCode {
    /** 8000 Hz. Vendor {@code AliRtcAudioSampleRate_8000}. */
    HZ_8000(0, 8000),
    /** 11025 Hz; deprecated by the vendor. Vendor {@code AliRtcAudioSampleRate_11025}. */
    HZ_11025(1, 11025),
    /** 16000 Hz. Vendor {@code AliRtcAudioSampleRate_16000}. */
    HZ_16000(2, 16000),
    /** 22050 Hz; deprecated by the vendor. Vendor {@code AliRtcAudioSampleRate_22050}. */
    HZ_22050(3, 22050),
    /** 32000 Hz. Vendor {@code AliRtcAudioSampleRate_32000}. */
    HZ_32000(4, 32000),
    /** 44100 Hz. Vendor {@code AliRtcAudioSampleRate_44100}. */
    HZ_44100(5, 44100),
    /** 48000 Hz. Vendor {@code AliRtcAudioSampleRate_48000}. */
    HZ_48000(6, 48000),
    /** 12000 Hz. Vendor {@code AliRtcAudioSampleRate_12000}. */
    HZ_12000(7, 12000),
    /** 24000 Hz. Vendor {@code AliRtcAudioSampleRate_24000}. */
    HZ_24000(8, 24000),
    /** Rate not known; {@link #hz()} is 0. Vendor {@code AliRtcAudioSampleRate_Unknown}. */
    UNKNOWN(100, 0);

    private static final AudioSampleRate[] VALUES = values();

    private final int code;
    private final int hz;

    AudioSampleRate(int code, int hz) {
        this.code = code;
        this.hz = hz;
    }

    @Override
    public int code() {
        return code;
    }

    /** The rate in Hz; 0 for {@link #UNKNOWN}. */
    public int hz() {
        return hz;
    }

    /** The constant with this vendor code (index), or empty for a code this version does not know. */
    public static Optional<AudioSampleRate> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }

    /** The constant for a rate in Hz, e.g. 16000 gives {@link #HZ_16000}; empty for rates the vendor lacks. */
    public static Optional<AudioSampleRate> fromHz(int hz) {
        for (AudioSampleRate rate : VALUES) {
            if (rate != UNKNOWN && rate.hz == hz) {
                return Optional.of(rate);
            }
        }
        return Optional.empty();
    }
}
