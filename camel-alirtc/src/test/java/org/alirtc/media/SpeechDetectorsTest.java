package org.alirtc.media;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which detector a choice gives, with the optional ONNX Runtime on the class path and without it. */
class SpeechDetectorsTest {

    @Test
    void withOnnxRuntimeAutoIsSileroAndSileroHearsSpeechButNotNoise() {
        assertEquals(SpeechDetectorType.SILERO, SpeechDetectors.resolve(SpeechDetectorType.AUTO));
        VoiceActivityDetector silero = SpeechDetectors.create(SpeechDetectorType.SILERO, 0.65);
        assertInstanceOf(SileroSpeechDetector.class, silero);
        assertTrue(speechFrames(silero, SpeechClips.speech("alice-1")) > 100, "Silero hears the sentence");
        VoiceActivityDetector fresh = SpeechDetectors.create(SpeechDetectorType.SILERO, 0.65);
        assertEquals(0, speechFrames(fresh, SpeechClips.noise(3000, 1000, 5)), "and no speech in white noise");
        assertInstanceOf(SpeechDetector.class, SpeechDetectors.create(SpeechDetectorType.LIGHT, 0.65));
    }

    @Test
    void withoutOnnxRuntimeAutoFallsBackToTheLightDetectorAndSileroFailsNamingTheFix() throws Exception {
        URL classes =
                SpeechDetectors.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutOrt =
                new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> detectors = withoutOrt.loadClass(SpeechDetectors.class.getName());
            Class<?> types = withoutOrt.loadClass(SpeechDetectorType.class.getName());
            Method create = detectors.getMethod("create", types, double.class);

            Object auto = create.invoke(null, enumConstant(types, "AUTO"), 0.65);
            assertEquals(SpeechDetector.class.getName(), auto.getClass().getName());
            InvocationTargetException failed = assertThrows(
                    InvocationTargetException.class, () -> create.invoke(null, enumConstant(types, "SILERO"), 0.65));
            String message = failed.getCause().getMessage();
            assertInstanceOf(IllegalStateException.class, failed.getCause());
            assertTrue(
                    message.contains("ONNX Runtime")
                            && message.contains("com.microsoft.onnxruntime:onnxruntime")
                            && message.contains("speechDetector=light"),
                    message);
        }
    }

    private static Object enumConstant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new AssertionError(name);
    }

    private static int speechFrames(VoiceActivityDetector detector, short[] audio) {
        int speech = 0;
        for (int off = 0; off + VoiceActivityDetector.HOP <= audio.length; off += VoiceActivityDetector.HOP) {
            short[] frame = new short[VoiceActivityDetector.HOP];
            System.arraycopy(audio, off, frame, 0, frame.length);
            speech += detector.accept(frame) ? 1 : 0;
        }
        return speech;
    }
}
