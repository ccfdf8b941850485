package org.alirtc.camel;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.spi.UriParam;
import org.apache.camel.util.TimeUtils;

/**
 * Checks the text of duration options before Camel converts it: Camel turns text it cannot read, such as
 * {@code joinTimeout=abc}, into 0 without a word, and the failure would come later without naming the option.
 */
final class DurationOptions {

    /** The lower-case names of the options whose {@code @UriParam} says they are durations. */
    private static final Set<String> NAMES = Arrays.stream(AliRtcConfiguration.class.getDeclaredFields())
            .filter(field -> field.isAnnotationPresent(UriParam.class)
                    && "java.time.Duration"
                            .equals(field.getAnnotation(UriParam.class).javaType()))
            .map(Field::getName)
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private DurationOptions() {}

    /**
     * @throws IllegalArgumentException naming the first duration option whose text is neither milliseconds nor a
     *                                  duration such as {@code 10s}, and how to write one
     */
    static void requireReadable(Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (value instanceof String text
                    && NAMES.contains(name.toLowerCase(Locale.ROOT))
                    && !text.strip().matches("-?\\d+")
                    && TimeUtils.toMilliSeconds(text.strip()) <= 0) {
                throw new IllegalArgumentException("Option " + name + " is '" + text + "', which is not a duration:"
                        + " write milliseconds (10000) or a duration such as 10s, 1m30s or 500ms");
            }
        });
    }
}
