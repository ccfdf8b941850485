package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Warning codes delivered by the warning callback. The vendor defines a single member;
 * real warnings arrive with other codes, which is why callbacks carry the raw int.
 * <p>Vendor enum {@code WARNNING_CODE}; {@link #code()} is the exact vendor value.
 */
public enum WarningCode implements WireCode {
    /** The only warning the vendor names. Vendor {@code WARN_DEFAULT}. */
    DEFAULT(-1);

    private static final WarningCode[] VALUES = values();

    private final int code;

    WarningCode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<WarningCode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
