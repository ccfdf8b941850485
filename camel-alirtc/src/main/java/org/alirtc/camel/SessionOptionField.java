package org.alirtc.camel;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.camel.spi.UriParam;

import org.alirtc.camel.SessionOption.Use;
import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.model.EngineExtraFlags;
import org.alirtc.sdk.model.JoinChannelConfig;

/**
 * One {@link SessionOption} field of {@link AliRtcConfiguration}, with its default, whether it is secret (from its
 * {@link UriParam}) and the method it renders into. {@link #all()} is the table of session options, found by
 * reflection once when this class loads, so a session reads its options without listing them anywhere else.
 *
 * @param name         the option name, as in endpoint URIs
 * @param field        the configuration field
 * @param defaultValue the field's value in a new configuration: an endpoint leaving it there does not set the option
 * @param secret       masked in messages
 * @param use          where the merged value goes
 * @param target       the one-argument method of {@code use}'s target type that takes the value, null for
 *                     {@link Use#SESSION}
 */
record SessionOptionField(String name, Field field, Object defaultValue, boolean secret, Use use, Method target) {

    private static final List<SessionOptionField> ALL = scan();

    /** Every session option, in declaration order. */
    static List<SessionOptionField> all() {
        return ALL;
    }

    /**
     * Passes the value of every option of {@code use} in {@code configuration} to its target method, in declaration
     * order, starting on {@code on} and going on with each call's result (a builder, or the copy a wither returns).
     * An unset (null) value leaves the target's own default.
     *
     * @throws IllegalArgumentException when the target rejects a value
     */
    @SuppressWarnings("unchecked")
    static <T> T render(Use use, T on, AliRtcConfiguration configuration) {
        Object current = on;
        for (SessionOptionField option : ALL) {
            if (option.use == use) {
                current = option.renderInto(current, configuration);
            }
        }
        return (T) current;
    }

    Object get(AliRtcConfiguration configuration) {
        return read(field, configuration);
    }

    void set(AliRtcConfiguration configuration, Object value) {
        try {
            field.set(configuration, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot write session option " + name, e);
        }
    }

    void reset(AliRtcConfiguration configuration) {
        set(configuration, defaultValue);
    }

    /** Whether the configuration sets this option, that is, holds a value other than the default. */
    boolean isSet(AliRtcConfiguration configuration) {
        return !Objects.equals(get(configuration), defaultValue);
    }

    private Object renderInto(Object on, AliRtcConfiguration configuration) {
        Object value = get(configuration);
        if (value == null) {
            return on;
        }
        if (target.getParameterTypes()[0] == Duration.class) {
            value = millis((Long) value);
        }
        try {
            return target.invoke(on, value);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalStateException("Rendering session option " + name + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot render session option " + name, e);
        }
    }

    /** Zero passes on, for the options where it turns something off; the engine options reject it elsewhere. */
    private Duration millis(long value) {
        if (value < 0) {
            throw new IllegalArgumentException(
                    "The " + name + " option is " + value + " ms: use a positive" + " duration such as 5s");
        }
        return Duration.ofMillis(value);
    }

    private static List<SessionOptionField> scan() {
        AliRtcConfiguration defaults = new AliRtcConfiguration();
        List<SessionOptionField> options = new ArrayList<>();
        for (Field field : AliRtcConfiguration.class.getDeclaredFields()) {
            SessionOption option = field.getAnnotation(SessionOption.class);
            if (option == null) {
                continue;
            }
            field.setAccessible(true);
            UriParam param = field.getAnnotation(UriParam.class);
            String into = option.into().isEmpty() ? field.getName() : option.into();
            options.add(new SessionOptionField(
                    field.getName(),
                    field,
                    read(field, defaults),
                    param != null && param.secret(),
                    option.value(),
                    target(option.value(), into)));
        }
        return List.copyOf(options);
    }

    private static Object read(Field field, AliRtcConfiguration configuration) {
        try {
            return field.get(configuration);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read session option " + field.getName(), e);
        }
    }

    private static Method target(Use use, String name) {
        return switch (use) {
            case SESSION -> null;
            case ENGINE -> method(EngineOptions.Builder.class, name);
            case EXTRA -> method(EngineExtraFlags.Builder.class, name);
            case JOIN ->
                method(
                        JoinChannelConfig.class,
                        "with" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
        };
    }

    private static Method method(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new IllegalStateException("Session option target " + type.getName() + "." + name + "(value) does not"
                + " exist: name the option after it, or give @SessionOption(into = ...) its name");
    }
}
