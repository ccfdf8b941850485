package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Kind of a data-channel message.
 * <p>Vendor enum {@code AliEngineDataMsgType}; {@link #code()} is the exact vendor value.
 */
public enum DataMsgType implements WireCode {
    /** No particular kind. Vendor {@code AliEngineDataChannelNone}. */
    NONE(0),
    /** Accompaniment progress. Vendor {@code AliEngineDataChannelProgress}. */
    PROGRESS(1),
    /** Application-defined payload. Vendor {@code AliEngineDataChannelCustom}. */
    CUSTOM(2);

    private static final DataMsgType[] VALUES = values();

    private final int code;

    DataMsgType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<DataMsgType> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
