package org.alirtc.camel;

import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcException;

/**
 * Applies the producer's buffer-full policy to one push into the engine, and turns the engine's result codes into
 * the producer's exceptions.
 */
final class BufferFullGuard {

    /** Waits for the engine's push buffer to have room, woken by the core's report; true when it has. */
    @FunctionalInterface
    interface RoomWait {
        boolean await(long timeoutNanos) throws InterruptedException;
    }

    private final AliRtcBufferFullPolicy policy;
    private final long maxWaitMs;
    private final AliRtcSession session;

    BufferFullGuard(AliRtcBufferFullPolicy policy, long maxWaitMs, AliRtcSession session) {
        this.policy = policy;
        this.maxWaitMs = maxWaitMs;
        this.session = session;
    }

    /**
     * Pushes once, and on a full buffer waits, drops or fails as configured.
     *
     * @param what describes the push for messages, e.g. "audio frame"
     * @param push performs the push and returns the engine's result code
     * @param room waits for the engine's buffer to have room
     * @return true when sent, false when dropped
     * @throws IllegalStateException when the buffer stays full (policy wait) or is full (policy fail), or the
     *                               session is not connected
     */
    boolean push(String what, IntSupplier push, RoomWait room) throws InterruptedException {
        int result = push.getAsInt();
        if (result == RtcEngine.BUFFER_FULL) {
            switch (policy) {
                case DROP -> {
                    session.countPushDropped();
                    return false;
                }
                case FAIL ->
                    throw new IllegalStateException("The core service's buffer is full, so the " + what
                            + " was not sent (bufferFullPolicy=fail): push slower, use pacing=realTime, or"
                            + " bufferFullPolicy=wait");
                case WAIT -> result = waitAndRetry(what, push, room);
            }
        }
        requireSent(result, "Sending the " + what);
        session.countSent(1);
        return true;
    }

    /**
     * Throws unless the engine took the command.
     *
     * @param action what was attempted, e.g. "Sending the SEI message"
     * @throws AliRtcSessionUnavailableException when the session's engine is not connected
     * @throws RtcException          naming the ARTC error code of any other failure
     */
    void requireSent(int result, String action) {
        if (result == RtcEngine.NOT_CONNECTED) {
            SessionState state = session.getState();
            throw new AliRtcSessionUnavailableException(
                    action + " failed: the engine of session " + session.key() + " is not connected (state " + state
                            + "), so nothing was sent",
                    state);
        }
        RtcException.requireSent(result, action, () -> "");
    }

    private int waitAndRetry(String what, IntSupplier push, RoomWait room) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMs);
        while (true) {
            room.await(Math.max(0, deadline - System.nanoTime()));
            int result = push.getAsInt();
            if (result != RtcEngine.BUFFER_FULL) {
                return result;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("The core service's buffer stayed full for bufferFullMaxWait ("
                        + maxWaitMs + " ms), so the " + what + " was not sent: push slower, use pacing=realTime,"
                        + " or raise bufferFullMaxWait");
            }
        }
    }
}
