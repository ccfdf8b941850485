package org.alirtc.examples;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.media.Pcm;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the example exactly as README.md does, and checks the recording it leaves behind. */
class VoiceRoomExampleTest {

    @Test
    void recorderWritesTheToneBotsGreetingAsA440HzWav(@TempDir Path output) throws Exception {
        Main main = new Main(VoiceRoomExample.class);
        main.addOverrideProperty("example.outputDir", output.toString());
        main.addOverrideProperty("example.startDelayMs", "500");
        main.addOverrideProperty("example.toneMillis", "2000");
        main.addOverrideProperty("camel.main.durationMaxSeconds", "7");
        main.run();

        Path wav = output.resolve("tone-bot.wav");
        assertTrue(Files.exists(wav), "no recording in " + output);
        WavAudio audio = WavReader.read(wav);
        assertTrue(audio.durationMillis() >= 1500, "recording is only " + audio.durationMillis() + " ms");
        double hz = ToneDetector.dominantFrequency(
                Pcm.toShorts(audio.pcm()), audio.format().sampleRate());
        assertEquals(440, hz, 5);
    }
}
