package org.alirtc.media;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A WAV file opened for streaming: its format and an {@link InputStream} over the PCM of its data
 * chunk, so large files need not be loaded at once. {@link #data()} ends at the end of the data chunk
 * and only ever yields whole sample frames (every channel); a partial frame left by a truncated file
 * is dropped, and a data chunk shorter than declared just ends early, unless {@link #requireComplete} asks for the
 * whole of it. Closing the WavStream closes the underlying stream.
 */
public final class WavStream implements Closeable {

    private final PcmFormat format;
    private final long declaredDataLength;
    private final long dataOffset;
    private final WholeFrameInputStream data;

    WavStream(PcmFormat format, long declaredDataLength, long dataOffset, InputStream source, long limit) {
        this.format = format;
        this.declaredDataLength = declaredDataLength;
        this.dataOffset = dataOffset;
        this.data = new WholeFrameInputStream(source, limit, format.bytesPerSampleFrame(), this::truncated);
    }

    /** Format of the PCM in {@link #data()}. */
    public PcmFormat format() {
        return format;
    }

    /**
     * Length of the data chunk as written in the header, or -1 when the header gives no usable length
     * (0 or 0xFFFFFFFF, written by recorders that never patched it); the stream then runs to end of file.
     * A truncated file delivers fewer bytes than declared.
     */
    public long declaredDataLength() {
        return declaredDataLength;
    }

    /** Bytes in the file before the PCM: the RIFF header and every chunk up to and including the data chunk's header. */
    public long dataOffset() {
        return dataOffset;
    }

    /**
     * Asks for all the audio the header declares. When the whole file is {@code fileBytes} long (-1 if unknown,
     * as for a stream) and that is too short, this throws at once; otherwise {@link #data()} throws when the input
     * ends early, after delivering what was there. Does nothing when the header declares no length.
     *
     * @throws TruncatedWavException when the file is known to be too short
     */
    public void requireComplete(long fileBytes) {
        if (declaredDataLength < 0) {
            return;
        }
        if (fileBytes >= 0 && fileBytes - dataOffset < declaredDataLength) {
            throw truncated(Math.max(0, fileBytes - dataOffset));
        }
        data.failOnEarlyEnd = true;
    }

    private TruncatedWavException truncated(long actualBytes) {
        return new TruncatedWavException(String.format(
                Locale.ROOT,
                "WAV file is truncated: its header declares %d bytes of audio (%.2f s) but it holds %d (%.2f s);"
                        + " re-export or re-download the file",
                declaredDataLength,
                seconds(declaredDataLength),
                actualBytes,
                seconds(actualBytes)));
    }

    private double seconds(long bytes) {
        return bytes / (double) format.bytesPerSampleFrame() / format.sampleRate();
    }

    /** The PCM of the data chunk. */
    public InputStream data() {
        return data;
    }

    @Override
    public void close() throws IOException {
        data.close();
    }

    /** Limits a stream to {@code limit} bytes and rounds what it delivers down to whole frames. */
    private static final class WholeFrameInputStream extends InputStream {

        private final InputStream source;
        private final int frameBytes;
        private final LongFunction<TruncatedWavException> truncated;
        private volatile boolean failOnEarlyEnd;
        private long delivered;
        private final byte[] carry;
        private final byte[] single = new byte[1];
        private int carryStart;
        private int carryEnd;
        private long remaining;

        WholeFrameInputStream(
                InputStream source, long limit, int frameBytes, LongFunction<TruncatedWavException> truncated) {
            this.source = source;
            this.truncated = truncated;
            this.frameBytes = frameBytes;
            this.carry = new byte[frameBytes];
            this.remaining = limit - limit % frameBytes;
        }

        @Override
        public int read() throws IOException {
            return read(single, 0, 1) < 0 ? -1 : single[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (carryStart == carryEnd) {
                if (remaining == 0) {
                    return -1;
                }
                if (len < frameBytes) {
                    // Too small for a whole frame: stage one frame and hand it out piecewise.
                    int got = readFrames(carry, 0, frameBytes);
                    if (got == 0) {
                        return -1;
                    }
                    carryStart = 0;
                    carryEnd = got;
                } else {
                    int want = (int) Math.min(remaining, len - len % frameBytes);
                    int got = readFrames(b, off, want);
                    return got == 0 ? -1 : got;
                }
            }
            int n = Math.min(len, carryEnd - carryStart);
            System.arraycopy(carry, carryStart, b, off, n);
            carryStart += n;
            return n;
        }

        /** Reads up to {@code want} bytes (a multiple of the frame size), completing any partial frame; 0 at the end. */
        private int readFrames(byte[] b, int off, int want) throws IOException {
            int got = source.read(b, off, want);
            if (got <= 0) {
                return endedEarly(0);
            }
            int partial = got % frameBytes;
            if (partial != 0) {
                int rest = source.readNBytes(b, off + got, frameBytes - partial);
                got += rest;
                if (rest < frameBytes - partial) {
                    return endedEarly(got - got % frameBytes);
                }
            }
            remaining -= got;
            delivered += got;
            return got;
        }

        /** The source ended {@code got} bytes into this read, before the limit. */
        private int endedEarly(int got) {
            if (failOnEarlyEnd) {
                throw truncated.apply(delivered + got);
            }
            remaining = 0;
            delivered += got;
            return got;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
