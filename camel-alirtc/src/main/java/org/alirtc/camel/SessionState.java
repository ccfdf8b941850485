package org.alirtc.camel;

/** Where a shared {@link AliRtcSession} is in its life. */
public enum SessionState {
    /** The engine is starting and the first join has not completed. */
    JOINING,
    /** In the channel. */
    JOINED,
    /** The engine was lost or kicked out and the session is rejoining with a new engine. */
    REJOINING,
    /** The core service or connection is gone and no rejoin is pending (attempts used up or disabled). */
    CORE_SERVICE_DOWN,
    /** The session left the channel: released by its last user, or left on request. */
    STOPPED
}
