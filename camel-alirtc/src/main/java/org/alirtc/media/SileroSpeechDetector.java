package org.alirtc.media;

import java.nio.FloatBuffer;

/**
 * The Silero VAD model as a {@link VoiceActivityDetector}: runs the model on every 32 ms window (512 samples) with the
 * stream's recurrent state; a frame is speech when the probability of the last complete window reaches the
 * threshold. There is no hysteresis on the probability (Silero's own iterator releases 0.15 lower): the turn logic
 * already bridges short dips with its trailing silence, and a lower release only made ends later and less even in
 * noise (SpeechTurnBenchmark: at 10 dB SNR the worst end went from 50 to 90 ms late).
 *
 * <p>Not thread-safe: one instance per audio stream.
 */
final class SileroSpeechDetector implements VoiceActivityDetector {

    /** A window's decision comes when its last sample arrives, up to about 3 frames after its first. */
    private static final int ONSET_LAG_FRAMES = 4;
    /**
     * The probability stays up after the speech for a time that depends on how the sentence ends: measured on the
     * kept sentences from 100 ms early (a faint release under noise) to 170 ms late (SpeechTurnBenchmark). The turn
     * is timed by the late case, so that it completes at most 50 ms after trailing silence...
     */
    private static final int END_LAG_FRAMES = 12;
    /**
     * ...and its end is placed by the window's own lag, like the onset: the last speech window reports when its last
     * sample arrives, up to about 3 frames after its first. Placing it by the 12 frames above put early-fading
     * endings over 200 ms too early (bob-1 at 20 dB SNR: 216 ms).
     */
    private static final int END_PLACEMENT_LAG_FRAMES = 4;

    private final SileroModel model;
    private final float threshold;
    private final float[] input = new float[SileroModel.CONTEXT + SileroModel.WINDOW];
    private final FloatBuffer window = SileroModel.buffer(SileroModel.CONTEXT + SileroModel.WINDOW);
    /** The recurrent state before and after a window: the model writes the one while reading the other. */
    private FloatBuffer state = SileroModel.buffer(SileroModel.STATE);

    private FloatBuffer nextState = SileroModel.buffer(SileroModel.STATE);
    private final FloatBuffer output = SileroModel.buffer(1);
    private int filled;
    private boolean speaking;

    /** @param sensitivity 0 (only clear speech) to 1 (faint or noisy speech too): lowers the threshold */
    SileroSpeechDetector(SileroModel model, double sensitivity) {
        this.model = model;
        this.threshold = (float) (0.85 - 0.6 * sensitivity); // 0.46 by default, near Silero's own 0.5
    }

    @Override
    public boolean accept(short[] frame) {
        if (frame.length != HOP) {
            throw new IllegalArgumentException(
                    "The speech detector takes 10 ms of 16 kHz mono (160 samples), got " + frame.length);
        }
        for (short sample : frame) {
            input[SileroModel.CONTEXT + filled++] = sample / 32768f;
            if (filled == SileroModel.WINDOW) {
                window.put(0, input);
                float probability = model.probability(window, state, nextState, output);
                FloatBuffer done = state;
                state = nextState;
                nextState = done;
                speaking = probability >= threshold;
                System.arraycopy(input, SileroModel.WINDOW, input, 0, SileroModel.CONTEXT);
                filled = 0;
            }
        }
        return speaking;
    }

    @Override
    public int onsetLagFrames() {
        return ONSET_LAG_FRAMES;
    }

    @Override
    public int endLagFrames() {
        return END_LAG_FRAMES;
    }

    @Override
    public int endPlacementLagFrames() {
        return END_PLACEMENT_LAG_FRAMES;
    }
}
