package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Channel count of observed audio; the code is the count.
 * <p>Vendor enum {@code AliRtcAudioNumChannelType}; {@link #code()} is the exact vendor value.
 */
public enum AudioChannels implements WireCode {
    /** One channel. Vendor {@code AliRtcMonoAudio}. */
    MONO(1),
    /** Two interleaved channels. Vendor {@code AliRtcStereoAudio}. */
    STEREO(2);

    private static final AudioChannels[] VALUES = values();

    private final int code;

    AudioChannels(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<AudioChannels> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
