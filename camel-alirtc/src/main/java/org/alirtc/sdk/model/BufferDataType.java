package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Which push buffer a remaining-size query asks about.
 * <p>Vendor enum {@code BufferDataType}; {@link #code()} is the exact vendor value.
 */
public enum BufferDataType implements WireCode {
    /** Audio buffer. Vendor {@code AudioOnly}. */
    AUDIO_ONLY(0),
    /** Video buffer. Vendor {@code VideoOnly}. */
    VIDEO_ONLY(1),
    /** Both buffers. Vendor {@code BothAudioAndVideo}. */
    BOTH_AUDIO_AND_VIDEO(2);

    private static final BufferDataType[] VALUES = values();

    private final int code;

    BufferDataType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<BufferDataType> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
