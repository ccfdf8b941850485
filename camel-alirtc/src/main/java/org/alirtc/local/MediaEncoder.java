package org.alirtc.local;

import java.util.List;

/** One continuous encoded stream (AAC or H264) for one receiver; not thread-safe. */
interface MediaEncoder extends AutoCloseable {

    /** Encodes one input (10 ms of mono PCM, or one tight I420 frame); returns the packets now complete. */
    List<byte[]> encode(byte[] input, long ptsMs);

    /** Frees the native encoder. */
    @Override
    void close();
}
