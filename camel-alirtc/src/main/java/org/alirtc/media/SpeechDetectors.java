package org.alirtc.media;

import java.util.Optional;

/**
 * Makes the {@link VoiceActivityDetector} a {@link SpeechDetectorType} asks for. Silero needs the optional ONNX
 * Runtime dependency and the model in the jar; whether it can run is found out once, on first use, and kept.
 */
public final class SpeechDetectors {

    private static final String ONNX_RUNTIME = "ai.onnxruntime.OrtEnvironment";
    private static final Object LOCK = new Object();
    private static Object silero;
    private static String sileroUnavailable;

    private SpeechDetectors() {}

    /**
     * A new detector for one stream.
     *
     * @throws IllegalStateException when {@link SpeechDetectorType#SILERO} is asked for and cannot run, with why and
     *                               how to fix it
     */
    public static VoiceActivityDetector create(SpeechDetectorType type, double sensitivity) {
        if (type == SpeechDetectorType.LIGHT) {
            return new SpeechDetector(sensitivity);
        }
        Optional<String> unavailable = sileroUnavailable();
        if (unavailable.isEmpty()) {
            return new SileroSpeechDetector((SileroModel) silero, sensitivity);
        }
        if (type == SpeechDetectorType.SILERO) {
            throw new IllegalStateException(unavailableMessage(unavailable.get()));
        }
        return new SpeechDetector(sensitivity);
    }

    /** The detector {@code type} resolves to here: {@link SpeechDetectorType#AUTO} becomes one of the others. */
    public static SpeechDetectorType resolve(SpeechDetectorType type) {
        if (type != SpeechDetectorType.AUTO) {
            return type;
        }
        return sileroUnavailable().isEmpty() ? SpeechDetectorType.SILERO : SpeechDetectorType.LIGHT;
    }

    /** Why Silero cannot run here, or empty when it can. Loads the model on the first call. */
    public static Optional<String> sileroUnavailable() {
        synchronized (LOCK) {
            if (silero == null && sileroUnavailable == null) {
                sileroUnavailable = loadSilero();
            }
            return Optional.ofNullable(sileroUnavailable);
        }
    }

    /** The message of the error raised when Silero was asked for and cannot run. */
    public static String unavailableMessage(String reason) {
        return "The Silero speech detector cannot run: " + reason + ". Add com.microsoft.onnxruntime:onnxruntime"
                + " to the class path, or set speechDetector=light (or auto, which falls back to light)";
    }

    private static String loadSilero() {
        try {
            Class.forName(ONNX_RUNTIME, false, SpeechDetectors.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return "ONNX Runtime (" + ONNX_RUNTIME + ") is not on the class path";
        }
        try {
            silero = SileroModel.load();
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        } catch (LinkageError e) {
            // The native library does not load on this platform.
            return "ONNX Runtime does not load here: " + e;
        }
    }
}
