package org.alirtc.sdk.model;

/**
 * Media settings of a SIP call. {@link #defaults()} is the vendor default, PCMA at 8000 Hz.
 *
 * @param audioCodec      codec name as the SIP side knows it, e.g. "PCMA"
 * @param audioSampleRate sample rate in Hz
 */
public record VoipConfig(String audioCodec, int audioSampleRate) {

    public VoipConfig {
        Checks.notNull(audioCodec, "audioCodec", "pass a codec name such as \"PCMA\"");
        Checks.atLeast(audioSampleRate, 1, "audioSampleRate");
    }

    /** PCMA at 8000 Hz. */
    public static VoipConfig defaults() {
        return new VoipConfig("PCMA", 8000);
    }
}
