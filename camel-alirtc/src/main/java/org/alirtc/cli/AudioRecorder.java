package org.alirtc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.WavWriter;
import org.alirtc.sdk.model.AudioPcmFrame;

/**
 * Writes received PCM to WAV files in one directory: {@code <uid>.wav} per remote user, {@code mixed.wav} for the
 * mix. A file is created with the format of its first frame; frames of another format are skipped with one warning,
 * because a WAV file has a single format. Files are complete once {@link #close()} has run.
 */
final class AudioRecorder implements AutoCloseable {

    static final String MIXED_FILE = "mixed.wav";

    private final Path directory;
    private final PrintStream err;
    private final Map<String, WavWriter> writers = new HashMap<>();
    private final Set<String> warned = new HashSet<>();
    private boolean closed;

    AudioRecorder(Path directory, PrintStream err) {
        this.directory = directory;
        this.err = err;
    }

    /** Appends a frame of {@code uid} (or of the mix when {@code uid} is null). */
    synchronized void write(String uid, AudioPcmFrame frame) {
        if (closed || frame.data().length == 0) {
            return;
        }
        String file = uid == null ? MIXED_FILE : uid + ".wav";
        try {
            WavWriter writer = writers.get(file);
            if (writer == null) {
                writer = new WavWriter(directory.resolve(file), PcmFormat.of(frame.sampleRate(), frame.channels()));
                writers.put(file, writer);
            }
            PcmFormat format = writer.format();
            if (format.sampleRate() != frame.sampleRate() || format.channels() != frame.channels()) {
                warnOnce(
                        file,
                        "audio format changed from " + format + " to " + frame.sampleRate() + " Hz " + frame.channels()
                                + " ch; later frames in the new format are not recorded");
                return;
            }
            writer.write(frame.data());
        } catch (IOException | IllegalArgumentException e) {
            warnOnce(file, "cannot record: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        IOException failure = null;
        for (WavWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void warnOnce(String file, String problem) {
        if (warned.add(file)) {
            err.println("warning: " + directory.resolve(file) + ": " + problem);
        }
    }
}
