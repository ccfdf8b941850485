package org.alirtc.camel;

/**
 * An exchange could not be sent because its session is out of the channel: rejoining after a lost core service or
 * connection, given up, or stopped. Nothing of the exchange was sent or counted as sent, so it can be retried as a
 * whole, for example by a redelivery policy, or left to wait with {@code outageWait}.
 */
public class AliRtcSessionUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final SessionState sessionState;

    public AliRtcSessionUnavailableException(String message, SessionState sessionState) {
        super(message);
        this.sessionState = sessionState;
    }

    /** The session's state when the exchange gave up. */
    public SessionState getSessionState() {
        return sessionState;
    }
}
