package org.alirtc.media;

/** Which voice activity detector cuts speech turns. */
public enum SpeechDetectorType {
    /** Silero when ONNX Runtime is on the class path, otherwise the light detector. */
    AUTO,
    /** The Silero VAD model on ONNX Runtime; unavailable without the optional onnxruntime dependency. */
    SILERO,
    /** The dependency-free {@link SpeechDetector}: less accurate in noise and music, and cheaper. */
    LIGHT
}
