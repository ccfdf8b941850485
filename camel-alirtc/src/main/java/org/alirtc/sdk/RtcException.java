package org.alirtc.sdk;

import java.util.function.Supplier;

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

    /**
     * Turns the result of an {@link RtcEngine} command into an exception unless it is {@link RtcEngine#SENT}.
     *
     * @param action       what was attempted, e.g. "Sending the video frame"
     * @param notConnected why the engine is not connected, e.g. "the engine of session s is not connected"; asked
     *                     for only when it is not
     * @throws IllegalStateException for {@link RtcEngine#NOT_CONNECTED}: nothing was sent, and no ARTC code says why
     * @throws RtcException          naming the ARTC error code of any other result
     */
    public static void requireSent(int result, String action, Supplier<String> notConnected) {
        if (result == RtcEngine.NOT_CONNECTED) {
            throw new IllegalStateException(action + " failed: " + notConnected.get());
        }
        if (result != RtcEngine.SENT) {
            throw of(result, action + " failed");
        }
    }

    /** The ARTC error code; see {@link ErrorCode#fromCode(int)}. */
    public int errorCode() {
        return errorCode;
    }
}
