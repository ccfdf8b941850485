package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Which locally available audio an audio observer taps. Codes 0, 1 and 3 do not exist.
 * <p>Vendor enum {@code AliRtcAudioSource}; {@link #code()} is the exact vendor value.
 */
public enum AudioSource implements WireCode {
    /** The published (pushed) audio. Vendor {@code AliRtcAudioSourcePub}. */
    PUB(2),
    /** Published and played-back audio mixed. Vendor {@code AliRtcAudioSourceMixedAll}. */
    MIXED_ALL(4);

    private static final AudioSource[] VALUES = values();

    private final int code;

    AudioSource(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<AudioSource> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
