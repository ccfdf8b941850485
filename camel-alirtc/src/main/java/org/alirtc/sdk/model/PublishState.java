package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Publish state of a local stream.
 * <p>Vendor enum {@code AliEnginePublishState}; {@link #code()} is the exact vendor value.
 */
public enum PublishState implements WireCode {
    /** Initial state. Vendor {@code AliEngineStatsPublishIdle}. */
    IDLE(0),
    /** Not publishing. Vendor {@code AliEngineStatsNoPublish}. */
    NO_PUBLISH(1),
    /** Publishing in progress. Vendor {@code AliEngineStatsPublishing}. */
    PUBLISHING(2),
    /** Published. Vendor {@code AliEngineStatsPublished}. */
    PUBLISHED(3);

    private static final PublishState[] VALUES = values();

    private final int code;

    PublishState(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<PublishState> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
