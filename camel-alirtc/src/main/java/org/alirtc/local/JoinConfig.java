package org.alirtc.local;

import org.alirtc.sdk.ipc.ChannelCommand.JoinSettings;

/**
 * The {@code config} of a join command as the local core acts on it. A cache size that is not positive is taken as
 * the vendor default.
 *
 * @param audioOnly         {@code isAudioOnly}: no video is published or subscribed
 * @param publishMode       0 automatic, 1 manual
 * @param subscribeMode     0 automatic, 1 manual, 2 audio only automatic, 3 camera only automatic
 * @param withPts           {@code publishAvsyncMode} 1: pushed media is played at its timestamps
 * @param audioCacheMs      {@code publishAvsyncWithPtsMaxAudioCacheSize}, read as milliseconds of audio
 * @param videoCacheFrames  {@code publishAvsyncWithPtsMaxVideoCacheSize}, read as a number of frames
 * @param subscribeVideoFormat 0 none, 1 H264 (which the vendor requires for any remote video sample)
 * @param subscribeAudioFormat 0 none, 1 mixed PCM, 2 PCM per user before mixing
 */
record JoinConfig(
        boolean audioOnly,
        int publishMode,
        int subscribeMode,
        boolean withPts,
        int audioCacheMs,
        int videoCacheFrames,
        int subscribeVideoFormat,
        int subscribeAudioFormat) {

    static final int PUBLISH_AUTOMATICALLY = 0;
    static final int SUBSCRIBE_AUTOMATICALLY = 0;
    static final int SUBSCRIBE_AUDIO_AUTO_AND_ONLY = 2;
    static final int SUBSCRIBE_CAMERA_AUTO_AND_ONLY = 3;
    static final int VIDEO_FORMAT_H264 = 1;
    static final int AUDIO_FORMAT_MIXED_PCM = 1;
    static final int AUDIO_FORMAT_PCM_BEFORE_MIXING = 2;

    static final int DEFAULT_AUDIO_CACHE_MS = JoinSettings.DEFAULTS.maxAudioCacheSize();
    static final int DEFAULT_VIDEO_CACHE_FRAMES = JoinSettings.DEFAULTS.maxVideoCacheSize();

    private static final int PUBLISH_AVSYNC_WITH_PTS = 1;

    static JoinConfig of(JoinSettings s) {
        return new JoinConfig(
                s.audioOnly(),
                s.publishMode(),
                s.subscribeMode(),
                s.publishAvsyncMode() == PUBLISH_AVSYNC_WITH_PTS,
                s.maxAudioCacheSize() > 0 ? s.maxAudioCacheSize() : DEFAULT_AUDIO_CACHE_MS,
                s.maxVideoCacheSize() > 0 ? s.maxVideoCacheSize() : DEFAULT_VIDEO_CACHE_FRAMES,
                s.subscribeVideoFormat(),
                s.subscribeAudioFormat());
    }

    boolean publishesAutomatically() {
        return publishMode == PUBLISH_AUTOMATICALLY;
    }

    /** Whether a remote user's audio is subscribed when the receiver asked nothing about it. */
    boolean subscribesAudioByDefault() {
        return subscribeMode == SUBSCRIBE_AUTOMATICALLY || subscribeMode == SUBSCRIBE_AUDIO_AUTO_AND_ONLY;
    }

    /** Whether a remote user's camera is subscribed when the receiver asked nothing about it. */
    boolean subscribesVideoByDefault() {
        return !audioOnly
                && (subscribeMode == SUBSCRIBE_AUTOMATICALLY || subscribeMode == SUBSCRIBE_CAMERA_AUTO_AND_ONLY);
    }
}
