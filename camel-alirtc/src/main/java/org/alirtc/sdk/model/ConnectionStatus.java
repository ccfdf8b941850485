package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Connection state of the engine to the cloud.
 * <p>Vendor enum {@code AliEngineConnectionStatus}; {@link #code()} is the exact vendor value.
 */
public enum ConnectionStatus implements WireCode {
    /** Not yet connected. Vendor {@code AliEngineConnectionStatusInit}. */
    INIT(0),
    /** Disconnected. Vendor {@code AliEngineConnectionStatusDisconnected}. */
    DISCONNECTED(1),
    /** Connecting. Vendor {@code AliEngineConnectionStatusConnecting}. */
    CONNECTING(2),
    /** Connected. Vendor {@code AliEngineConnectionStatusConnected}. */
    CONNECTED(3),
    /** Reconnecting after a loss. Vendor {@code AliEngineConnectionStatusReconnecting}. */
    RECONNECTING(4),
    /** Connection failed. Vendor {@code AliEngineConnectionStatusFailed}. */
    FAILED(5);

    private static final ConnectionStatus[] VALUES = values();

    private final int code;

    ConnectionStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<ConnectionStatus> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
