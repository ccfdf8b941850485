package org.alirtc.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.WavReader;
import org.alirtc.media.WavStream;

/** Where published audio comes from: 10 ms PCM frames of a generated tone or of a WAV file. */
interface AudioFeed extends AutoCloseable {

    /** Tones are generated in this format, the ARTC native rate. */
    PcmFormat TONE_FORMAT = PcmFormat.of(48_000, 1);

    PcmFormat format();

    /** The next 10 ms of audio (less at the end of a file), or null when there is no more. */
    byte[] next10ms() throws IOException;

    @Override
    void close() throws IOException;

    /** An endless sine tone at half of full scale. */
    static AudioFeed tone(double hz) {
        ToneGenerator generator = new ToneGenerator(TONE_FORMAT, hz, 0.5);
        return new AudioFeed() {
            @Override
            public PcmFormat format() {
                return TONE_FORMAT;
            }

            @Override
            public byte[] next10ms() {
                return generator.next10ms();
            }

            @Override
            public void close() {}
        };
    }

    /**
     * The PCM of a WAV file, read as it is sent.
     *
     * @throws IOException when the file cannot be read or is not a 16-bit PCM WAV file in a supported format
     */
    static AudioFeed wav(Path file) throws IOException {
        WavStream stream;
        try {
            stream = WavReader.open(file);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        int frameBytes = stream.format().bytesPerFrame(10);
        return new AudioFeed() {
            @Override
            public PcmFormat format() {
                return stream.format();
            }

            @Override
            public byte[] next10ms() throws IOException {
                byte[] frame = stream.data().readNBytes(frameBytes);
                return frame.length == 0 ? null : frame;
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }
}
