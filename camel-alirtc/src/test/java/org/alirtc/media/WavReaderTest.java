package org.alirtc.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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

class WavReaderTest {

    private static final byte[] STEREO_PCM = Pcm.toBytes(new short[] {1, -1, 2, -2, 3, -3, 4, -4});

    @Test
    void readsWhatWavWriterWrites() {
        byte[] pcm = new ToneGenerator(PcmFormat.of(16000, 1), 440, 0.5).next(1600);
        WavAudio audio = WavReader.read(WavWriter.toWavBytes(PcmFormat.of(16000, 1), pcm));
        assertEquals(PcmFormat.of(16000, 1), audio.format());
        assertArrayEquals(pcm, audio.pcm());
        assertEquals(100, audio.durationMillis());
    }

    @Test
    void skipsUnknownChunksIncludingTheirPadByte() {
        byte[] wav = riff(
                chunk("LIST", "INFOISFT\u0005\u0000\u0000\u0000abcde".getBytes(StandardCharsets.ISO_8859_1)),
                chunk("fmt ", fmt(1, 2, 48000, 16)),
                chunk("junk", new byte[3]),
                chunk("data", STEREO_PCM),
                chunk("LIST", new byte[5]));
        WavAudio audio = WavReader.read(wav);
        assertEquals(PcmFormat.of(48000, 2), audio.format());
        assertArrayEquals(STEREO_PCM, audio.pcm());
    }

    @Test
    void acceptsExtensibleFormatWithPcmSubFormat() {
        WavAudio audio = WavReader.read(riff(chunk("fmt ", extensible(1, 16)), chunk("data", STEREO_PCM)));
        assertEquals(PcmFormat.of(48000, 2), audio.format());
        assertArrayEquals(STEREO_PCM, audio.pcm());
    }

    @Test
    void rejectsExtensibleFloat() {
        WavFormatException e = assertThrows(
                WavFormatException.class,
                () -> WavReader.read(riff(chunk("fmt ", extensible(3, 32)), chunk("data", STEREO_PCM))));
        assertTrue(
                e.getMessage().startsWith("WAV audio is IEEE float (format code 3), not PCM (format code 1)"),
                e.getMessage());
    }

    @Test
    void rejectsFilesThatAreNotRiffWave() {
        WavFormatException notRiff = assertThrows(
                WavFormatException.class,
                () -> WavReader.read("ID3\u0004 some mp3 data".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(
                "Not a WAV file: it starts with 'ID3?' instead of 'RIFF'; supply a RIFF/WAVE file with 16-bit PCM audio",
                notRiff.getMessage());
        byte[] avi = riff(chunk("fmt ", fmt(1, 1, 8000, 16)));
        avi[8] = 'A';
        avi[9] = 'V';
        avi[10] = 'I';
        avi[11] = ' ';
        assertTrue(assertThrows(WavFormatException.class, () -> WavReader.read(avi))
                .getMessage()
                .startsWith("RIFF file of type 'AVI ' is not WAVE audio"));
        assertTrue(assertThrows(WavFormatException.class, () -> WavReader.read(new byte[] {'R', 'I', 'F', 'F'}))
                .getMessage()
                .contains("truncated"));
    }

    @Test
    void namesTheFormatCodeOfNonPcmAudio() {
        WavFormatException e = assertThrows(
                WavFormatException.class,
                () -> WavReader.read(riff(chunk("fmt ", fmt(6, 1, 8000, 8)), chunk("data", new byte[8]))));
        assertTrue(e.getMessage().startsWith("WAV audio is A-law (format code 6), not PCM"), e.getMessage());
        assertTrue(e.getMessage().contains("pcm_s16le"), e.getMessage());
    }

    @Test
    void namesTheBitDepthWhenNot16Bit() {
        WavFormatException e = assertThrows(
                WavFormatException.class,
                () -> WavReader.read(riff(chunk("fmt ", fmt(1, 2, 48000, 24)), chunk("data", new byte[12]))));
        assertTrue(
                e.getMessage().startsWith("WAV audio has 24-bit samples but 16-bit PCM is required"), e.getMessage());
    }

    @Test
    void rejectsUnsupportedRatesAndChannelCounts() {
        assertTrue(assertThrows(
                        WavFormatException.class,
                        () -> WavReader.read(riff(chunk("fmt ", fmt(1, 1, 44000, 16)), chunk("data", new byte[2]))))
                .getMessage()
                .startsWith("WAV sample rate 44000 Hz is not supported; resample to one of [8000, 11025"));
        assertTrue(assertThrows(
                        WavFormatException.class,
                        () -> WavReader.read(riff(chunk("fmt ", fmt(1, 6, 48000, 16)), chunk("data", new byte[12]))))
                .getMessage()
                .startsWith("WAV has 6 channels; only mono or stereo is supported"));
    }

    @Test
    void rejectsMissingOrMisplacedChunks() {
        assertTrue(assertThrows(WavFormatException.class, () -> WavReader.read(riff(chunk("data", STEREO_PCM))))
                .getMessage()
                .startsWith("WAV 'data' chunk comes before the 'fmt ' chunk"));
        assertTrue(assertThrows(
                        WavFormatException.class, () -> WavReader.read(riff(chunk("fmt ", fmt(1, 1, 8000, 16)))))
                .getMessage()
                .startsWith("WAV file has no 'data' chunk"));
        assertTrue(assertThrows(WavFormatException.class, () -> WavReader.read(riff(chunk("LIST", new byte[4]))))
                .getMessage()
                .startsWith("WAV file has no 'fmt ' chunk"));
    }

    @Test
    void truncatedDataYieldsTheWholeFramesThatArePresent() {
        byte[] wav = riff(chunk("fmt ", fmt(1, 2, 48000, 16)), chunk("data", STEREO_PCM));
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 1000);
        byte[] cut = Arrays.copyOf(wav, wav.length - STEREO_PCM.length + 7);
        assertArrayEquals(Arrays.copyOf(STEREO_PCM, 4), WavReader.read(cut).pcm());
    }

    @Test
    void dataLengthIsTrimmedToWholeFrames() {
        byte[] odd = Arrays.copyOf(STEREO_PCM, 7);
        WavAudio audio = WavReader.read(riff(chunk("fmt ", fmt(1, 2, 48000, 16)), chunk("data", odd)));
        assertArrayEquals(Arrays.copyOf(STEREO_PCM, 4), audio.pcm());
    }

    @Test
    void unknownDataSizeReadsToEndOfFile() throws IOException {
        byte[] wav = riff(chunk("fmt ", fmt(1, 2, 48000, 16)), chunk("data", STEREO_PCM));
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(40, -1);
        try (WavStream stream = WavReader.open(new ByteArrayInputStream(wav))) {
            assertEquals(-1, stream.declaredDataLength());
            assertArrayEquals(STEREO_PCM, stream.data().readAllBytes());
        }
    }

    @Test
    void streamsLargeFilesInWholeFramesWhateverTheSourceDelivers(@TempDir Path dir) throws IOException {
        PcmFormat format = PcmFormat.of(44100, 2);
        byte[] pcm = new ToneGenerator(format, 440, 0.5).next(44100);
        Path file = dir.resolve("tone.wav");
        Files.write(file, WavWriter.toWavBytes(format, pcm));

        try (WavStream stream = WavReader.open(file)) {
            assertEquals(format, stream.format());
            assertEquals(pcm.length, stream.declaredDataLength());
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[1001];
            int n;
            while ((n = stream.data().read(buffer)) > 0) {
                assertEquals(0, n % 4, "whole frames only");
                read.write(buffer, 0, n);
            }
            assertArrayEquals(pcm, read.toByteArray());
        }

        byte[] truncated = Arrays.copyOf(Files.readAllBytes(file), 44 + 4001);
        try (WavStream stream = WavReader.open(new OneByteAtATime(new ByteArrayInputStream(truncated)))) {
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[7];
            int n;
            while ((n = stream.data().read(buffer)) > 0) {
                read.write(buffer, 0, n);
            }
            assertArrayEquals(Arrays.copyOf(pcm, 4000), read.toByteArray());
            assertEquals(-1, stream.data().read());
        }
    }

    @Test
    void singleByteReadsDeliverTheSameBytes() throws IOException {
        byte[] wav = riff(chunk("fmt ", fmt(1, 2, 48000, 16)), chunk("data", STEREO_PCM));
        try (WavStream stream = WavReader.open(new ByteArrayInputStream(wav))) {
            byte[] read = new byte[STEREO_PCM.length];
            for (int i = 0; i < read.length; i++) {
                read[i] = (byte) stream.data().read();
            }
            assertArrayEquals(STEREO_PCM, read);
            assertEquals(-1, stream.data().read());
        }
    }

    /** Simulates a slow socket: every read returns at most one byte. */
    private static final class OneByteAtATime extends FilterInputStream {
        OneByteAtATime(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }

    private static byte[] fmt(int code, int channels, int rate, int bits) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        int blockAlign = channels * bits / 8;
        b.putShort((short) code)
                .putShort((short) channels)
                .putInt(rate)
                .putInt(rate * blockAlign)
                .putShort((short) blockAlign)
                .putShort((short) bits);
        return b.array();
    }

    private static byte[] extensible(int subFormat, int bits) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.put(fmt(0xFFFE, 2, 48000, bits))
                .putShort((short) 22)
                .putShort((short) bits)
                .putInt(3);
        b.putShort((short) subFormat)
                .put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        return b.array();
    }

    private static byte[] chunk(String id, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(8 + body.length + (body.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(body.length).put(body);
        return b.array();
    }

    private static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] c : chunks) {
            body.writeBytes(c);
        }
        ByteBuffer b = ByteBuffer.allocate(12 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(4 + body.size())
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put(body.toByteArray());
        return b.array();
    }
}
