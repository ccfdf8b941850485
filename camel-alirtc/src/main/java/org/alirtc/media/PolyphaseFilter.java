package org.alirtc.media;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kaiser-windowed sinc low-pass for rational rate conversion, stored in polyphase form.
 *
 * <p>Conversion from {@code in} to {@code out} Hz is upsampling by {@code L = out/g}, low-pass filtering
 * and downsampling by {@code M = in/g} ({@code g = gcd(in, out)}). The prototype filter has
 * {@code L * taps} coefficients; phase {@code p} holds every {@code L}-th one starting at {@code p},
 * so one output sample costs {@code taps} multiply-adds on the input.
 *
 * <p>The pass band ends at 85% of the lower Nyquist frequency and the stop band starts at that Nyquist
 * frequency, so nothing above it can alias into the output. A Kaiser window with beta 7.3 over 64
 * taps at the lower rate gives about 75 dB of stop-band attenuation over that transition width.
 * Tables are immutable and cached per rate pair because the local core service builds one resampler
 * per participant.
 */
final class PolyphaseFilter {

    private static final int TAPS_AT_LOWER_RATE = 64;
    private static final double PASS_EDGE = 0.85;
    private static final double KAISER_BETA = 7.3;

    private static final Map<Long, PolyphaseFilter> CACHE = new ConcurrentHashMap<>();

    /** Upsampling factor, also the number of phases. */
    final int up;
    /** Downsampling factor. */
    final int down;
    /** Input samples each output sample depends on. */
    final int taps;
    /** Phase {@code p} occupies {@code coefficients[p * taps .. p * taps + taps)}, tap 0 for the newest input. */
    final float[] coefficients;

    private PolyphaseFilter(int inRate, int outRate) {
        int g = gcd(inRate, outRate);
        up = outRate / g;
        down = inRate / g;
        int lowerRate = Math.min(inRate, outRate);
        taps = (int) Math.ceil((double) TAPS_AT_LOWER_RATE * inRate / lowerRate);
        coefficients = design(lowerRate, (double) up * inRate);
    }

    static PolyphaseFilter forRates(int inRate, int outRate) {
        return CACHE.computeIfAbsent(((long) inRate << 32) | outRate, k -> new PolyphaseFilter(inRate, outRate));
    }

    private float[] design(int lowerRate, double prototypeRate) {
        int length = up * taps;
        double cutoff = (PASS_EDGE + 1.0) / 2.0 * lowerRate / 2.0 / prototypeRate;
        double centre = (length - 1) / 2.0;
        double windowNorm = besselI0(KAISER_BETA);
        double[] prototype = new double[length];
        for (int i = 0; i < length; i++) {
            double t = i - centre;
            double sinc = t == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * t) / (Math.PI * t);
            double r = 2.0 * i / (length - 1) - 1.0;
            double window = besselI0(KAISER_BETA * Math.sqrt(Math.max(0.0, 1.0 - r * r))) / windowNorm;
            prototype[i] = sinc * window;
        }
        float[] table = new float[length];
        for (int p = 0; p < up; p++) {
            // Normalising each phase to unit DC gain keeps a constant input constant on every output
            // sample instead of rippling with the phase pattern.
            double sum = 0;
            for (int k = 0; k < taps; k++) {
                sum += prototype[p + k * up];
            }
            for (int k = 0; k < taps; k++) {
                table[p * taps + k] = (float) (prototype[p + k * up] / sum);
            }
        }
        return table;
    }

    private static double besselI0(double x) {
        double sum = 1.0;
        double term = 1.0;
        double halfX = x / 2.0;
        for (int k = 1; k < 50; k++) {
            term *= (halfX / k) * (halfX / k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
