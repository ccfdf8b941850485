package org.alirtc.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavWriterTest {

    @Test
    void headerDescribesTheFormatAndSizes() {
        byte[] wav = WavWriter.toWavBytes(PcmFormat.of(48000, 2), new byte[1920]);
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44 + 1920, wav.length);
        assertEquals("RIFF", ascii(wav, 0));
        assertEquals(36 + 1920, b.getInt(4));
        assertEquals("WAVEfmt ", new String(wav, 8, 8, StandardCharsets.US_ASCII));
        assertEquals(16, b.getInt(16));
        assertEquals(1, b.getShort(20));
        assertEquals(2, b.getShort(22));
        assertEquals(48000, b.getInt(24));
        assertEquals(192000, b.getInt(28));
        assertEquals(4, b.getShort(32));
        assertEquals(16, b.getShort(34));
        assertEquals("data", ascii(wav, 36));
        assertEquals(1920, b.getInt(40));
    }

    @Test
    void streamingWriterPatchesSizesOnClose(@TempDir Path dir) throws IOException {
        PcmFormat format = PcmFormat.of(16000, 1);
        ToneGenerator tone = new ToneGenerator(format, 440, 0.5);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Path file = dir.resolve("out.wav");
        try (WavWriter writer = new WavWriter(file, format)) {
            for (int i = 0; i < 500; i++) {
                byte[] frame = tone.next10ms();
                writer.write(frame);
                expected.writeBytes(frame);
            }
            assertEquals(160000, writer.dataBytes());
        }
        assertArrayEquals(WavWriter.toWavBytes(format, expected.toByteArray()), Files.readAllBytes(file));
        WavAudio audio = WavReader.read(file);
        assertEquals(5000, audio.durationMillis());
        assertEquals(440.0, ToneDetector.dominantFrequency(Arrays.copyOf(Pcm.toShorts(audio.pcm()), 1600), 16000), 2.0);
    }

    @Test
    void refusesToGrowPastTheRiffLimitAndLeavesAValidFile(@TempDir Path dir) throws IOException {
        PcmFormat format = PcmFormat.of(48000, 1);
        Path file = dir.resolve("limit.wav");
        try (WavWriter writer = new WavWriter(file, format, 1000)) {
            writer.write(new byte[960]);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.write(new byte[960]));
            assertTrue(e.getMessage().contains("4 GiB") && e.getMessage().contains("new one"), e.getMessage());
        }
        assertEquals(960, WavReader.read(file).pcm().length);
        assertEquals(0xFFFFFFFFL - 36, WavWriter.MAX_DATA_BYTES);
    }

    @Test
    void rejectsPartialSamplesAndWritesAfterClose(@TempDir Path dir) throws IOException {
        WavWriter writer = new WavWriter(dir.resolve("x.wav"), PcmFormat.of(48000, 2));
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class, () -> writer.write(new byte[6]));
        assertTrue(odd.getMessage().contains("multiple of 4"), odd.getMessage());
        writer.close();
        writer.close();
        assertThrows(IllegalStateException.class, () -> writer.write(new byte[4]));
        assertEquals(44, Files.size(dir.resolve("x.wav")));
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
