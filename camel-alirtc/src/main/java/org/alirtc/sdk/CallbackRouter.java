package org.alirtc.sdk;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.ipc.Callback;
import org.alirtc.sdk.ipc.CallbackCodec;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.Message;

/**
 * Routes each inbound callback once: it is decoded once, then either handed to the listener or, for the ids the
 * engine keeps state for, to the state hook registered for that id. A hook passes the callback on to the listener
 * itself, at the point its rules require, or keeps it (answers to the engine's own queries). A listener that throws
 * is counted and logged, and delivery goes on.
 */
final class CallbackRouter {

    /** The engine's part in one callback id. */
    @FunctionalInterface
    interface StateHook<C extends Callback> {

        /** Updates state for {@code callback}; calls {@code listener} to deliver it, never holding a lock. */
        void handle(C callback, Consumer<Callback> listener);
    }

    private static final Logger LOG = LoggerFactory.getLogger(CallbackRouter.class);
    private static final int LOGGED_FAILURES = 20;
    private static final int FIRST_ID = CallbackId.ON_JOIN_CHANNEL;
    private static final int LAST_ID = CallbackId.ON_FIRST_AUDIO_PACKET_RECEIVED;

    private final RtcEngineListener listener;
    private final Consumer<Callback> delivery = this::deliver;

    @SuppressWarnings("unchecked")
    private final StateHook<Callback>[] hooks = new StateHook[LAST_ID - FIRST_ID + 1];

    private final AtomicLong listenerFailures = new AtomicLong();

    CallbackRouter(RtcEngineListener listener) {
        this.listener = listener;
    }

    /** Registers the hook of one id; called while the engine is built, before any callback arrives. */
    @SuppressWarnings("unchecked")
    <C extends Callback> void hook(int id, Class<C> type, StateHook<C> hook) {
        if (hooks[id - FIRST_ID] != null) {
            throw new IllegalStateException("Two state hooks for callback " + CallbackId.name(id));
        }
        hooks[id - FIRST_ID] = (callback, to) -> hook.handle(type.cast(callback), to);
    }

    void route(Message m) {
        Callback callback = CallbackCodec.decode(m);
        if (callback == null) {
            LOG.debug("Ignored callback {} ({})", m.id(), CallbackId.name(m.id()));
            return;
        }
        route(callback);
    }

    void route(Callback callback) {
        StateHook<Callback> hook = hooks[callback.id() - FIRST_ID];
        if (hook == null) {
            deliver(callback);
        } else {
            hook.handle(callback, delivery);
        }
    }

    /** Calls the listener for something the engine itself noticed (not a callback). */
    void notifyListener(Consumer<RtcEngineListener> call, String what) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            listenerFailures.incrementAndGet();
            LOG.warn("Listener failed in {}", what, e);
        }
    }

    long listenerFailures() {
        return listenerFailures.get();
    }

    private void deliver(Callback callback) {
        try {
            ListenerDispatch.dispatch(callback, listener);
        } catch (RuntimeException e) {
            long failures = listenerFailures.incrementAndGet();
            if (failures <= LOGGED_FAILURES || failures % 1000 == 0) {
                LOG.warn(
                        "Listener failed on {} (failure #{}); delivery goes on",
                        CallbackId.name(callback.id()),
                        failures,
                        e);
            }
        }
    }
}
