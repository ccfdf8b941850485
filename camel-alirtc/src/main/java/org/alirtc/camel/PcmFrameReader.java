package org.alirtc.camel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.Resampler;

/**
 * Cuts a PCM stream into the engine's 10 ms frames in the publishing format, resampling on the way when the source
 * format differs. The last frame may be shorter; it always holds whole samples.
 */
final class PcmFrameReader {

    private final InputStream in;
    private final Resampler resampler;
    private final int inChunkBytes;
    private final int frameBytes;
    private byte[] buffer;
    private int length;
    private boolean endOfInput;

    PcmFrameReader(InputStream in, PcmFormat inFormat, PcmFormat outFormat) {
        this.in = in;
        this.resampler = Resampler.needed(inFormat, outFormat) ? new Resampler(inFormat, outFormat) : null;
        this.inChunkBytes = inFormat.bytesPerFrame(10);
        this.frameBytes = outFormat.bytesPerFrame(10);
        this.buffer = new byte[frameBytes * 2];
    }

    /** The next frame, or null at the end of the stream. */
    byte[] next() throws IOException {
        if (resampler == null && length == 0 && !endOfInput) {
            // Same format and nothing buffered: a whole chunk is a whole frame, handed on without copying it twice.
            byte[] chunk = in.readNBytes(frameBytes);
            if (chunk.length == frameBytes) {
                return chunk;
            }
            endOfInput = chunk.length == 0;
            append(chunk);
        }
        while (length < frameBytes && !endOfInput) {
            byte[] chunk = in.readNBytes(inChunkBytes);
            if (chunk.length == 0) {
                endOfInput = true;
            } else {
                append(resampler == null ? chunk : resampler.process(chunk));
            }
        }
        if (length == 0) {
            return null;
        }
        int take = Math.min(length, frameBytes);
        byte[] frame = Arrays.copyOf(buffer, take);
        System.arraycopy(buffer, take, buffer, 0, length - take);
        length -= take;
        return frame;
    }

    private void append(byte[] pcm) {
        if (length + pcm.length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + pcm.length));
        }
        System.arraycopy(pcm, 0, buffer, length, pcm.length);
        length += pcm.length;
    }
}
