package org.alirtc.sdk;

import org.alirtc.sdk.model.ErrorCode;

/**
 * An engine operation failed with an ARTC error code, for example a join the core service refused, or could not
 * complete because the core service did not answer or went away.
 */
public class RtcException extends RuntimeException {

    private final int errorCode;

    public RtcException(int errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public RtcException(int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** Builds "what failed: ERR_NAME (0x...): meaning" from a wire error code. */
    public static RtcException of(int errorCode, String what) {
        return new RtcException(errorCode, what + ": " + ErrorCode.describe(errorCode));
    }

    /** The ARTC error code; see {@link ErrorCode#fromCode(int)}. */
    public int errorCode() {
        return errorCode;
    }
}
