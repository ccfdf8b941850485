package org.alirtc.sdk.model;

/** Argument checks shared by the model records, so every message names the field, the value and the fix. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(T value, String field, String fix) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is null: " + fix);
        }
        return value;
    }

    static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " is " + value + ": use a value of at least " + min);
        }
        return value;
    }

    static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " is " + value + ": use a value from " + min + " to " + max);
        }
        return value;
    }

    static void port(int value, String field) {
        inRange(value, 0, 65535, field);
    }
}
