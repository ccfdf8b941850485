package org.alirtc.media;

import java.util.Arrays;

/**
 * A dependency-free voice activity detector for 10 ms frames of 16 kHz mono PCM: decides per frame whether it holds
 * speech. It looks for two things speech has and steady noise and held musical notes lack:
 * <ul>
 *   <li>energy well above a per-frequency noise floor across much of the 300-4000 Hz speech band, where the floor is
 *   the minimum of the smoothed power over the last 1.6 s (minimum statistics), so steady noise and a note held for
 *   longer than that sink into it;</li>
 *   <li>spectral movement: speech changes the level of those bins by 6 dB within 80 ms all the time (pitch
 *   glides, formant transitions, syllables), while a held note changes them only at its onset and release.</li>
 * </ul>
 * The per-frame score is the fraction of band bins that are both loud and moving, averaged over 80 ms; a frame is
 * speech when the score passes a threshold that {@code sensitivity} lowers. Costs one 512-point FFT per frame.
 *
 * <p>Not thread-safe: one instance per audio stream.
 */
public final class SpeechDetector implements VoiceActivityDetector {

    /** It says "speech" about this late at an onset: its score is averaged over 80 ms. */
    private static final int ONSET_LAG_FRAMES = 4;
    /** And goes on saying it about this long after: it compares with 80 ms before, then averages over 80 ms. */
    private static final int END_LAG_FRAMES = 8;

    private static final int WINDOW = 400;
    private static final int FFT = 512;
    private static final int LOW_BIN = 10; // 312 Hz at 31.25 Hz per bin
    private static final int HIGH_BIN = 128; // 4 kHz
    private static final int BINS = HIGH_BIN - LOW_BIN;
    /** Frames per minimum-statistics block, and blocks remembered: the floor follows changes within 1.6 s. */
    private static final int BLOCK_FRAMES = 20;

    private static final int BLOCKS = 8;
    /** Minimum of smoothed exponential noise underestimates its mean by about this factor. */
    private static final double FLOOR_BIAS = 2.0;
    /** A bin is loud when 6 dB above its floor. */
    private static final double LOUD_OVER_FLOOR = 4.0;
    /** A bin moves when its level changed by 6 dB within {@link #MOVE_LAG} frames. */
    private static final double MOVE_RATIO = 4.0;

    private static final int MOVE_LAG = 8;
    /** Anything below about -75 dBFS per bin is silence, whatever the floor says (digital silence has none). */
    private static final double ABSOLUTE_FLOOR = 1e-1;

    private static final int SCORE_FRAMES = 8;

    private final double threshold;
    private final float[] window = hann();
    private final float[] samples = new float[WINDOW];
    private final double[] re = new double[FFT];
    private final double[] im = new double[FFT];
    private final double[] smoothed = new double[BINS];
    private final double[] blockMin = new double[BINS];
    private final double[][] blockMins = new double[BLOCKS][BINS];
    private final double[][] recentPower = new double[MOVE_LAG][BINS];
    private final double[] recentScores = new double[SCORE_FRAMES];
    private long frames;

    /**
     * @param sensitivity 0 (only clear speech) to 1 (also faint or noisy speech, more false alarms); see
     *                    {@link SpeechTurnSettings#DEFAULT_SENSITIVITY}
     */
    public SpeechDetector(double sensitivity) {
        if (!(sensitivity >= 0 && sensitivity <= 1)) {
            throw new IllegalArgumentException(
                    "Speech sensitivity " + sensitivity + " is out of range: use a value from 0 to 1");
        }
        this.threshold = 0.16 - 0.12 * sensitivity;
        for (double[] row : blockMins) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        Arrays.fill(blockMin, Double.MAX_VALUE);
    }

    @Override
    public boolean accept(short[] frame) {
        return score(frame) > threshold;
    }

    @Override
    public int onsetLagFrames() {
        return ONSET_LAG_FRAMES;
    }

    @Override
    public int endLagFrames() {
        return END_LAG_FRAMES;
    }

    /** The smoothed score of the next 10 ms frame, compared with the threshold by {@link #accept}. */
    double score(short[] frame) {
        if (frame.length != HOP) {
            throw new IllegalArgumentException(
                    "The speech detector takes 10 ms of 16 kHz mono (160 samples), got " + frame.length);
        }
        System.arraycopy(samples, HOP, samples, 0, WINDOW - HOP);
        for (int i = 0; i < HOP; i++) {
            samples[WINDOW - HOP + i] = frame[i];
        }
        spectrum();
        double[] lagged = recentPower[(int) (frames % MOVE_LAG)];
        int active = 0;
        for (int b = 0; b < BINS; b++) {
            int k = b + LOW_BIN;
            double power = (re[k] * re[k] + im[k] * im[k]) / FFT;
            smoothed[b] = frames == 0 ? power : 0.7 * smoothed[b] + 0.3 * power;
            blockMin[b] = Math.min(blockMin[b], smoothed[b]);
            double floor = Math.max(ABSOLUTE_FLOOR, floor(b) * FLOOR_BIAS);
            boolean loud = power > floor * LOUD_OVER_FLOOR;
            // Smoothed levels are compared, so that the frame-to-frame scatter of noise does not count as movement.
            double now = Math.max(smoothed[b], floor);
            double before = Math.max(lagged[b], floor);
            boolean moving = now > before * MOVE_RATIO || now * MOVE_RATIO < before;
            if (loud && moving) {
                active++;
            }
            lagged[b] = smoothed[b];
        }
        frames++;
        if (frames % BLOCK_FRAMES == 0) {
            int slot = (int) ((frames / BLOCK_FRAMES) % BLOCKS);
            System.arraycopy(blockMin, 0, blockMins[slot], 0, BINS);
            Arrays.fill(blockMin, Double.MAX_VALUE);
        }
        recentScores[(int) (frames % SCORE_FRAMES)] = (double) active / BINS;
        double sum = 0;
        for (double s : recentScores) {
            sum += s;
        }
        return sum / SCORE_FRAMES;
    }

    private double floor(int bin) {
        double min = blockMin[bin];
        for (double[] block : blockMins) {
            min = Math.min(min, block[bin]);
        }
        return min;
    }

    private void spectrum() {
        for (int i = 0; i < FFT; i++) {
            re[i] = i < WINDOW ? samples[i] * window[i] : 0;
            im[i] = 0;
        }
        Fft.transform(re, im);
    }

    private static float[] hann() {
        float[] w = new float[WINDOW];
        for (int i = 0; i < WINDOW; i++) {
            w[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (WINDOW - 1)));
        }
        return w;
    }
}
