package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Channel mode chosen at join.
 * <p>Vendor enum {@code ChannelProfile}; {@link #code()} is the exact vendor value.
 */
public enum ChannelProfile implements WireCode {
    /** Communication mode: every member may publish. Vendor {@code ChannelProfileCommunication}. */
    COMMUNICATION(0),
    /** Interactive live mode (the vendor default). Vendor {@code ChannelProfileInteractiveLive}. */
    INTERACTIVE_LIVE(1),
    /** Low-latency interactive live mode. Vendor {@code ChannelProfileInteractiveWithLowLatencyLive}. */
    INTERACTIVE_WITH_LOW_LATENCY_LIVE(2);

    private static final ChannelProfile[] VALUES = values();

    private final int code;

    ChannelProfile(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<ChannelProfile> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
