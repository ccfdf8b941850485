package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Statistics of a published local video track (callback 1063).
 * <p>Component names are exactly the wire keys of the vendor's {@code AliEngineLocalVideoStats}, so a decoder can map by name; a
 * key missing on the wire is 0, the vendor default. Enum-typed values stay raw ints because the
 * core service may send codes this version does not know.
 *
 * @param track track as the raw vendor code
 * @param targetEncodeBitrate vendor statistic {@code targetEncodeBitrate}
 * @param actualEncodeBitrate vendor statistic {@code actualEncodeBitrate}
 * @param sentBitrate vendor statistic {@code sentBitrate}
 * @param sentBitrateKbps vendor statistic {@code sentBitrateKbps}
 * @param sentFps vendor statistic {@code sentFps}
 * @param encodeFps vendor statistic {@code encodeFps}
 * @param captureFps vendor statistic {@code captureFps}
 * @param avgQpPerSec vendor statistic {@code avgQpPerSec}
 * @param rtt vendor statistic {@code rtt}
 * @param sendBytes vendor statistic {@code sendBytes}
 * @param renderFps vendor statistic {@code renderFps}
 */
public record LocalVideoStats(
        int track,
        int targetEncodeBitrate,
        int actualEncodeBitrate,
        int sentBitrate,
        int sentBitrateKbps,
        int sentFps,
        int encodeFps,
        int captureFps,
        int avgQpPerSec,
        int rtt,
        long sendBytes,
        int renderFps) {

    /** The video track, or empty for a code this version does not know. */
    public Optional<VideoTrack> videoTrack() {
        return VideoTrack.fromCode(track);
    }
}
