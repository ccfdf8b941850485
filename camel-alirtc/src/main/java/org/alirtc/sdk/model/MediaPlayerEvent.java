package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Events of the vendor media player.
 * <p>Vendor enum {@code MediaPlayerEvent}; {@link #code()} is the exact vendor value.
 */
public enum MediaPlayerEvent implements WireCode {
    /** Buffering started. Vendor {@code MediaPlayerEventBufferingStart}. */
    BUFFERING_START(100),
    /** Buffering ended. Vendor {@code MediaPlayerEventBufferingEnd}. */
    BUFFERING_END(200),
    /** Seek finished. Vendor {@code MediaPlayerEventSeekComplete}. */
    SEEK_COMPLETE(300),
    /** An error occurred (vendor spells it {@code Occured}). Vendor {@code MediaPlayerEventErrorOccured}. */
    ERROR_OCCURRED(900);

    private static final MediaPlayerEvent[] VALUES = values();

    private final int code;

    MediaPlayerEvent(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<MediaPlayerEvent> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
