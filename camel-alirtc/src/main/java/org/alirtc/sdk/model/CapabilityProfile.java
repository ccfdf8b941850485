package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * What kind of participant the engine presents itself as.
 * <p>Vendor enum {@code AliCapabilityProfile}; {@link #code()} is the exact vendor value.
 */
public enum CapabilityProfile implements WireCode {
    /** Ordinary participant. Vendor {@code AliCapabilityProfileDefault}. */
    DEFAULT(0),
    /** AI digital human. Vendor {@code AliCapabilityProfileAiHuman}. */
    AI_HUMAN(1),
    /** AI robot (the intended vendor default for user parameters). Vendor {@code AliCapabilityProfileAiRobot}. */
    AI_ROBOT(2);

    private static final CapabilityProfile[] VALUES = values();

    private final int code;

    CapabilityProfile(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<CapabilityProfile> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
