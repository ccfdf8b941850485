package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Audio processing scene (which 3A chain the core service uses).
 * <p>Vendor enum {@code AudioSceneMode}; {@link #code()} is the exact vendor value.
 */
public enum AudioSceneMode implements WireCode {
    /** Hardware 3A. Vendor {@code DefaultMode}. */
    DEFAULT(0x0000),
    /** Hardware 3A. Vendor {@code EducationMode}. */
    EDUCATION(0x0100),
    /** Basic software 3A. Vendor {@code MediaMode}. */
    MEDIA(0x0200),
    /** Music tuning with software 3A. Vendor {@code MusicMode}. */
    MUSIC(0x0300),
    /** Hardware 3A. Vendor {@code ChatroomMode}. */
    CHATROOM(0x0400),
    /** Music tuning with software 3A. Vendor {@code KtvMode}. */
    KTV(0x0500),
    /** End marker of the vendor range; not a usable scene. Vendor {@code SceneMaxMode}. */
    MAX(0x0501);

    private static final AudioSceneMode[] VALUES = values();

    private final int code;

    AudioSceneMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<AudioSceneMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
