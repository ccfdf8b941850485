package org.alirtc.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Test audio for the speech turn detector, all 16 kHz mono: short sentences synthesized once with espeak-ng and kept
 * in {@code src/test/resources/speech} (see the README there; the build does not need espeak), noise and
 * music-like tones made here, and mixing at a given signal-to-noise ratio.
 */
public final class SpeechClips {

    public static final PcmFormat FORMAT = SpeechDetector.FORMAT;
    public static final String[] NAMES = {"alice-1", "bob-1", "alice-2", "bob-2"};
    private static final int RATE = 16_000;

    private SpeechClips() {}

    /** A kept sentence, resampled to 16 kHz mono. */
    public static short[] speech(String name) {
        try (InputStream in = SpeechClips.class.getResourceAsStream("/speech/" + name + ".wav")) {
            if (in == null) {
                throw new IllegalArgumentException("No clip /speech/" + name + ".wav on the test class path");
            }
            WavAudio wav = WavReader.read(in);
            return Pcm.toShorts(new Resampler(wav.format(), FORMAT).process(wav.pcm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Silence of {@code ms}. */
    public static short[] silence(int ms) {
        return new short[ms * RATE / 1000];
    }

    /** White noise of unit power times {@code rms}, reproducible by {@code seed}. */
    public static short[] noise(int ms, double rms, long seed) {
        Random random = new Random(seed);
        short[] out = new short[ms * RATE / 1000];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(random.nextGaussian() * rms);
        }
        return out;
    }

    /**
     * Music-like tones: three-note chords with two overtones each, a new chord every {@code noteMs}, with a short
     * attack and decay, so that the signal keeps starting and changing the way a melody does.
     */
    public static short[] tones(int ms, int noteMs, double peak) {
        double[][] chords = {{261.6, 329.6, 392.0}, {293.7, 370.0, 440.0}, {220.0, 261.6, 329.6}, {196.0, 246.9, 293.7}
        };
        short[] out = new short[ms * RATE / 1000];
        int noteSamples = noteMs * RATE / 1000;
        for (int i = 0; i < out.length; i++) {
            double[] chord = chords[(i / noteSamples) % chords.length];
            int inNote = i % noteSamples;
            double envelope = Math.min(1, inNote / (0.02 * RATE)) * Math.exp(-1.5 * inNote / (double) RATE);
            double t = i / (double) RATE;
            double v = 0;
            for (double f : chord) {
                for (int h = 1; h <= 3; h++) {
                    v += Math.sin(2 * Math.PI * f * h * t) / (h * chord.length);
                }
            }
            out[i] = clip(peak * envelope * v);
        }
        return out;
    }

    /** Concatenation. */
    public static short[] join(short[]... parts) {
        int n = 0;
        for (short[] p : parts) {
            n += p.length;
        }
        short[] out = new short[n];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** {@code signal} plus white noise scaled so that the signal's active power is {@code snrDb} above it. */
    public static short[] withNoise(short[] signal, double snrDb, long seed) {
        double activePower = activePower(signal);
        double rms = Math.sqrt(activePower / Math.pow(10, snrDb / 10));
        short[] noise = noise(signal.length * 1000 / RATE + 1, rms, seed);
        return add(signal, noise);
    }

    /** Sample-wise sum, clipped. */
    public static short[] add(short[] a, short[] b) {
        short[] out = new short[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = clip(a[i] + (i < b.length ? b[i] : 0));
        }
        return out;
    }

    /**
     * Ground truth per 10 ms frame: whether the clean signal holds speech there, taken as a frame within 40 dB of
     * the loudest frame, with pauses under {@code bridgeMs} filled (the pauses between words of one sentence).
     */
    public static boolean[] speechFrames(short[] clean, int bridgeMs) {
        int frames = clean.length / 160;
        double[] energy = new double[frames];
        double max = 0;
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < 160; i++) {
                energy[f] += (double) clean[f * 160 + i] * clean[f * 160 + i];
            }
            max = Math.max(max, energy[f]);
        }
        boolean[] speech = new boolean[frames];
        int lastSpeech = -1_000_000;
        for (int f = 0; f < frames; f++) {
            speech[f] = energy[f] > max * 1e-4;
            if (speech[f]) {
                if (f - lastSpeech > 1 && (f - lastSpeech) * 10 <= bridgeMs) {
                    for (int g = lastSpeech + 1; g < f; g++) {
                        speech[g] = true;
                    }
                }
                lastSpeech = f;
            }
        }
        return speech;
    }

    static double activePower(short[] signal) {
        boolean[] active = speechFrames(signal, 0);
        double sum = 0;
        int n = 0;
        for (int f = 0; f < active.length; f++) {
            if (active[f]) {
                for (int i = 0; i < 160; i++) {
                    sum += (double) signal[f * 160 + i] * signal[f * 160 + i];
                }
                n += 160;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Milliseconds from the first to the last speech frame of a clean clip. */
    public static long speechMillis(short[] clip) {
        boolean[] speech = speechFrames(clip, 0);
        int first = 0;
        while (!speech[first]) {
            first++;
        }
        int last = speech.length - 1;
        while (!speech[last]) {
            last--;
        }
        return (last + 1 - first) * 10L;
    }

    public static byte[] bytes(short[] samples) {
        return Pcm.toBytes(samples);
    }

    private static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }
}
