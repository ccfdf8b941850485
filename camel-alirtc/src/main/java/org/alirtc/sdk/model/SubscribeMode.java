package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * How remote streams are subscribed after join.
 * <p>Vendor enum {@code SubscribeMode}; {@link #code()} is the exact vendor value.
 */
public enum SubscribeMode implements WireCode {
    /** Every anchor that joins is subscribed. Vendor {@code SubscribeAutomatically}. */
    AUTOMATICALLY(0),
    /** Only users subscribed explicitly by id (the vendor default). Vendor {@code SubscribeManually}. */
    MANUALLY(1),
    /** Audio of every anchor, no video; saves decoder CPU. Vendor {@code SubscribeAudioAutoAndOnly}. */
    AUDIO_AUTO_AND_ONLY(2),
    /** Camera video of every anchor, no audio. Vendor {@code SubscribeCameraAutoAndOnly}. */
    CAMERA_AUTO_AND_ONLY(3);

    private static final SubscribeMode[] VALUES = values();

    private final int code;

    SubscribeMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<SubscribeMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
