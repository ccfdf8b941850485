package org.alirtc.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The Silero VAD v5 model (MIT, github.com/snakers4/silero-vad) on ONNX Runtime, loaded once per class loader and
 * shared by all streams: an ONNX Runtime session runs concurrently, and each stream keeps its own recurrent state.
 * The build puts the model next to this class, taken from the npm package {@code @ricky0123/vad-web}.
 *
 * <p>Only {@link SpeechDetectors} touches this class, after checking that ONNX Runtime is on the class path.
 */
final class SileroModel {

    static final String RESOURCE = "silero_vad_v5.onnx";
    /** Samples per call at 16 kHz, and of the previous call's audio the model wants in front of them. */
    static final int WINDOW = 512;

    static final int CONTEXT = 64;
    /** The recurrent state: 2 x 1 x 128 floats. */
    static final int STATE = 2 * 128;

    private static final long[] INPUT_SHAPE = {1, CONTEXT + WINDOW};
    private static final long[] STATE_SHAPE = {2, 1, 128};

    private final OrtEnvironment environment;
    private final OrtSession session;

    private SileroModel(OrtEnvironment environment, OrtSession session) {
        this.environment = environment;
        this.session = session;
    }

    /**
     * Loads the model from the class path.
     *
     * @throws IllegalStateException when the model is missing or ONNX Runtime cannot run it, with the reason
     */
    static SileroModel load() {
        byte[] model;
        try (InputStream in = SileroModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the model " + RESOURCE + " is not on the class path next to "
                        + SileroModel.class.getName() + " (the camel-alirtc build puts it there)");
            }
            model = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the model " + RESOURCE + " could not be read: " + e.getMessage(), e);
        }
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // One window is a few hundred microseconds of work: threads would cost more than they save, and the
            // caller's thread then carries the cost it causes.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            return new SileroModel(environment, environment.createSession(model, options));
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot run " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The speech probability of one window.
     *
     * @param input {@link #CONTEXT} samples of the previous window, then {@link #WINDOW} new ones, in [-1, 1]
     * @param state the stream's recurrent state, {@link #STATE} floats, updated in place
     */
    float probability(float[] input, float[] state) {
        try (OnnxTensor samples = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), INPUT_SHAPE);
                OnnxTensor recurrent = OnnxTensor.createTensor(environment, FloatBuffer.wrap(state), STATE_SHAPE);
                OnnxTensor rate =
                        OnnxTensor.createTensor(environment, (long) VoiceActivityDetector.FORMAT.sampleRate());
                OrtSession.Result result = session.run(Map.of("input", samples, "state", recurrent, "sr", rate))) {
            ((OnnxTensor) result.get("stateN").orElseThrow()).getFloatBuffer().get(state);
            return ((OnnxTensor) result.get("output").orElseThrow())
                    .getFloatBuffer()
                    .get(0);
        } catch (OrtException e) {
            throw new IllegalStateException("Silero VAD failed: " + e.getMessage(), e);
        }
    }
}
