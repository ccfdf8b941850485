package org.alirtc.camel;

/** What the producer does when the core service reports a full push buffer. */
public enum AliRtcBufferFullPolicy {
    /** Wait until the buffer has room, at most {@code bufferFullMaxWait}, then fail the exchange. */
    WAIT,
    /** Skip the frame, count it, and carry on. */
    DROP,
    /** Fail the exchange at once. */
    FAIL
}
