package org.alirtc.sdk.model;

/**
 * Whole-engine network and CPU statistics (callback 1062).
 * <p>Component names are exactly the wire keys of the vendor's {@code AliEngineStats}, so a decoder can map by name; a
 * key missing on the wire is 0, the vendor default. Enum-typed values stay raw ints because the
 * core service may send codes this version does not know.
 *
 * @param availableSendBitrate vendor statistic {@code availableSendBitrate}
 * @param sentKBitrate vendor statistic {@code sentKBitrate}
 * @param rcvdKBitrate vendor statistic {@code rcvdKBitrate}
 * @param sentBytes vendor statistic {@code sentBytes}
 * @param rcvdBytes vendor statistic {@code rcvdBytes}
 * @param videoRcvdKBitrate vendor statistic {@code videoRcvdKBitrate}
 * @param videoSentKBitrate vendor statistic {@code videoSentKBitrate}
 * @param systemCpu vendor statistic {@code systemCpu}
 * @param appCpu vendor statistic {@code appCpu}
 * @param callDuration vendor statistic {@code callDuration}
 * @param sentLossRate vendor statistic {@code sentLossRate}
 * @param sentLossPkts vendor statistic {@code sentLossPkts}
 * @param sentExpectedPkts vendor statistic {@code sentExpectedPkts}
 * @param rcvdLossRate vendor statistic {@code rcvdLossRate}
 * @param rcvdLossPkts vendor statistic {@code rcvdLossPkts}
 * @param rcvdExpectedPkts vendor statistic {@code rcvdExpectedPkts}
 * @param lastmileDelay vendor statistic {@code lastmileDelay}
 */
public record EngineStats(
        int availableSendBitrate,
        int sentKBitrate,
        int rcvdKBitrate,
        long sentBytes,
        long rcvdBytes,
        int videoRcvdKBitrate,
        int videoSentKBitrate,
        int systemCpu,
        int appCpu,
        long callDuration,
        int sentLossRate,
        long sentLossPkts,
        long sentExpectedPkts,
        int rcvdLossRate,
        long rcvdLossPkts,
        long rcvdExpectedPkts,
        int lastmileDelay) {}
