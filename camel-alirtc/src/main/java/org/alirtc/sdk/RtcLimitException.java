package org.alirtc.sdk;

/**
 * A send was refused because it would exceed an ARTC limit (for example the data channel's 60 messages or 30 KB per
 * second). Nothing was sent; wait and retry, or send less.
 */
public class RtcLimitException extends IllegalStateException {

    public RtcLimitException(String message) {
        super(message);
    }
}
