package org.alirtc.media;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads RIFF/WAVE files holding 16-bit PCM, either whole ({@code read}) or as a stream ({@code open}).
 *
 * <p>Accepted: format code 1 (PCM) or WAVE_FORMAT_EXTENSIBLE with the PCM sub-format, 16 bits per
 * sample, one or two channels, a rate {@link PcmFormat} supports. Chunks other than {@code fmt } and
 * {@code data} (LIST, fact, cue, ...) are skipped, honouring the pad byte after odd-sized chunks.
 * The header's byte rate and block align are not trusted; they follow from the channel count.
 *
 * <p>Damaged files are read as far as they go: when the data chunk is shorter than its header says,
 * the audio that is there is returned (unless {@link WavStream#requireComplete} asks for the whole of it), and a data length that is not a multiple of the block align
 * (2 bytes per channel) is trimmed to whole sample frames. A data size of 0xFFFFFFFF, written by
 * recorders that could not seek back, means "until end of file".
 */
public final class WavReader {

    private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;
    private static final int MAX_FMT_SIZE = 1 << 16;
    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    /** Bytes 2..15 of every KSDATAFORMAT_SUBTYPE_* GUID; bytes 0..1 carry the format code. */
    private static final byte[] SUBFORMAT_GUID_TAIL = {
        0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71
    };

    private static final String CONVERT_HINT = "convert it to 16-bit PCM, e.g. ffmpeg -i in.wav -c:a pcm_s16le out.wav";

    private WavReader() {}

    /** Reads a whole WAV file. */
    public static WavAudio read(Path file) throws IOException {
        try (WavStream stream = open(file)) {
            return new WavAudio(stream.format(), stream.data().readAllBytes());
        }
    }

    /** Parses a WAV file held in memory. */
    public static WavAudio read(byte[] wav) {
        try {
            return read(new ByteArrayInputStream(wav));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a byte array cannot fail", e);
        }
    }

    /** Reads a WAV file from {@code in} up to the end of its data chunk; {@code in} is left open. */
    public static WavAudio read(InputStream in) throws IOException {
        WavStream stream = open(in);
        return new WavAudio(stream.format(), stream.data().readAllBytes());
    }

    /** Opens a WAV file for streaming; close the result to close the file. */
    public static WavStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            return open(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Reads the header from {@code in} and leaves it positioned at the start of the PCM. Closing the
     * result closes {@code in}.
     *
     * @throws WavFormatException when the bytes are not 16-bit PCM WAV
     */
    public static WavStream open(InputStream in) throws IOException {
        byte[] header = readExactly(in, 12, "RIFF header");
        String riff = fourCc(header, 0);
        if (riff.equals("RF64")) {
            throw new WavFormatException(
                    "RF64 (WAV larger than 4 GiB) is not supported; split the audio into files under 4 GiB");
        }
        if (!riff.equals("RIFF")) {
            throw new WavFormatException("Not a WAV file: it starts with '" + riff
                    + "' instead of 'RIFF'; supply a RIFF/WAVE file with 16-bit PCM audio");
        }
        String type = fourCc(header, 8);
        if (!type.equals("WAVE")) {
            throw new WavFormatException("RIFF file of type '" + type
                    + "' is not WAVE audio; supply a RIFF/WAVE file with 16-bit PCM audio");
        }
        PcmFormat format = null;
        long offset = header.length;
        while (true) {
            byte[] chunkHeader = in.readNBytes(8);
            if (chunkHeader.length < 8) {
                throw new WavFormatException(
                        format == null
                                ? "WAV file has no 'fmt ' chunk; the file is incomplete or damaged, re-export it"
                                : "WAV file has no 'data' chunk; the file holds no audio, re-export it");
            }
            String id = fourCc(chunkHeader, 0);
            long size = u32(chunkHeader, 4);
            offset += chunkHeader.length;
            if (id.equals("fmt ")) {
                if (size < 16 || size > MAX_FMT_SIZE) {
                    throw new WavFormatException("WAV 'fmt ' chunk has an impossible size of " + size
                            + " bytes (expected 16 to 40); the file is damaged, re-export it");
                }
                format = parseFormat(readExactly(in, (int) size, "'fmt ' chunk"));
                skipChunk(in, id, size & 1);
                offset += size + (size & 1);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw new WavFormatException("WAV 'data' chunk comes before the 'fmt ' chunk, so its format is"
                            + " unknown; re-export the file with a standard WAV writer");
                }
                boolean unknown = size == UNKNOWN_SIZE;
                return new WavStream(format, unknown ? -1 : size, offset, in, unknown ? Long.MAX_VALUE : size);
            } else {
                skipChunk(in, id, size + (size & 1));
                offset += size + (size & 1);
            }
        }
    }

    private static PcmFormat parseFormat(byte[] fmt) {
        int code = u16(fmt, 0);
        int channels = u16(fmt, 2);
        long rate = u32(fmt, 4);
        int bits = u16(fmt, 14);
        if (code == FORMAT_EXTENSIBLE) {
            if (fmt.length < 40) {
                throw new WavFormatException("WAV 'fmt ' chunk says WAVE_FORMAT_EXTENSIBLE but is only " + fmt.length
                        + " bytes long (40 needed); the file is damaged, re-export it");
            }
            if (!Arrays.equals(fmt, 26, 40, SUBFORMAT_GUID_TAIL, 0, SUBFORMAT_GUID_TAIL.length)) {
                throw new WavFormatException(
                        "WAV uses WAVE_FORMAT_EXTENSIBLE with an unknown sub-format; " + CONVERT_HINT);
            }
            code = u16(fmt, 24);
        }
        if (code != FORMAT_PCM) {
            throw new WavFormatException("WAV audio is " + formatName(code) + " (format code " + code
                    + "), not PCM (format code 1); " + CONVERT_HINT);
        }
        if (bits != 16) {
            throw new WavFormatException(
                    "WAV audio has " + bits + "-bit samples but 16-bit PCM is required; " + CONVERT_HINT);
        }
        if (rate > Integer.MAX_VALUE || !PcmFormat.isSupportedRate((int) rate)) {
            throw new WavFormatException("WAV sample rate " + rate + " Hz is not supported; resample to one of "
                    + Arrays.toString(PcmFormat.supportedRates()) + " Hz, e.g. ffmpeg -i in.wav -ar 48000 out.wav");
        }
        if (channels != 1 && channels != 2) {
            throw new WavFormatException("WAV has " + channels + " channels; only mono or stereo is supported,"
                    + " e.g. ffmpeg -i in.wav -ac 2 out.wav");
        }
        return new PcmFormat((int) rate, channels);
    }

    private static String formatName(int code) {
        return switch (code) {
            case 2 -> "Microsoft ADPCM";
            case 3 -> "IEEE float";
            case 6 -> "A-law";
            case 7 -> "mu-law";
            case 0x11 -> "IMA ADPCM";
            case 0x55 -> "MP3";
            default -> "an unsupported encoding";
        };
    }

    private static void skipChunk(InputStream in, String id, long bytes) throws IOException {
        try {
            in.skipNBytes(bytes);
        } catch (EOFException e) {
            throw new WavFormatException("WAV file ends inside its '" + id + "' chunk before any 'data' chunk;"
                    + " the file is incomplete, re-export it");
        }
    }

    private static byte[] readExactly(InputStream in, int length, String what) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new WavFormatException("WAV file is truncated in its " + what + " (needed " + length
                    + " bytes, found " + bytes.length + "); supply a complete RIFF/WAVE file");
        }
        return bytes;
    }

    private static String fourCc(byte[] bytes, int offset) {
        byte[] id = Arrays.copyOfRange(bytes, offset, offset + 4);
        for (int i = 0; i < id.length; i++) {
            if (id[i] < 0x20 || id[i] > 0x7e) {
                id[i] = '?';
            }
        }
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static int u16(byte[] b, int offset) {
        return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int offset) {
        return (u16(b, offset) | (long) u16(b, offset + 2) << 16);
    }
}
