package org.alirtc.sdk;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Records every {@link RtcEngineListener} call, for tests: {@link #listener()} is a proxy that appends each call
 * (method name and arguments) and then runs the action registered with {@link #on}, if any.
 */
public final class ListenerRecorder {

    /** One listener call. */
    public record Call(String method, List<Object> args) {

        public Object arg(int index) {
            return args.get(index);
        }

        @Override
        public String toString() {
            return method
                    + args.stream()
                            .map(a -> a instanceof byte[] b ? b.length + " bytes" : String.valueOf(a))
                            .toList();
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Consumer<Object[]>> actions = new ConcurrentHashMap<>();
    private final RtcEngineListener listener;

    public ListenerRecorder() {
        listener = (RtcEngineListener) Proxy.newProxyInstance(
                RtcEngineListener.class.getClassLoader(),
                new Class<?>[] {RtcEngineListener.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "toString" -> {
                            return "ListenerRecorder";
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        default -> {
                            record(method.getName(), args == null ? new Object[0] : args);
                            return null;
                        }
                    }
                });
    }

    public RtcEngineListener listener() {
        return listener;
    }

    /** Runs {@code action} with the arguments after recording each call of {@code method}; it may throw. */
    public void on(String method, Consumer<Object[]> action) {
        actions.put(method, action);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public synchronized List<String> methods() {
        return calls.stream().map(Call::method).toList();
    }

    /** Waits for the first call of {@code method}. */
    public Call await(String method) throws InterruptedException {
        return await(method, 1).get(0);
    }

    /** Waits until {@code method} was called {@code count} times and returns those calls. */
    public synchronized List<Call> await(String method, int count) throws InterruptedException {
        long deadline = System.nanoTime() + FakeCoreService.WAIT.toNanos();
        while (true) {
            List<Call> matching = calls(method);
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Expected " + count + " call(s) of " + method + " within "
                        + FakeCoreService.WAIT + "; calls were " + calls);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private void record(String method, Object[] args) {
        synchronized (this) {
            calls.add(new Call(method, Arrays.asList(args.clone())));
            notifyAll();
        }
        Consumer<Object[]> action = actions.get(method);
        if (action != null) {
            action.accept(args);
        }
    }
}
