package org.alirtc.sdk.model;

/**
 * Audio processing switches of the manual audio observer. {@link #defaults()} turns everything off, as the vendor
 * does.
 *
 * @param enableDenoise             denoise the observed audio
 * @param enableVoiceprintRecognize run voiceprint (main speaker) recognition
 * @param enableAsrCallback         deliver speech-recognition callbacks
 * @param enableTtsVad              run voice activity detection on TTS audio
 * @param bindPublishLoopDelay      bind the publish loop delay measurement (vendor {@code isBindPublishLoopDelay})
 */
public record AudioObserverManualConfig(
        boolean enableDenoise,
        boolean enableVoiceprintRecognize,
        boolean enableAsrCallback,
        boolean enableTtsVad,
        boolean bindPublishLoopDelay) {

    /** Everything off. */
    public static AudioObserverManualConfig defaults() {
        return new AudioObserverManualConfig(false, false, false, false, false);
    }
}
