package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Which audio tracks a user offers or a statistic describes.
 * <p>Vendor enum {@code AudioTrack}; {@link #code()} is the exact vendor value.
 */
public enum AudioTrack implements WireCode {
    /** No audio track. Vendor {@code AudioTrackNo}. */
    NONE(0),
    /** Microphone (or file) audio. Vendor {@code AudioTrackMic}. */
    MIC(1),
    /** End marker; the vendor value 0xffffffff read as a signed 32-bit int. Vendor {@code AudioTrackEnd}. */
    END(-1);

    private static final AudioTrack[] VALUES = values();

    private final int code;

    AudioTrack(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<AudioTrack> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
