package org.alirtc.examples;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.camel.Exchange;

import org.alirtc.media.Pcm;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;

/** Reads back a recording the file endpoint just wrote and says what is in it. */
public final class RecordingReport {

    private RecordingReport() {}

    public static String describe(Exchange exchange) throws IOException {
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class));
        WavAudio audio = WavReader.read(file);
        short[] samples = Pcm.toShorts(audio.pcm());
        double hz = ToneDetector.dominantFrequency(samples, audio.format().sampleRate());
        return String.format(
                "recorded %s: %d ms at %d Hz, dominant frequency %.0f Hz",
                file, audio.durationMillis(), audio.format().sampleRate(), hz);
    }
}
