package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Subscribe state of a remote stream.
 * <p>Vendor enum {@code AliEngineSubscribeState}; {@link #code()} is the exact vendor value.
 */
public enum SubscribeState implements WireCode {
    /** Initial state. Vendor {@code AliEngineStatsSubscribeIdle}. */
    IDLE(0),
    /** Not subscribed. Vendor {@code AliEngineStatsNoSubscribe}. */
    NO_SUBSCRIBE(1),
    /** Subscribing in progress. Vendor {@code AliEngineStatsSubscribing}. */
    SUBSCRIBING(2),
    /** Subscribed. Vendor {@code AliEngineStatsSubscribed}. */
    SUBSCRIBED(3);

    private static final SubscribeState[] VALUES = values();

    private final int code;

    SubscribeState(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<SubscribeState> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
