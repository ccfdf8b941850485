package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Statistics of a subscribed remote video track (callback 1064).
 * <p>Component names are exactly the wire keys of the vendor's {@code AliEngineRemoteVideoStats}, so a decoder can map by name; a
 * key missing on the wire is 0 (or "" for strings), the vendor default. Enum-typed values stay raw ints because the
 * core service may send codes this version does not know.
 *
 * @param userId remote user id
 * @param track track as the raw vendor code
 * @param width vendor statistic {@code width}
 * @param height vendor statistic {@code height}
 * @param decodeFps vendor statistic {@code decodeFps}
 * @param renderFps vendor statistic {@code renderFps}
 * @param frozenTimes vendor statistic {@code frozenTimes}
 * @param videoTotalFrozenTime vendor statistic {@code videoTotalFrozenTime}
 * @param videoTotalFrozenRate vendor statistic {@code videoTotalFrozenRate}
 * @param rtpCount vendor statistic {@code rtpCount}
 * @param rtpLoss vendor statistic {@code rtpLoss}
 * @param rtt vendor statistic {@code rtt}
 * @param recvBitrate vendor statistic {@code recvBitrate}
 * @param rcvdBitrateKbps vendor statistic {@code rcvdBitrateKbps}
 * @param e2eDelay vendor statistic {@code e2eDelay}
 * @param frameLoss vendor statistic {@code frameLoss}
 * @param pullBytes vendor statistic {@code pullBytes}
 * @param packetLossRate vendor statistic {@code packetLossRate}
 */
public record RemoteVideoStats(
        String userId,
        int track,
        int width,
        int height,
        int decodeFps,
        int renderFps,
        int frozenTimes,
        long videoTotalFrozenTime,
        int videoTotalFrozenRate,
        long rtpCount,
        long rtpLoss,
        int rtt,
        int recvBitrate,
        int rcvdBitrateKbps,
        int e2eDelay,
        long frameLoss,
        long pullBytes,
        double packetLossRate) {

    public RemoteVideoStats {
        userId = userId == null ? "" : userId;
    }

    /** The video track, or empty for a code this version does not know. */
    public Optional<VideoTrack> videoTrack() {
        return VideoTrack.fromCode(track);
    }
}
