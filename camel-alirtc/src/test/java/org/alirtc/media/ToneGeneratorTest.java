package org.alirtc.media;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ToneGeneratorTest {

    @Test
    void producesTheRequestedFrequencyAndPeak() {
        short[] samples = Pcm.toShorts(new ToneGenerator(PcmFormat.of(48000, 1), 440, 0.5).next(4800));
        assertEquals(440.0, ToneDetector.dominantFrequency(samples, 48000), 0.5);
        short peak = 0;
        for (short s : samples) {
            peak = (short) Math.max(peak, Math.abs(s));
        }
        assertEquals(16384, peak, 2);
        assertEquals(0, samples[0]);
    }

    @Test
    void knownSamplesOfAQuarterRateTone() {
        short[] samples = Pcm.toShorts(new ToneGenerator(PcmFormat.of(8000, 1), 2000, 1.0).next(5));
        assertArrayEquals(new short[] {0, 32767, 0, -32767, 0}, samples);
    }

    @Test
    void consecutiveFramesContinueThePhase() {
        PcmFormat format = PcmFormat.of(16000, 1);
        ToneGenerator framed = new ToneGenerator(format, 440, 0.8);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < 10; i++) {
            byte[] frame = framed.next10ms();
            assertEquals(320, frame.length);
            joined.writeBytes(frame);
        }
        assertArrayEquals(new ToneGenerator(format, 440, 0.8).next(1600), joined.toByteArray());
    }

    @Test
    void stereoCarriesTheToneOnBothChannels() {
        short[] samples = Pcm.toShorts(new ToneGenerator(PcmFormat.of(48000, 2), 1000, 0.5).next10ms());
        assertEquals(960, samples.length);
        for (int i = 0; i < samples.length; i += 2) {
            assertEquals(samples[i], samples[i + 1]);
        }
        assertEquals(Math.round(0.5 * 32767 * Math.sin(2 * Math.PI * 1000 * 3 / 48000)), samples[6]);
    }

    @Test
    void rejectsFrequenciesAboveNyquistAndAmplitudesAboveFullScale() {
        PcmFormat format = PcmFormat.of(16000, 1);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new ToneGenerator(format, 9000, 0.5));
        assertEquals(
                "Tone frequency 9000.0 Hz is outside 0..8000 Hz (half the sample rate of 16000 Hz mono); "
                        + "pick a lower tone or a higher rate",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ToneGenerator(format, 440, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new ToneGenerator(format, Double.NaN, 0.5));
    }
}
