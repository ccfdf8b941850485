package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Why the connection status changed.
 * <p>Vendor enum {@code AliEngineConnectionStatusChangeReason}; {@link #code()} is the exact vendor value.
 */
public enum ConnectionStatusChangeReason implements WireCode {
    /** No particular reason. Vendor {@code AliEngineConnectionChangedDummyReason}. */
    DUMMY_REASON(0),
    /** Media path changed. Vendor {@code AliEngineConnectionMediaPathChanged}. */
    MEDIA_PATH_CHANGED(1),
    /** Signalling heartbeat timed out. Vendor {@code AliEngineConnectionSignalingHeartbeatTimeout}. */
    SIGNALING_HEARTBEAT_TIMEOUT(2),
    /** Signalling heartbeat back. Vendor {@code AliEngineConnectionSignalingHeartbeatAlive}. */
    SIGNALING_HEARTBEAT_ALIVE(3),
    /** HTTP DNS resolved. Vendor {@code AliEngineConnectionSignalingHttpDnsResolved}. */
    SIGNALING_HTTP_DNS_RESOLVED(4),
    /** HTTP DNS failed. Vendor {@code AliEngineConnectionSignalingHttpDnsFailure}. */
    SIGNALING_HTTP_DNS_FAILURE(5),
    /** Global load balancer request failed. Vendor {@code AliEngineConnectionSignalingGslbFailure}. */
    SIGNALING_GSLB_FAILURE(6),
    /** Global load balancer request succeeded (vendor spells it {@code Succcess}). Vendor {@code AliEngineConnectionSignalingGslbSucccess}. */
    SIGNALING_GSLB_SUCCESS(7),
    /** Joining the room failed. Vendor {@code AliEngineConnectionSignalingJoinRoomFailure}. */
    SIGNALING_JOIN_ROOM_FAILURE(8),
    /** Joined the room. Vendor {@code AliEngineConnectionSignalingJoinRoomSuccess}. */
    SIGNALING_JOIN_ROOM_SUCCESS(9),
    /** Left the room. Vendor {@code AliEngineConnectionSignalingLeaveRoom}. */
    SIGNALING_LEAVE_ROOM(10),
    /** Signalling connecting. Vendor {@code AliEngineConnectionSignalingConnecting}. */
    SIGNALING_CONNECTING(11),
    /** Network interrupted. Vendor {@code AliEngineConnectionChangedNetworkInterrupted}. */
    NETWORK_INTERRUPTED(12);

    private static final ConnectionStatusChangeReason[] VALUES = values();

    private final int code;

    ConnectionStatusChangeReason(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<ConnectionStatusChangeReason> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }
}
