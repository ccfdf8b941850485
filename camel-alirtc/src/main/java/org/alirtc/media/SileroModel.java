package org.alirtc.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
    private static final long[] OUTPUT_SHAPE = {1, 1};

    private final OrtEnvironment environment;
    private final OrtSession session;
    /** The sample rate input, the same for every call; lives as long as the model. */
    private final OnnxTensor sampleRate;

    private SileroModel(OrtEnvironment environment, OrtSession session) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.sampleRate = OnnxTensor.createTensor(environment, (long) VoiceActivityDetector.FORMAT.sampleRate());
    }

    /**
     * A buffer ONNX Runtime reads and writes in place: tensors made over a direct buffer in native order share its
     * memory, so no call copies the window or the state.
     */
    static FloatBuffer buffer(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES)
                .order(ByteOrder.nativeOrder())
                .asFloatBuffer();
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
            // Fuses the model's small operators: about 10 % less CPU per window than the default level.
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return new SileroModel(environment, environment.createSession(model, options));
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot run " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The speech probability of one window. All buffers come from {@link #buffer}; the tensors over them are only
     * wrappers (made and closed here, so that nothing native outlives the call), and ONNX Runtime writes the outputs
     * straight into {@code nextState} and {@code output}.
     *
     * @param input     {@link #CONTEXT} samples of the previous window, then {@link #WINDOW} new ones, in [-1, 1]
     * @param state     the stream's recurrent state, {@link #STATE} floats
     * @param nextState receives the state after this window, {@link #STATE} floats (not the same buffer as state)
     * @param output    receives the probability, one float
     */
    float probability(FloatBuffer input, FloatBuffer state, FloatBuffer nextState, FloatBuffer output) {
        try (OnnxTensor samples = OnnxTensor.createTensor(environment, input, INPUT_SHAPE);
                OnnxTensor recurrent = OnnxTensor.createTensor(environment, state, STATE_SHAPE);
                OnnxTensor nextRecurrent = OnnxTensor.createTensor(environment, nextState, STATE_SHAPE);
                OnnxTensor probability = OnnxTensor.createTensor(environment, output, OUTPUT_SHAPE);
                OrtSession.Result result = session.run(
                        Map.of("input", samples, "state", recurrent, "sr", sampleRate),
                        Map.of("output", probability, "stateN", nextRecurrent))) {
            return output.get(0);
        } catch (OrtException e) {
            throw new IllegalStateException("Silero VAD failed: " + e.getMessage(), e);
        }
    }
}
