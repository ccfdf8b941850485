package org.alirtc.sdk.model;

/**
 * Format in which an audio observer delivers frames. {@link #defaults()} is the vendor default, 48000 Hz mono.
 *
 * @param sampleRate delivered sample rate; not {@link AudioSampleRate#UNKNOWN}
 * @param channels   delivered channel count
 */
public record AudioFrameObserverConfig(AudioSampleRate sampleRate, AudioChannels channels) {

    public AudioFrameObserverConfig {
        Checks.notNull(sampleRate, "sampleRate", "pass an AudioSampleRate such as AudioSampleRate.HZ_48000");
        if (sampleRate == AudioSampleRate.UNKNOWN) {
            throw new IllegalArgumentException(
                    "sampleRate is UNKNOWN: pass a concrete rate such as AudioSampleRate.HZ_16000");
        }
        Checks.notNull(channels, "channels", "pass AudioChannels.MONO or STEREO");
    }

    /** 48000 Hz mono. */
    public static AudioFrameObserverConfig defaults() {
        return new AudioFrameObserverConfig(AudioSampleRate.HZ_48000, AudioChannels.MONO);
    }
}
