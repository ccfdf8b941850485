package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Role of a user in an interactive-live channel.
 * <p>Vendor enum {@code AliEngineClientRole}; {@link #code()} is the exact vendor value.
 */
public enum ClientRole implements WireCode {
    /** Anchor: may publish. Vendor {@code AliEngineClientRoleInteractive}. */
    INTERACTIVE(0),
    /** Audience: watches only. Vendor {@code AliEngineClientRoleLive}. */
    LIVE(1);

    private static final ClientRole[] VALUES = values();

    private final int code;

    ClientRole(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<ClientRole> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
