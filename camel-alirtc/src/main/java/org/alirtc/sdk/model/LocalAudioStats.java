package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Statistics of the published local audio track (callback 1065).
 * <p>Component names are exactly the wire keys of the vendor's {@code AliEngineLocalAudioStats}, so a decoder can map by name; a
 * key missing on the wire is 0, the vendor default. Enum-typed values stay raw ints because the
 * core service may send codes this version does not know.
 *
 * @param scene audio scene as the raw vendor code
 * @param track track as the raw vendor code
 * @param sentBitrate vendor statistic {@code sentBitrate}
 * @param sentBitrateKbps vendor statistic {@code sentBitrateKbps}
 * @param sentSamplerate vendor statistic {@code sentSamplerate}
 * @param numChannel vendor statistic {@code numChannel}
 * @param inputLevel vendor statistic {@code inputLevel}
 * @param rtt vendor statistic {@code rtt}
 * @param sendBytes vendor statistic {@code sendBytes}
 */
public record LocalAudioStats(
        int scene,
        int track,
        int sentBitrate,
        int sentBitrateKbps,
        int sentSamplerate,
        int numChannel,
        int inputLevel,
        int rtt,
        long sendBytes) {

    /** The audio track, or empty for a code this version does not know. */
    public Optional<AudioTrack> audioTrack() {
        return AudioTrack.fromCode(track);
    }

    /** The audio scene, or empty for a code this version does not know. */
    public Optional<AudioSceneMode> sceneMode() {
        return AudioSceneMode.fromCode(scene);
    }
}
