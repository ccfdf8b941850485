package org.alirtc.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.ErrorCode;

/**
 * A listener that prints every callback to an {@link EventLog} and then hands it to a delegate. It is a proxy over
 * {@link RtcEngineListener}, so a callback added to the SDK is printed without a change here. The event is named
 * after the callback ({@code onJoinChannelResult} prints as {@code OnJoinChannelResult}) and carries its arguments
 * under their parameter names; error codes also get a readable {@code description}.
 *
 * <p>Media frame callbacks (PCM, AAC and video) come 100 or more times a second per user, so they are not printed
 * one by one; {@link MediaMonitor} summarises them.
 */
final class CallbackPrinter implements InvocationHandler {

    /** Callbacks that carry media frames. */
    static final Set<String> MEDIA_CALLBACKS = Set.of(
            "onSubscribeAudioFrame",
            "onSubscribeMixAudioFrame",
            "onPublishAudioFrame",
            "onMixedAllAudioFrame",
            "onSubscribeAudioAac",
            "onSubscribeMixedAudioAac",
            "onRemoteVideoSample",
            "onRemoteVideoEncodedSample");

    private static final Set<String> RESULT_CALLBACKS = Set.of("onJoinChannelResult", "onLeaveChannelResult");

    private final RtcEngineListener delegate;
    private final EventLog log;
    private final Runnable heard;

    private CallbackPrinter(RtcEngineListener delegate, EventLog log, Runnable heard) {
        this.delegate = delegate;
        this.log = log;
        this.heard = heard;
    }

    /**
     * A listener that runs {@code heard} on every callback, prints each non-media callback to {@code log}, then
     * calls {@code delegate}.
     */
    static RtcEngineListener wrap(RtcEngineListener delegate, EventLog log, Runnable heard) {
        return (RtcEngineListener) Proxy.newProxyInstance(
                RtcEngineListener.class.getClassLoader(),
                new Class<?>[] {RtcEngineListener.class},
                new CallbackPrinter(delegate, log, heard));
    }

    /** {@code onJoinChannelResult} becomes {@code OnJoinChannelResult}. */
    static String eventName(String callback) {
        return Character.toUpperCase(callback.charAt(0)) + callback.substring(1);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "CallbackPrinter[" + delegate + "]";
            };
        }
        heard.run();
        if (!MEDIA_CALLBACKS.contains(method.getName())) {
            log.emit(eventName(method.getName()), fields(method, args));
        }
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Map<String, Object> fields(Method method, Object[] args) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            String name = parameters[i].getName();
            Object value = args[i];
            if (value instanceof byte[] bytes) {
                Payloads.describe(bytes).forEach((kind, shown) -> fields.put(name + capitalised(kind), shown));
            } else if (value instanceof DataChannelMessage message) {
                fields.put(name, dataMessage(message));
            } else {
                fields.put(name, value);
            }
            boolean errorCode =
                    name.equals("errorCode") || (name.equals("result") && RESULT_CALLBACKS.contains(method.getName()));
            if (errorCode && value instanceof Integer code && code != 0) {
                fields.put("description", ErrorCode.describe(code));
            }
        }
        return fields;
    }

    private static Map<String, Object> dataMessage(DataChannelMessage message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", message.type());
        fields.put("networkTime", message.networkTime());
        fields.put("progress", message.progress());
        fields.putAll(Payloads.describe(message.data()));
        return fields;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
