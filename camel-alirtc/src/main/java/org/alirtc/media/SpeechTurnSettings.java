package org.alirtc.media;

/**
 * How a {@link SpeechTurnSegmenter} cuts a stream into turns.
 *
 * @param sensitivity     0 (only clear speech) to 1 (faint or noisy speech too, more false alarms)
 * @param minSpeechMs     speech shorter than this (a cough, a click) starts no turn
 * @param trailingSilenceMs silence that ends a turn; shorter pauses stay inside it
 * @param maxUtteranceMs  a turn longer than this is delivered in parts of this length, without losing audio
 * @param format          the format of the delivered audio, for example 16 kHz mono as recognizers want
 * @param detector        the voice activity detector
 */
public record SpeechTurnSettings(
        double sensitivity,
        int minSpeechMs,
        int trailingSilenceMs,
        int maxUtteranceMs,
        PcmFormat format,
        SpeechDetectorType detector) {

    public static final double DEFAULT_SENSITIVITY = 0.65;
    public static final int DEFAULT_MIN_SPEECH_MS = 200;
    public static final int DEFAULT_TRAILING_SILENCE_MS = 600;
    public static final int DEFAULT_MAX_UTTERANCE_MS = 30_000;

    public SpeechTurnSettings {
        if (!(sensitivity >= 0 && sensitivity <= 1)) {
            throw new IllegalArgumentException(
                    "speechSensitivity " + sensitivity + " is out of range: use a value from 0 to 1");
        }
        requireRange("minSpeech", minSpeechMs, 10, 5_000);
        requireRange("trailingSilence", trailingSilenceMs, 50, 10_000);
        requireRange("maxUtteranceLength", maxUtteranceMs, Math.max(100, minSpeechMs), 600_000);
        if (format == null) {
            throw new IllegalArgumentException("The utterance format is missing: give a sample rate and channels");
        }
        if (detector == null) {
            throw new IllegalArgumentException("speechDetector is empty: use auto, silero or light");
        }
    }

    /** The defaults, delivering 16 kHz mono, with Silero where it can run. */
    public static SpeechTurnSettings defaults() {
        return new SpeechTurnSettings(
                DEFAULT_SENSITIVITY,
                DEFAULT_MIN_SPEECH_MS,
                DEFAULT_TRAILING_SILENCE_MS,
                DEFAULT_MAX_UTTERANCE_MS,
                VoiceActivityDetector.FORMAT,
                SpeechDetectorType.AUTO);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " " + value + " ms is out of range: use " + min + " to " + max + " ms");
        }
    }
}
