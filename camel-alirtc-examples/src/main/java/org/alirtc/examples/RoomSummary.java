package org.alirtc.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;

/** What the example left in its output directory, as a few lines of text for the end of the run. */
public final class RoomSummary {

    private RoomSummary() {}

    public static String describe(Path outputDir) throws IOException {
        StringBuilder text = new StringBuilder("The voice room left in ")
                .append(outputDir.toAbsolutePath())
                .append(':');
        List<Path> wavs = files(outputDir.resolve("recordings"), ".wav");
        text.append("\n  recordings/ (one WAV per user, written as the audio arrived): ")
                .append(wavs.size());
        for (Path wav : wavs) {
            WavAudio audio = WavReader.read(wav);
            text.append(String.format(
                    "%n    %s  %d ms, %d Hz, %d channel(s)",
                    wav.getFileName(),
                    audio.durationMillis(),
                    audio.format().sampleRate(),
                    audio.format().channels()));
        }
        List<Path> pngs = files(outputDir.resolve("snapshots"), ".png");
        text.append("\n  snapshots/ (PNG, one per user and period): ").append(pngs.size());
        pngs.forEach(png -> text.append("\n    ").append(png.getFileName()));
        Path messages = outputDir.resolve("messages.jsonl");
        long lines = Files.exists(messages) ? Files.readAllLines(messages).size() : 0;
        text.append("\n  messages.jsonl (DataChannel and SEI messages, one JSON object per line): ")
                .append(lines);
        text.append("\n  inbox/ (drop a WAV file here to play it into the room; played files go to inbox/.played)");
        return text.toString();
    }

    private static List<Path> files(Path directory, String suffix) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
