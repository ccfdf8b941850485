package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Result of voiceprint (main speaker) recognition.
 *
 * @param voiceprintEnabled whether recognition is on (wire {@code isEnable})
 * @param mainSpeaker       whether the audio is the enrolled main speaker (wire {@code isMainSpeaker})
 * @param enrolled          whether a voiceprint is enrolled (wire {@code isEnrolled})
 * @param voiceEnvironment  acoustic environment as the raw vendor code, see {@link #environment()}
 */
public record VoiceprintStatus(boolean voiceprintEnabled, boolean mainSpeaker, boolean enrolled, int voiceEnvironment) {

    /** The acoustic environment, or empty for a code this version does not know. */
    public Optional<VoiceEnvironment> environment() {
        return VoiceEnvironment.fromCode(voiceEnvironment);
    }
}
