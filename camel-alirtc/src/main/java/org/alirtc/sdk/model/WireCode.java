package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * An enum constant that travels as the vendor's integer code. Codes are taken verbatim from the vendor
 * SDK, so {@link #code()} is what goes on the wire and what comes back in callbacks.
 */
public interface WireCode {

    /** The vendor's numeric value of this constant. */
    int code();

    /**
     * The candidate whose code equals {@code code}. Callbacks may carry codes newer than this binding, so an
     * unknown code is an empty result rather than an error.
     */
    static <E extends WireCode> Optional<E> find(E[] candidates, int code) {
        for (E candidate : candidates) {
            if (candidate.code() == code) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
