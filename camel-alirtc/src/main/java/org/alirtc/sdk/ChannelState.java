package org.alirtc.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.alirtc.sdk.ipc.Callback;
import org.alirtc.sdk.ipc.ChannelCallback.EngineError;
import org.alirtc.sdk.ipc.ChannelCallback.JoinChannelResult;
import org.alirtc.sdk.ipc.ChannelCallback.LeaveChannelResult;
import org.alirtc.sdk.model.ErrorCode;

/**
 * The engine's state ({@link EngineState}) with the joined channel and the waiting join and leaves: moved by the
 * engine's commands, by the join, leave and error callbacks, and by the loss or release of the core service.
 *
 * <p>Changes happen under {@link #lock}; nothing is sent and no listener is called while holding it, so listeners
 * may call back into the engine. Futures are completed after the lock is released, for the same reason.
 */
final class ChannelState {

    /** A join whose result a {@link RtcEngine#join} future waits for. */
    record PendingJoin(CompletableFuture<JoinResult> future, String channel, String userId) {}

    private final Object lock = new Object();
    private final PendingAnswers<Integer> leaves = new PendingAnswers<>();
    private volatile EngineState state = EngineState.CONNECTED;
    private volatile boolean released;
    private EngineState stateBeforeJoin = EngineState.CONNECTED;
    private volatile String joinedChannel;
    private volatile String joinedUserId;
    private PendingJoin pendingJoin;

    EngineState state() {
        return state;
    }

    String joinedChannel() {
        return joinedChannel;
    }

    String joinedUserId() {
        return joinedUserId;
    }

    boolean isReleased() {
        return released;
    }

    /** Whether commands can still reach the core service: not released, and the core service not lost. */
    boolean isUsable() {
        return !released && state != EngineState.CORE_SERVICE_DOWN;
    }

    /** Why a {@link RtcEngine#join} cannot start now, or {@code null} when it can. */
    RtcException joinConflict() {
        synchronized (lock) {
            if (pendingJoin != null) {
                return new RtcException(
                        ErrorCode.SDK_INVALID_STATE.code(),
                        "A join of channel " + pendingJoin.channel()
                                + " is still waiting for its result: wait for it, or leave first");
            }
            if (state == EngineState.JOINED) {
                return new RtcException(
                        ErrorCode.SDK_INVALID_STATE.code(),
                        "Already joined channel " + joinedChannel + " as " + joinedUserId + ": leave first");
            }
        }
        return null;
    }

    /** A join command is about to be sent; {@code pending} (may be null) waits for its result. */
    void joinSending(PendingJoin pending) {
        synchronized (lock) {
            if (state != EngineState.JOINING) {
                stateBeforeJoin = state;
            }
            state = EngineState.JOINING;
            if (pending != null) {
                pendingJoin = pending;
            }
        }
    }

    /** The join command could not be sent: back to the state before it. */
    void joinNotSent(PendingJoin pending) {
        synchronized (lock) {
            if (state == EngineState.JOINING) {
                state = stateBeforeJoin;
            }
            if (pending != null && pendingJoin == pending) {
                pendingJoin = null;
            }
        }
    }

    /** {@code pending} timed out: a later result no longer completes it. */
    void joinTimedOut(PendingJoin pending) {
        synchronized (lock) {
            if (pendingJoin == pending) {
                pendingJoin = null;
            }
        }
    }

    /** A leave command is about to be sent; returns the state to go back to if it cannot be. */
    EngineState leaveSending() {
        synchronized (lock) {
            EngineState before = state;
            if (state == EngineState.JOINED || state == EngineState.JOINING) {
                state = EngineState.LEAVING;
            }
            return before;
        }
    }

    void leaveNotSent(EngineState before) {
        synchronized (lock) {
            if (state == EngineState.LEAVING) {
                state = before;
            }
        }
    }

    /** Registers a future for the next leave result. */
    void awaitLeave(CompletableFuture<Integer> future, Duration timeout, Supplier<RtcException> timedOut) {
        leaves.await(future, timeout, timedOut);
    }

    /** State hook of 1001: the listener sees the callback as sent, the waiting join the resolved channel and user. */
    void onJoinResult(JoinChannelResult callback, Consumer<Callback> listener) {
        int result = callback.result();
        String channel = callback.channel();
        String userId = callback.userId();
        PendingJoin join;
        synchronized (lock) {
            join = pendingJoin;
            pendingJoin = null;
            if (join != null) {
                channel = channel.isEmpty() ? join.channel() : channel;
                userId = userId.isEmpty() ? join.userId() : userId;
            }
            if (isUsable()) {
                if (result == 0) {
                    state = EngineState.JOINED;
                    joinedChannel = channel;
                    joinedUserId = userId;
                } else if (state == EngineState.JOINING) {
                    state = stateBeforeJoin;
                }
            }
        }
        listener.accept(callback);
        if (join != null) {
            if (result == 0) {
                join.future().complete(new JoinResult(channel, userId));
            } else {
                join.future()
                        .completeExceptionally(RtcException.of(
                                result, "Joining channel " + join.channel() + " as " + join.userId() + " failed"));
            }
        }
    }

    /** State hook of 1004. */
    void onLeaveResult(LeaveChannelResult callback, Consumer<Callback> listener) {
        int result = callback.result();
        synchronized (lock) {
            if (isUsable()) {
                if (result == 0) {
                    state = EngineState.LEFT;
                    joinedChannel = null;
                    joinedUserId = null;
                } else if (state == EngineState.LEAVING) {
                    state = EngineState.JOINED;
                }
            }
        }
        listener.accept(callback);
        leaves.completeAll(result);
    }

    /** State hook of 1017: an error before the join result fails the waiting join, after the listener saw it. */
    void onError(EngineError callback, Consumer<Callback> listener) {
        listener.accept(callback);
        PendingJoin join;
        synchronized (lock) {
            join = pendingJoin;
            pendingJoin = null;
            if (join != null && state == EngineState.JOINING) {
                state = stateBeforeJoin;
            }
        }
        if (join != null) {
            join.future()
                    .completeExceptionally(RtcException.of(
                            callback.errorCode(),
                            "Joining channel " + join.channel() + " as " + join.userId()
                                    + " failed before its result arrived"));
        }
    }

    /** The engine is released: returns the futures that wait, for the caller to fail. */
    List<CompletableFuture<?>> released() {
        synchronized (lock) {
            released = true;
            state = EngineState.RELEASED;
            return takeWaiting();
        }
    }

    /** The core service is gone: returns the futures that wait, or {@code null} when already released. */
    List<CompletableFuture<?>> coreServiceDown() {
        synchronized (lock) {
            if (released) {
                return null;
            }
            state = EngineState.CORE_SERVICE_DOWN;
            return takeWaiting();
        }
    }

    /** Caller holds {@link #lock}. */
    private List<CompletableFuture<?>> takeWaiting() {
        joinedChannel = null;
        joinedUserId = null;
        List<CompletableFuture<?>> all = new ArrayList<>();
        if (pendingJoin != null) {
            all.add(pendingJoin.future());
            pendingJoin = null;
        }
        all.addAll(leaves.take());
        return all;
    }
}
