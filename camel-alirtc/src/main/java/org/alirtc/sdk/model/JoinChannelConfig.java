package org.alirtc.sdk.model;

/**
 * How the engine joins a channel: profile, publish and subscribe modes, and the delivery formats of remote media.
 * Start from {@link #defaults()} (the vendor defaults) and change fields with the {@code with...} methods.
 *
 * @param channelProfile       channel mode; vendor default {@link ChannelProfile#INTERACTIVE_LIVE}
 * @param audioOnly            join without video (vendor {@code isAudioOnly})
 * @param publishAvsyncMode    synchronisation of pushed media; vendor default {@link PublishAvsyncMode#NO_DELAY}
 * @param maxAudioCacheSize    audio buffer limit in {@link PublishAvsyncMode#WITH_PTS} mode (vendor
 *                             {@code publishAvsyncWithPtsMaxAudioCacheSize}, default 300, unit unstated)
 * @param maxVideoCacheSize    video buffer limit in {@link PublishAvsyncMode#WITH_PTS} mode (vendor
 *                             {@code publishAvsyncWithPtsMaxVideoCacheSize}, default 100, unit unstated)
 * @param publishMode          automatic or manual publishing; vendor default {@link PublishMode#MANUALLY}
 * @param subscribeMode        automatic or manual subscribing; vendor default {@link SubscribeMode#MANUALLY}
 * @param subscribeVideoFormat remote video delivery; must be {@link VideoFormat#H264} (the default) for remote
 *                             video callbacks to fire
 * @param subscribeAudioFormat remote audio delivery; vendor default {@link AudioFormat#MIXED_PCM}
 * @param enableTtsCallback    deliver TTS sentence callbacks for pushed audio
 */
public record JoinChannelConfig(
        ChannelProfile channelProfile,
        boolean audioOnly,
        PublishAvsyncMode publishAvsyncMode,
        int maxAudioCacheSize,
        int maxVideoCacheSize,
        PublishMode publishMode,
        SubscribeMode subscribeMode,
        VideoFormat subscribeVideoFormat,
        AudioFormat subscribeAudioFormat,
        boolean enableTtsCallback) {

    public JoinChannelConfig {
        Checks.notNull(
                channelProfile, "channelProfile", "pass a ChannelProfile such as ChannelProfile.INTERACTIVE_LIVE");
        Checks.notNull(publishAvsyncMode, "publishAvsyncMode", "pass PublishAvsyncMode.NO_DELAY or WITH_PTS");
        Checks.atLeast(maxAudioCacheSize, 0, "maxAudioCacheSize");
        Checks.atLeast(maxVideoCacheSize, 0, "maxVideoCacheSize");
        Checks.notNull(publishMode, "publishMode", "pass PublishMode.MANUALLY or AUTOMATICALLY");
        Checks.notNull(subscribeMode, "subscribeMode", "pass a SubscribeMode such as SubscribeMode.MANUALLY");
        Checks.notNull(subscribeVideoFormat, "subscribeVideoFormat", "pass VideoFormat.H264 or NONE");
        Checks.notNull(
                subscribeAudioFormat, "subscribeAudioFormat", "pass an AudioFormat such as AudioFormat.MIXED_PCM");
    }

    /** The vendor defaults: interactive live, audio and video, no A/V sync buffering, manual publish and subscribe. */
    public static JoinChannelConfig defaults() {
        return new JoinChannelConfig(
                ChannelProfile.INTERACTIVE_LIVE,
                false,
                PublishAvsyncMode.NO_DELAY,
                300,
                100,
                PublishMode.MANUALLY,
                SubscribeMode.MANUALLY,
                VideoFormat.H264,
                AudioFormat.MIXED_PCM,
                false);
    }

    public JoinChannelConfig withChannelProfile(ChannelProfile value) {
        return new JoinChannelConfig(
                value,
                audioOnly,
                publishAvsyncMode,
                maxAudioCacheSize,
                maxVideoCacheSize,
                publishMode,
                subscribeMode,
                subscribeVideoFormat,
                subscribeAudioFormat,
                enableTtsCallback);
    }

    public JoinChannelConfig withAudioOnly(boolean value) {
        return new JoinChannelConfig(
                channelProfile,
                value,
                publishAvsyncMode,
                maxAudioCacheSize,
                maxVideoCacheSize,
                publishMode,
                subscribeMode,
                subscribeVideoFormat,
                subscribeAudioFormat,
                enableTtsCallback);
    }

    public JoinChannelConfig withPublishAvsyncMode(PublishAvsyncMode value) {
        return new JoinChannelConfig(
                channelProfile,
                audioOnly,
                value,
                maxAudioCacheSize,
                maxVideoCacheSize,
                publishMode,
                subscribeMode,
                subscribeVideoFormat,
                subscribeAudioFormat,
                enableTtsCallback);
    }

    public JoinChannelConfig withMaxAudioCacheSize(int value) {
        return new JoinChannelConfig(
                channelProfile,
                audioOnly,
                publishAvsyncMode,
                value,
                maxVideoCacheSize,
                publishMode,
                subscribeMode,
                subscribeVideoFormat,
                subscribeAudioFormat,
                enableTtsCallback);
    }

    public JoinChannelConfig withMaxVideoCacheSize(int value) {
        return new JoinChannelConfig(
                channelProfile,
                audioOnly,
                publishAvsyncMode,
                maxAudioCacheSize,
                value,
                publishMode,
                subscribeMode,
                subscribeVideoFormat,
                subscribeAudioFormat,
                enableTtsCallback);
    }

    public JoinChannelConfig withPublishMode(PublishMode value) {
        return new JoinChannelConfig(
                channelProfile,
                audioOnly,
                publishAvsyncMode,
                maxAudioCacheSize,
                maxVideoCacheSize,
                value,
                subscribeMode,
                subscribeVideoFormat,
                subscribeAudioFormat,
                enableTtsCallback);
    }

    public JoinChannelConfig withSubscribeMode(SubscribeMode value) {
        return new JoinChannelConfig(
                channelProfile,
                audioOnly,
                publishAvsyncMode,
                maxAudioCacheSize,
                maxVideoCacheSize,
                publishMode,
                value,
                subscribeVideoFormat,
                subscribeAudioFormat,
                enableTtsCallback);
    }

    public JoinChannelConfig withSubscribeVideoFormat(VideoFormat value) {
        return new JoinChannelConfig(
                channelProfile,
                audioOnly,
                publishAvsyncMode,
                maxAudioCacheSize,
                maxVideoCacheSize,
                publishMode,
                subscribeMode,
                value,
                subscribeAudioFormat,
                enableTtsCallback);
    }

    public JoinChannelConfig withSubscribeAudioFormat(AudioFormat value) {
        return new JoinChannelConfig(
                channelProfile,
                audioOnly,
                publishAvsyncMode,
                maxAudioCacheSize,
                maxVideoCacheSize,
                publishMode,
                subscribeMode,
                subscribeVideoFormat,
                value,
                enableTtsCallback);
    }

    public JoinChannelConfig withEnableTtsCallback(boolean value) {
        return new JoinChannelConfig(
                channelProfile,
                audioOnly,
                publishAvsyncMode,
                maxAudioCacheSize,
                maxVideoCacheSize,
                publishMode,
                subscribeMode,
                subscribeVideoFormat,
                subscribeAudioFormat,
                value);
    }
}
