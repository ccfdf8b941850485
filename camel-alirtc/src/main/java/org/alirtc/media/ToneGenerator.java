package org.alirtc.media;

/**
 * Sine wave source whose phase carries over between calls, so consecutive frames join without a
 * discontinuity. Every channel carries the same signal.
 */
public final class ToneGenerator {

    private static final double TWO_PI = 2 * Math.PI;

    private final PcmFormat format;
    private final double phaseStep;
    private final double peak;
    private double phase;

    /**
     * @param format    output format
     * @param hz        frequency, from 0 up to half the sample rate
     * @param amplitude peak level as a fraction of full scale, 0 to 1
     */
    public ToneGenerator(PcmFormat format, double hz, double amplitude) {
        if (!(hz >= 0 && hz <= format.sampleRate() / 2.0)) {
            throw new IllegalArgumentException("Tone frequency " + hz + " Hz is outside 0.." + format.sampleRate() / 2
                    + " Hz (half the sample rate of " + format + "); pick a lower tone or a higher rate");
        }
        if (!(amplitude >= 0 && amplitude <= 1)) {
            throw new IllegalArgumentException(
                    "Tone amplitude " + amplitude + " is outside 0..1; use a fraction of full scale such as 0.5");
        }
        this.format = format;
        this.phaseStep = TWO_PI * hz / format.sampleRate();
        this.peak = amplitude * Short.MAX_VALUE;
    }

    /** The next 10 ms ({@link PcmFormat#samplesPer10ms()} samples per channel). */
    public byte[] next10ms() {
        return next(format.samplesPer10ms());
    }

    /** The next {@code samplesPerChannel} samples of every channel, interleaved. */
    public byte[] next(int samplesPerChannel) {
        if (samplesPerChannel < 0) {
            throw new IllegalArgumentException("Sample count must not be negative but was " + samplesPerChannel);
        }
        int channels = format.channels();
        byte[] out = new byte[samplesPerChannel * channels * 2];
        for (int i = 0; i < samplesPerChannel; i++) {
            short sample = (short) Math.round(peak * Math.sin(phase));
            for (int c = 0; c < channels; c++) {
                Pcm.putSample(out, (i * channels + c) * 2, sample);
            }
            phase += phaseStep;
            if (phase >= TWO_PI) {
                // Wrapping keeps the phase small so long runs do not lose precision.
                phase -= TWO_PI;
            }
        }
        return out;
    }
}
