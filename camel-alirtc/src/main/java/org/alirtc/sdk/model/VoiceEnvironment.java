package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Acoustic environment reported by voiceprint recognition.
 * <p>Vendor enum {@code AliEngineVoiceEnvironment}; {@link #code()} is the exact vendor value.
 */
public enum VoiceEnvironment implements WireCode {
    /** No result yet. Vendor {@code AliEngineVoiceNoResult}. */
    NO_RESULT(-1),
    /** One speaker. Vendor {@code AliEngineVoiceMonologue}. */
    MONOLOGUE(0),
    /** Several speakers. Vendor {@code AliEngineVoiceDialogue}. */
    DIALOGUE(1),
    /** Noisy environment. Vendor {@code AliEngineVoiceNoisy}. */
    NOISY(2),
    /** Noisy, several speakers. Vendor {@code AliEngineVoiceNoisyAndDialogue}. */
    NOISY_AND_DIALOGUE(3);

    private static final VoiceEnvironment[] VALUES = values();

    private final int code;

    VoiceEnvironment(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<VoiceEnvironment> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
