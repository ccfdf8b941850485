package org.alirtc.media;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResamplerTest {

    private static final double AMPLITUDE = 0.5;

    @ParameterizedTest(name = "{0} Hz -> {1} Hz")
    @CsvSource({
        "48000, 16000",
        "16000, 48000",
        "44100, 48000",
        "48000, 44100",
        "8000, 48000",
        "96000, 8000",
        "11025, 16000",
        "22050, 96000"
    })
    void a440HzToneKeepsItsPitchAndLevel(int inRate, int outRate) {
        PcmFormat in = PcmFormat.of(inRate, 1);
        PcmFormat out = PcmFormat.of(outRate, 1);
        byte[] input = new ToneGenerator(in, 440, AMPLITUDE).next(inRate / 2);
        byte[] output = processInChunks(new Resampler(in, out), input, in.samplesPer10ms());

        assertEquals(outRate / 2.0, output.length / 2, 1, "output length follows the rate ratio");
        short[] steady = steadyState(Pcm.toShorts(output), outRate);
        assertEquals(440.0, ToneDetector.dominantFrequency(steady, outRate), 2.0);
        double inputPower = ToneDetector.powerAt(steadyState(Pcm.toShorts(input), inRate), inRate, 440);
        assertEquals(0.0, decibels(ToneDetector.powerAt(steady, outRate, 440), inputPower), 1.0);
        assertEquals(AMPLITUDE * 32767 / Math.sqrt(2), Math.sqrt(ToneDetector.powerAt(steady, outRate, 440)), 200);
    }

    @Test
    void frameBoundariesDoNotClick() {
        PcmFormat in = PcmFormat.of(48000, 1);
        PcmFormat out = PcmFormat.of(16000, 1);
        byte[] output = processInChunks(new Resampler(in, out), new ToneGenerator(in, 440, AMPLITUDE).next(24000), 480);
        short[] steady = steadyState(Pcm.toShorts(output), 16000);
        double steepestSine = AMPLITUDE * 32767 * 2 * Math.PI * 440 / 16000;
        int steepest = 0;
        for (int i = 1; i < steady.length; i++) {
            steepest = Math.max(steepest, Math.abs(steady[i] - steady[i - 1]));
        }
        assertTrue(steepest <= steepestSine * 1.02 + 2, "largest step " + steepest + " vs sine slope " + steepestSine);
    }

    @ParameterizedTest(name = "{0} Hz at 48 kHz")
    @CsvSource({"9000, 7000", "12000, 4000", "15000, 1000"})
    void downsamplingSuppressesTonesAboveTheNewNyquistInsteadOfAliasingThem(int toneHz, int aliasHz) {
        PcmFormat in = PcmFormat.of(48000, 1);
        PcmFormat out = PcmFormat.of(16000, 1);
        byte[] input = new ToneGenerator(in, toneHz, AMPLITUDE).next(24000);
        short[] steady = steadyState(Pcm.toShorts(processInChunks(new Resampler(in, out), input, 480)), 16000);
        double inputPower = ToneDetector.powerAt(steadyState(Pcm.toShorts(input), 48000), 48000, toneHz);
        assertTrue(decibels(ToneDetector.powerAt(steady, 16000, aliasHz), inputPower) <= -40);
        double rms = Pcm.rms(Pcm.toBytes(steady));
        assertTrue(decibels(rms * rms, inputPower) <= -40, "residual rms " + rms);
    }

    @Test
    void downsamplingKeepsTheUpperSpeechBand() {
        PcmFormat in = PcmFormat.of(48000, 1);
        PcmFormat out = PcmFormat.of(16000, 1);
        byte[] input = new ToneGenerator(in, 6000, AMPLITUDE).next(24000);
        short[] steady = steadyState(Pcm.toShorts(processInChunks(new Resampler(in, out), input, 480)), 16000);
        double inputPower = ToneDetector.powerAt(steadyState(Pcm.toShorts(input), 48000), 48000, 6000);
        assertEquals(0.0, decibels(ToneDetector.powerAt(steady, 16000, 6000), inputPower), 1.0);
    }

    @Test
    void upsamplingDoesNotCreateImages() {
        PcmFormat in = PcmFormat.of(16000, 1);
        PcmFormat out = PcmFormat.of(48000, 1);
        byte[] input = new ToneGenerator(in, 3000, AMPLITUDE).next(8000);
        short[] steady = steadyState(Pcm.toShorts(processInChunks(new Resampler(in, out), input, 160)), 48000);
        double tonePower = ToneDetector.powerAt(steady, 48000, 3000);
        assertTrue(decibels(ToneDetector.powerAt(steady, 48000, 13000), tonePower) <= -40);
        assertTrue(decibels(ToneDetector.powerAt(steady, 48000, 19000), tonePower) <= -40);
    }

    @Test
    void tenMillisecondFramesGiveTheSameSamplesAsOneBuffer() {
        PcmFormat in = PcmFormat.of(44100, 2);
        PcmFormat out = PcmFormat.of(48000, 2);
        byte[] input = interleave(
                new ToneGenerator(PcmFormat.of(44100, 1), 440, 0.4).next(22050),
                new ToneGenerator(PcmFormat.of(44100, 1), 1000, 0.3).next(22050));
        byte[] whole = new Resampler(in, out).process(input);
        assertArrayEquals(whole, processInChunks(new Resampler(in, out), input, 441));
        assertArrayEquals(whole, processInChunks(new Resampler(in, out), input, 37));
        assertArrayEquals(whole, processInChunks(new Resampler(in, out), input, 1));
        assertEquals(48000 / 2 * 4, whole.length);
    }

    @Test
    void outputLengthVariesByAtMostOneSamplePerFrame() {
        PcmFormat in = PcmFormat.of(44100, 1);
        Resampler resampler = new Resampler(in, PcmFormat.of(48000, 1));
        byte[] frame = new byte[in.bytesPerFrame(10)];
        int total = 0;
        for (int i = 0; i < 100; i++) {
            int samples = resampler.process(frame).length / 2;
            assertTrue(samples == 480 || samples == 481 || samples == 479, "frame " + i + ": " + samples);
            total += samples;
        }
        assertEquals(48000, total);
    }

    @Test
    void constantSignalStaysConstant() {
        PcmFormat in = PcmFormat.of(48000, 1);
        short[] dc = new short[4800];
        Arrays.fill(dc, (short) 10000);
        short[] out = Pcm.toShorts(new Resampler(in, PcmFormat.of(44100, 1)).process(Pcm.toBytes(dc)));
        for (int i = 100; i < out.length; i++) {
            assertEquals(10000, out[i], 1, "sample " + i);
        }
    }

    @Test
    void monoToStereoDuplicatesAndStereoToMonoAverages() {
        byte[] mono = Pcm.toBytes(new short[] {100, -200, 300});
        assertArrayEquals(
                new short[] {100, 100, -200, -200, 300, 300},
                Pcm.toShorts(new Resampler(PcmFormat.of(48000, 1), PcmFormat.of(48000, 2)).process(mono)));
        byte[] stereo = Pcm.toBytes(new short[] {1000, 3000, -1000, -3001, 32767, 32767});
        assertArrayEquals(
                new short[] {2000, -2000, 32767},
                Pcm.toShorts(new Resampler(PcmFormat.of(48000, 2), PcmFormat.of(48000, 1)).process(stereo)));
    }

    @Test
    void stereoToMonoWithRateChangeAveragesTheChannels() {
        PcmFormat in = PcmFormat.of(48000, 2);
        byte[] left = new ToneGenerator(PcmFormat.of(48000, 1), 440, AMPLITUDE).next(24000);
        byte[] input = interleave(left, new byte[left.length]);
        short[] steady = steadyState(
                Pcm.toShorts(processInChunks(new Resampler(in, PcmFormat.of(16000, 1)), input, 480)), 16000);
        assertEquals(440.0, ToneDetector.dominantFrequency(steady, 16000), 2.0);
        double leftPower = ToneDetector.powerAt(steadyState(Pcm.toShorts(left), 48000), 48000, 440);
        assertEquals(-6.02, decibels(ToneDetector.powerAt(steady, 16000, 440), leftPower), 0.5);
    }

    @Test
    void monoToStereoWithRateChangeFillsBothChannelsAlike() {
        PcmFormat in = PcmFormat.of(16000, 1);
        byte[] input = new ToneGenerator(in, 440, AMPLITUDE).next(8000);
        short[] out = Pcm.toShorts(processInChunks(new Resampler(in, PcmFormat.of(48000, 2)), input, 160));
        assertEquals(48000, out.length);
        short[] left = new short[out.length / 2];
        for (int i = 0; i < left.length; i++) {
            left[i] = out[2 * i];
            assertEquals(out[2 * i], out[2 * i + 1]);
        }
        assertEquals(440.0, ToneDetector.dominantFrequency(steadyState(left, 48000), 48000), 2.0);
    }

    @Test
    void neededOnlyWhenTheFormatsDiffer() {
        assertFalse(Resampler.needed(PcmFormat.of(48000, 1), PcmFormat.of(48000, 1)));
        assertTrue(Resampler.needed(PcmFormat.of(48000, 1), PcmFormat.of(48000, 2)));
        assertTrue(Resampler.needed(PcmFormat.of(48000, 1), PcmFormat.of(16000, 1)));
    }

    @Test
    void rejectsPartialStereoSamples() {
        Resampler resampler = new Resampler(PcmFormat.of(48000, 2), PcmFormat.of(16000, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resampler.process(new byte[6]));
        assertTrue(e.getMessage().contains("multiple of 4"), e.getMessage());
    }

    private static byte[] processInChunks(Resampler resampler, byte[] input, int samplesPerChunk) {
        int chunkBytes = samplesPerChunk * resampler.inputFormat().bytesPerSampleFrame();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < input.length; off += chunkBytes) {
            out.writeBytes(resampler.process(Arrays.copyOfRange(input, off, Math.min(input.length, off + chunkBytes))));
        }
        return out.toByteArray();
    }

    /** Drops the filter's start-up transient (first 20 ms) and keeps the next 400 ms at most. */
    private static short[] steadyState(short[] samples, int rate) {
        int from = rate / 50;
        return Arrays.copyOfRange(samples, from, Math.min(samples.length, from + rate * 2 / 5));
    }

    private static byte[] interleave(byte[] left, byte[] right) {
        byte[] out = new byte[left.length * 2];
        for (int i = 0; i < left.length / 2; i++) {
            System.arraycopy(left, 2 * i, out, 4 * i, 2);
            System.arraycopy(right, 2 * i, out, 4 * i + 2, 2);
        }
        return out;
    }

    private static double decibels(double power, double reference) {
        return 10 * Math.log10(power / reference);
    }
}
