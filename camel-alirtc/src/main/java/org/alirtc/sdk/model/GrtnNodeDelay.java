package org.alirtc.sdk.model;

/**
 * Delay through one node of the vendor's media network (GRTN), in ms; -1 means not measured.
 *
 * @param internalRttHalf half the node's internal round trip (wire {@code grtn_node_internal_rtt_half})
 * @param befPacer        delay before the pacer (wire {@code grtn_node_bef_pacer})
 * @param pacerCost       time spent in the pacer (wire {@code grtn_node_pacer_cost})
 */
public record GrtnNodeDelay(long internalRttHalf, long befPacer, long pacerCost) {

    /** All three values -1, the vendor default. */
    public static GrtnNodeDelay unmeasured() {
        return new GrtnNodeDelay(-1, -1, -1);
    }
}
