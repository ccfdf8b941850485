package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * State of the vendor media player.
 * <p>Vendor enum {@code MediaPlayerState}; {@link #code()} is the exact vendor value.
 */
public enum MediaPlayerState implements WireCode {
    /** Idle. Vendor {@code MediaPlayerStateIdle}. */
    IDLE(0),
    /** Initialised. Vendor {@code MediaPlayerStateInited}. */
    INITED(1),
    /** Preparing (vendor spells it {@code Prepareing}). Vendor {@code MediaPlayerStatePrepareing}. */
    PREPARING(2),
    /** Prepared. Vendor {@code MediaPlayerStatePrepared}. */
    PREPARED(3),
    /** Playing. Vendor {@code MediaPlayerStateStarted}. */
    STARTED(4),
    /** Paused. Vendor {@code MediaPlayerStatePaused}. */
    PAUSED(5),
    /** Reached the end. Vendor {@code MediaPlayerStateCompleted}. */
    COMPLETED(6),
    /** Stopped. Vendor {@code MediaPlayerStateStopped}. */
    STOPPED(7),
    /** Failed. Vendor {@code MediaPlayerStateError}. */
    ERROR(8),
    /** Released. Vendor {@code MediaPlayerStateEnd}. */
    END(9);

    private static final MediaPlayerState[] VALUES = values();

    private final int code;

    MediaPlayerState(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<MediaPlayerState> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
