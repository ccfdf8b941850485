package org.alirtc.media;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PcmTest {

    @Test
    void convertsLittleEndianBytesToSamplesAndBack() {
        byte[] bytes = {0x34, 0x12, (byte) 0xff, (byte) 0xff, 0x00, (byte) 0x80, (byte) 0xff, 0x7f};
        short[] samples = Pcm.toShorts(bytes);
        assertArrayEquals(new short[] {0x1234, -1, Short.MIN_VALUE, Short.MAX_VALUE}, samples);
        assertArrayEquals(bytes, Pcm.toBytes(samples));
        assertArrayEquals(new short[] {-1, Short.MIN_VALUE}, Pcm.toShorts(bytes, 2, 4));
    }

    @Test
    void oddLengthsAreRejectedWithTheFix() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Pcm.requireWholeSamples(962, 2));
        assertEquals(
                "PCM length 962 is not a whole number of 16-bit samples for 2 channel(s); "
                        + "send an even number of bytes (a multiple of 4)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pcm.toShorts(new byte[3]));
        assertThrows(IllegalArgumentException.class, () -> Pcm.mixInto(new int[4], new byte[3]));
        Pcm.requireWholeSamples(960, 2);
    }

    @Test
    void mixingSumsAndSaturates() {
        int[] acc = new int[3];
        Pcm.mixInto(acc, Pcm.toBytes(new short[] {1000, 30000, -30000}));
        Pcm.mixInto(acc, Pcm.toBytes(new short[] {-250, 10000, -10000}));
        assertArrayEquals(new int[] {750, 40000, -40000}, acc);
        assertArrayEquals(new short[] {750, 32767, -32768}, Pcm.toShorts(Pcm.saturate(acc)));
    }

    @Test
    void shortFramesMixIntoTheLeadingSlotsOnly() {
        int[] acc = {5, 5, 5};
        Pcm.mixInto(acc, Pcm.toBytes(new short[] {1}));
        assertArrayEquals(new int[] {6, 5, 5}, acc);
        assertThrows(IllegalArgumentException.class, () -> Pcm.mixInto(new int[1], new byte[4]));
    }

    @Test
    void rmsAndLevelOfKnownSignals() {
        byte[] square = Pcm.toBytes(new short[] {16384, -16384, 16384, -16384});
        assertEquals(16384.0, Pcm.rms(square), 1e-9);
        assertEquals(-6.0206, Pcm.levelDbfs(square), 1e-3);

        byte[] fullSine = new ToneGenerator(PcmFormat.of(48000, 1), 1000, 1.0).next(4800);
        assertEquals(-3.01, Pcm.levelDbfs(fullSine), 0.01);
        assertEquals(32767 / Math.sqrt(2), Pcm.rms(fullSine), 5);
    }

    @Test
    void silenceIsClampedToMinus100Dbfs() {
        assertEquals(Pcm.SILENCE_DBFS, Pcm.levelDbfs(Pcm.silence(960)));
        assertEquals(-100.0, Pcm.levelDbfs(new byte[0]));
        assertEquals(0.0, Pcm.rms(new byte[0]));
        assertEquals(-90.31, Pcm.levelDbfs(Pcm.toBytes(new short[] {1, -1})), 0.01);
        assertArrayEquals(new byte[6], Pcm.silence(6));
        assertThrows(IllegalArgumentException.class, () -> Pcm.silence(5));
    }

    @Test
    void scalingAppliesVolumeWithSaturation() {
        byte[] pcm = Pcm.toBytes(new short[] {1000, -1000, 20000, -20000, 3});
        assertArrayEquals(new short[] {500, -500, 10000, -10000, 2}, Pcm.toShorts(Pcm.scale(pcm, 50)));
        assertArrayEquals(new short[] {2000, -2000, 32767, -32768, 6}, Pcm.toShorts(Pcm.scale(pcm, 200)));
        assertArrayEquals(new short[5], Pcm.toShorts(Pcm.scale(pcm, 0)));
        assertArrayEquals(pcm, Pcm.scale(pcm, 100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pcm.scale(pcm, -1));
        assertEquals(
                "Volume must be 0 or more percent but was -1; use 0 to mute, 100 for unchanged, "
                        + "more than 100 to amplify",
                e.getMessage());
    }
}
