package org.alirtc.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes 16-bit PCM to a WAV file as it arrives. The header is written first with zero sizes and
 * patched by {@link #sync()} and {@link #close()}, so a file whose writer was never closed still parses (holding
 * the audio up to the last sync) and a closed file is complete.
 */
public final class WavWriter implements AutoCloseable {

    /** Bytes of the canonical header written before the PCM. */
    public static final int HEADER_SIZE = 44;
    /** Largest data chunk a RIFF file can describe (its RIFF size field is 32 bits and counts 36 header bytes). */
    static final long MAX_DATA_BYTES = 0xFFFFFFFFL - (HEADER_SIZE - 8);

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path file;
    private final PcmFormat format;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
    private final long maxDataBytes;
    private long dataBytes;
    private boolean closed;

    /** Creates (or truncates) {@code file} and writes the header. */
    public WavWriter(Path file, PcmFormat format) throws IOException {
        this(file, format, MAX_DATA_BYTES);
    }

    /** Lets tests exercise the size limit without writing 4 GiB. */
    WavWriter(Path file, PcmFormat format, long maxDataBytes) throws IOException {
        this.file = file;
        this.format = format;
        this.maxDataBytes = maxDataBytes;
        this.channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            writeFully(header(format, 0));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** The file being written. */
    public Path file() {
        return file;
    }

    /** The format given at construction. */
    public PcmFormat format() {
        return format;
    }

    /** PCM bytes written so far. */
    public long dataBytes() {
        return dataBytes;
    }

    /** Appends PCM; the length must be whole samples for every channel. */
    public void write(byte[] pcm) throws IOException {
        write(pcm, 0, pcm.length);
    }

    /**
     * Appends {@code len} bytes of PCM from {@code off}.
     *
     * @throws IllegalStateException when closed, or when the data would pass the 4 GiB WAV limit
     *                               (nothing of this call is written then, so the file stays valid)
     */
    public void write(byte[] pcm, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, pcm.length);
        if (closed) {
            throw new IllegalStateException("WavWriter is closed; open a new WavWriter to write more audio");
        }
        Pcm.requireWholeSamples(len, format.channels());
        if (dataBytes + len > maxDataBytes) {
            throw new IllegalStateException(
                    "WAV data would grow to " + (dataBytes + len) + " bytes, past the " + maxDataBytes
                            + "-byte limit of the RIFF format (about 4 GiB); close this file and continue in a new one");
        }
        int position = off;
        int end = off + len;
        while (position < end) {
            int n = Math.min(buffer.remaining(), end - position);
            buffer.put(pcm, position, n);
            position += n;
            if (!buffer.hasRemaining()) {
                flushBuffer();
            }
        }
        dataBytes += len;
    }

    /**
     * Writes buffered PCM and patches the RIFF and data sizes, so the file on disk is a complete WAV of everything
     * written so far, also if the process is killed before {@link #close()}. Does nothing when closed.
     */
    public void sync() throws IOException {
        if (closed) {
            return;
        }
        flushBuffer();
        patchSizes();
    }

    /** Writes buffered PCM and patches the RIFF and data sizes. Closing twice does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (FileChannel c = channel) {
            flushBuffer();
            patchSizes();
        }
    }

    private void patchSizes() throws IOException {
        ByteBuffer sizes = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        sizes.putInt(0, (int) (dataBytes + HEADER_SIZE - 8));
        channel.write(sizes, 4);
        sizes.clear();
        sizes.putInt(0, (int) dataBytes);
        channel.write(sizes, HEADER_SIZE - 4);
    }

    /** A complete WAV file in memory holding {@code pcm}. */
    public static byte[] toWavBytes(PcmFormat format, byte[] pcm) {
        Pcm.requireWholeSamples(pcm.length, format.channels());
        ByteBuffer wav = ByteBuffer.allocate(HEADER_SIZE + pcm.length);
        wav.put(header(format, pcm.length)).put(pcm);
        return wav.array();
    }

    private static ByteBuffer header(PcmFormat format, long dataBytes) {
        ByteBuffer h = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (dataBytes + HEADER_SIZE - 8));
        h.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        h.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        h.putShort((short) 1).putShort((short) format.channels()).putInt(format.sampleRate());
        h.putInt(format.bytesPerSecond())
                .putShort((short) format.bytesPerSampleFrame())
                .putShort((short) 16);
        h.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return h.flip();
    }

    private void flushBuffer() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }
}
