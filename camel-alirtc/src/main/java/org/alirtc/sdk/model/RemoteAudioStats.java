package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Statistics of a subscribed remote audio track (callback 1066).
 * <p>Component names are exactly the wire keys of the vendor's {@code AliEngineRemoteAudioStats}, so a decoder can map by name; a
 * key missing on the wire is 0 (or "" for strings), the vendor default. Enum-typed values stay raw ints because the
 * core service may send codes this version does not know.
 *
 * @param userId remote user id
 * @param track track as the raw vendor code
 * @param quality vendor statistic {@code quality}
 * @param networkTransportDelay vendor statistic {@code networkTransportDelay}
 * @param jitterBufferDelay vendor statistic {@code jitterBufferDelay}
 * @param audioLossRate vendor statistic {@code audioLossRate}
 * @param rcvdBitrate vendor statistic {@code rcvdBitrate}
 * @param rcvdBitrateKbps vendor statistic {@code rcvdBitrateKbps}
 * @param totalFrozenTimes vendor statistic {@code totalFrozenTimes}
 * @param audioTotalFrozenTime cumulative playback stall time in ms
 * @param audioTotalFrozenRate playback stall rate in percent
 * @param rtt vendor statistic {@code rtt}
 * @param e2eDelay vendor statistic {@code e2eDelay}
 * @param ai_e2eDelay end-to-end delay of the AI loop in ms (the wire key keeps its underscore)
 * @param pullBytes vendor statistic {@code pullBytes}
 */
public record RemoteAudioStats(
        String userId,
        int track,
        int quality,
        int networkTransportDelay,
        int jitterBufferDelay,
        double audioLossRate,
        int rcvdBitrate,
        int rcvdBitrateKbps,
        int totalFrozenTimes,
        long audioTotalFrozenTime,
        int audioTotalFrozenRate,
        int rtt,
        int e2eDelay,
        int ai_e2eDelay,
        long pullBytes) {

    public RemoteAudioStats {
        userId = userId == null ? "" : userId;
    }

    /** The audio track, or empty for a code this version does not know. */
    public Optional<AudioTrack> audioTrack() {
        return AudioTrack.fromCode(track);
    }
}
