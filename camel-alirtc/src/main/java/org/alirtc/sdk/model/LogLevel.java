package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Minimum severity of the core service's log. There are no levels below INFO.
 * <p>Vendor enum {@code LogLevel}; {@link #code()} is the exact vendor value.
 */
public enum LogLevel implements WireCode {
    /** Info and above. Vendor {@code LogLevelInfo}. */
    INFO(3),
    /** Warnings and above. Vendor {@code LogLevelWarn}. */
    WARN(4),
    /** Errors and above. Vendor {@code LogLevelError}. */
    ERROR(5),
    /** Fatal only. Vendor {@code LogLevelFatal}. */
    FATAL(6),
    /** No log output. Vendor {@code LogLevelNone}. */
    NONE(7);

    private static final LogLevel[] VALUES = values();

    private final int code;

    LogLevel(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<LogLevel> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
