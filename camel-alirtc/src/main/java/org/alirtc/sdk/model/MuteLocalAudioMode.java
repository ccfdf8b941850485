package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * What muting the local audio silences.
 * <p>Vendor enum {@code AliEngineMuteLocalAudioMode}; {@link #code()} is the exact vendor value.
 */
public enum MuteLocalAudioMode implements WireCode {
    /** Microphone and external input. Vendor {@code AliEngineMuteLocalAudioModeDefault}. */
    DEFAULT(0),
    /** Only the microphone. Vendor {@code AliEngineMuteLocalAudioModeMuteOnlyMic}. */
    MUTE_ONLY_MIC(1),
    /** Microphone and external input. Vendor {@code AliEngineMuteLocalAudioModeMuteAll}. */
    MUTE_ALL(2);

    private static final MuteLocalAudioMode[] VALUES = values();

    private final int code;

    MuteLocalAudioMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<MuteLocalAudioMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
