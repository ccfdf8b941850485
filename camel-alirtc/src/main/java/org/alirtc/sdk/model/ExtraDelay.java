package org.alirtc.sdk.model;

/**
 * Additional latency reported with encrypted delay info (vendor {@code AIExtraDelay}).
 *
 * @param avatarRenderCost time spent rendering the avatar, in ms (wire {@code avatar_render_cost})
 */
public record ExtraDelay(long avatarRenderCost) {

    /** 0, the vendor default. */
    public static ExtraDelay none() {
        return new ExtraDelay(0);
    }
}
