package org.alirtc.camel;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;

/** Reads enum headers such that an unknown value fails naming the header and every valid value. */
final class EnumHeaders {

    private EnumHeaders() {}

    /**
     * The header as {@code type}, converted as Camel does (enum names, case-insensitive), or null when absent.
     *
     * @throws IllegalArgumentException naming the header, the value and the valid values when it converts to none
     */
    static <E extends Enum<E>> E get(Message message, String header, Class<E> type) {
        Object raw = message.getHeader(header);
        if (raw == null) {
            return null;
        }
        E value;
        try {
            value = message.getHeader(header, type);
        } catch (TypeConversionException e) {
            value = null;
        }
        if (value == null) {
            throw new IllegalArgumentException("Header " + header + " is '" + raw + "', which is not a "
                    + type.getSimpleName() + ": use one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return value;
    }
}
