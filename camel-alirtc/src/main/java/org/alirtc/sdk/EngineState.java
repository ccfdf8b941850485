package org.alirtc.sdk;

/** Where an {@link RtcEngine} is in its life. */
public enum EngineState {
    /** Connected to the core service, not in a channel. */
    CONNECTED,
    /** A join was sent and its result (callback 1001) has not arrived yet. */
    JOINING,
    /** In a channel. */
    JOINED,
    /** A leave was sent and its result (callback 1004) has not arrived yet. */
    LEAVING,
    /** Left the channel; a new join may follow. */
    LEFT,
    /**
     * The core service ended, stopped answering, or the connection to it was lost; only {@link RtcEngine#release()}
     * is useful now.
     */
    CORE_SERVICE_DOWN,
    /** Released; every method returns {@link RtcEngine#NOT_CONNECTED}. */
    RELEASED
}
