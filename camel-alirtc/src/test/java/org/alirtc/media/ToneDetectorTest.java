package org.alirtc.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToneDetectorTest {

    @ParameterizedTest(name = "{0} Hz at {1} Hz")
    @CsvSource({"440, 16000", "440, 48000", "441.7, 48000", "1000, 8000", "3150.5, 44100", "100, 16000"})
    void findsTheFrequencyOfA100msToneWithin2Hz(double hz, int rate) {
        short[] tone = Pcm.toShorts(new ToneGenerator(PcmFormat.of(rate, 1), hz, 0.3).next(rate / 10));
        assertEquals(hz, ToneDetector.dominantFrequency(tone, rate), 2.0);
    }

    @Test
    void picksTheStrongerOfTwoTonesDespiteDcOffset() {
        short[] loud = Pcm.toShorts(new ToneGenerator(PcmFormat.of(16000, 1), 1200, 0.4).next(1600));
        short[] quiet = Pcm.toShorts(new ToneGenerator(PcmFormat.of(16000, 1), 440, 0.1).next(1600));
        short[] mix = new short[loud.length];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = (short) (loud[i] + quiet[i] + 5000);
        }
        assertEquals(1200.0, ToneDetector.dominantFrequency(mix, 16000), 2.0);
        assertEquals(0.0, ToneDetector.dominantFrequency(new short[1600], 16000));
        assertThrows(IllegalArgumentException.class, () -> ToneDetector.dominantFrequency(new short[2], 16000));
    }

    @Test
    void powerAtEqualsTheSquaredRmsOfAToneAndIgnoresOthers() {
        PcmFormat format = PcmFormat.of(48000, 1);
        short[] tone = Pcm.toShorts(new ToneGenerator(format, 440, 0.5).next(4800));
        double expected = Math.pow(0.5 * 32767, 2) / 2;
        assertEquals(expected, ToneDetector.powerAt(tone, 48000, 440), expected * 0.01);

        short[] other = Pcm.toShorts(new ToneGenerator(format, 1000, 0.5).next(4800));
        double leak = ToneDetector.powerAt(other, 48000, 440);
        assertTrue(10 * Math.log10(leak / expected) < -60, "leakage " + leak);
        assertEquals(0.0, ToneDetector.powerAt(new short[0], 48000, 440));
    }
}
