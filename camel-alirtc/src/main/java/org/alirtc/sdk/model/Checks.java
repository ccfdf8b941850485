package org.alirtc.sdk.model;

import java.time.Duration;

/**
 * Argument checks shared by the model records and the engine, so every message names the field, the value and the
 * fix. The id rule lives next to them in {@link Identifiers}, the media limits in {@link MediaLimits}.
 */
public final class Checks {

    private Checks() {}

    /**
     * Returns {@code value} if it is not null.
     *
     * @throws IllegalArgumentException "field is null: fix" otherwise
     */
    public static <T> T notNull(T value, String field, String fix) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is null: " + fix);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is neither null nor empty.
     *
     * @throws IllegalArgumentException "field is null: fix" or "field is empty: fix" otherwise
     */
    public static String notEmpty(String value, String field, String fix) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " is " + (value == null ? "null" : "empty") + ": " + fix);
        }
        return value;
    }

    public static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " is " + value + ": use a value of at least " + min);
        }
        return value;
    }

    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " is " + value + ": use a value from " + min + " to " + max);
        }
        return value;
    }

    /** Returns {@code value} if it is a vendor volume, 0 to 100. */
    public static int volume(int value, String field) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(field + " is " + value + ": use a volume from 0 to 100");
        }
        return value;
    }

    /** Returns {@code value} if it is a positive duration. */
    public static Duration positive(Duration value, String field) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    field + " is " + value + ": pass a positive duration such as Duration.ofSeconds(10)");
        }
        return value;
    }

    static void port(int value, String field) {
        inRange(value, 0, 65535, field);
    }
}
