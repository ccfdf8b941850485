package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Whether local streams start publishing on join or only when asked.
 * <p>Vendor enum {@code PublishMode}; {@link #code()} is the exact vendor value.
 */
public enum PublishMode implements WireCode {
    /** Audio and video publish automatically after join. Vendor {@code PublishAutomatically}. */
    AUTOMATICALLY(0),
    /** Publishing starts only through the publish calls (the vendor default). Vendor {@code PublishManually}. */
    MANUALLY(1);

    private static final PublishMode[] VALUES = values();

    private final int code;

    PublishMode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<PublishMode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
