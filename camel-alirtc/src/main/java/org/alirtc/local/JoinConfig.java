package org.alirtc.local;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code config} object of a join command, with the vendor's JoinChannelConfig defaults for missing keys
 * (API specification section 2.18).
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
record JoinConfig(boolean audioOnly, int publishMode, int subscribeMode, boolean withPts, int audioCacheMs,
                  int videoCacheFrames, int subscribeVideoFormat, int subscribeAudioFormat) {

    static final int PUBLISH_AUTOMATICALLY = 0;
    static final int SUBSCRIBE_AUTOMATICALLY = 0;
    static final int SUBSCRIBE_AUDIO_AUTO_AND_ONLY = 2;
    static final int SUBSCRIBE_CAMERA_AUTO_AND_ONLY = 3;
    static final int VIDEO_FORMAT_H264 = 1;
    static final int AUDIO_FORMAT_MIXED_PCM = 1;
    static final int AUDIO_FORMAT_PCM_BEFORE_MIXING = 2;

    static final int DEFAULT_AUDIO_CACHE_MS = 300;
    static final int DEFAULT_VIDEO_CACHE_FRAMES = 100;

    private static final int PUBLISH_AVSYNC_WITH_PTS = 1;
    private static final int PUBLISH_MANUALLY = 1;
    private static final int SUBSCRIBE_MANUALLY = 1;

    static JoinConfig parse(JsonNode config) {
        JsonNode c = config == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : config;
        int audioCache = c.path("publishAvsyncWithPtsMaxAudioCacheSize").asInt(DEFAULT_AUDIO_CACHE_MS);
        int videoCache = c.path("publishAvsyncWithPtsMaxVideoCacheSize").asInt(DEFAULT_VIDEO_CACHE_FRAMES);
        return new JoinConfig(c.path("isAudioOnly").asBoolean(false),
                c.path("publishMode").asInt(PUBLISH_MANUALLY),
                c.path("subscribeMode").asInt(SUBSCRIBE_MANUALLY),
                c.path("publishAvsyncMode").asInt(0) == PUBLISH_AVSYNC_WITH_PTS,
                audioCache > 0 ? audioCache : DEFAULT_AUDIO_CACHE_MS,
                videoCache > 0 ? videoCache : DEFAULT_VIDEO_CACHE_FRAMES,
                c.path("subscribeVideoFormat").asInt(VIDEO_FORMAT_H264),
                c.path("subscribeAudioFormat").asInt(AUDIO_FORMAT_MIXED_PCM));
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
        return !audioOnly && (subscribeMode == SUBSCRIBE_AUTOMATICALLY || subscribeMode == SUBSCRIBE_CAMERA_AUTO_AND_ONLY);
    }
}
