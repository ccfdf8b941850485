package org.alirtc.media;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PcmFormatTest {

    @Test
    void tenMillisecondFramesMatchTheEngineFrameSizes() {
        assertEquals(960, PcmFormat.of(48000, 1).bytesPerFrame(10));
        assertEquals(1920, PcmFormat.of(48000, 2).bytesPerFrame(10));
        assertEquals(320, PcmFormat.of(16000, 1).bytesPerFrame(10));
        assertEquals(160, PcmFormat.of(8000, 1).bytesPerFrame(10));
        assertEquals(1764, PcmFormat.of(44100, 2).bytesPerFrame(10));
        assertEquals(9600, PcmFormat.of(48000, 1).bytesPerFrame(100));
    }

    @Test
    void fractionalTenMillisecondFramesRoundDown() {
        assertEquals(110, PcmFormat.of(11025, 1).samplesPer10ms());
        assertEquals(220, PcmFormat.of(22050, 1).samplesPer10ms());
        assertEquals(440, PcmFormat.of(22050, 1).bytesPerFrame(10));
        assertEquals(880, PcmFormat.of(22050, 2).bytesPerFrame(10));
        assertEquals(22050 * 2, PcmFormat.of(22050, 1).bytesPerFrame(1000));
    }

    @Test
    void rateAndDurationArithmetic() {
        PcmFormat stereo48 = PcmFormat.of(48000, 2);
        assertEquals(192000, stereo48.bytesPerSecond());
        assertEquals(4, stereo48.bytesPerSampleFrame());
        assertEquals(1000, stereo48.durationMillis(192000));
        assertEquals(10, stereo48.durationMillis(1920));
        assertEquals(9, stereo48.durationMillis(1919));
        assertEquals(3_600_000_000L, PcmFormat.of(8000, 1).durationMillis(16000L * 3_600_000_000L / 1000));
    }

    @Test
    void rejectsUnsupportedRatesNamingTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PcmFormat.of(44000, 1));
        assertTrue(e.getMessage().contains("44000"), e.getMessage());
        assertTrue(
                e.getMessage().contains("8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 96000"),
                e.getMessage());
        assertFalse(PcmFormat.isSupportedRate(44000));
        assertTrue(PcmFormat.isSupportedRate(96000));
    }

    @Test
    void rejectsChannelCountsOtherThanMonoOrStereo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PcmFormat.of(48000, 3));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("1 (mono) or 2 (stereo)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PcmFormat.of(48000, 0));
    }

    @Test
    void rejectsNonPositiveFrameDurations() {
        assertThrows(
                IllegalArgumentException.class, () -> PcmFormat.of(48000, 1).bytesPerFrame(0));
        assertThrows(
                IllegalArgumentException.class, () -> PcmFormat.of(48000, 1).durationMillis(-1));
    }
}
