package org.alirtc.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The segmenter on the kept sentences, fed 10 ms at a time as the session feeds it, at the room's 48 kHz. */
class SpeechTurnSegmenterTest {

    private static final PcmFormat ROOM = PcmFormat.of(48000, 1);

    @Test
    void twoSentencesWithAPauseBetweenThemAreTwoTurnsInTheUtteranceFormat() {
        short[] first = SpeechClips.speech("alice-1");
        short[] second = SpeechClips.speech("bob-2");
        Recorder turns = feed(
                SpeechClips.join(
                        SpeechClips.silence(500), first, SpeechClips.silence(1000), second, SpeechClips.silence(800)),
                SpeechTurnSettings.defaults());

        assertEquals(List.of("started", "ended", "utterance", "started", "ended", "utterance"), turns.events);
        assertEquals(2, turns.segments.size());
        for (SpeechSegment segment : turns.segments) {
            assertEquals(SpeechDetector.FORMAT, segment.format());
            assertTrue(segment.last());
        }
        assertEquals(500, turns.segments.get(0).startMs(), 100, "the first turn starts with the sentence");
    }

    @Test
    void aTurnLongerThanTheMaximumComesInPartsThatJoinWithoutAGap() {
        // The room test's monologue. The clips carry about 350 ms of silence around the speech: these are pauses of
        // about 400 ms, well inside the 600 ms of trailing silence.
        short[] monologue = SpeechClips.join(
                SpeechClips.speech("bob-1"), SpeechClips.speech("bob-2"), SpeechClips.speech("alice-2"));
        SpeechTurnSettings settings =
                new SpeechTurnSettings(0.65, 200, 600, 2000, SpeechDetector.FORMAT, SpeechDetectorType.AUTO);
        Recorder turns = feed(SpeechClips.join(monologue, SpeechClips.silence(800)), settings);

        assertTrue(turns.segments.size() >= 3, () -> "parts: " + turns.segments);
        for (int i = 0; i < turns.segments.size(); i++) {
            SpeechSegment part = turns.segments.get(i);
            assertEquals(i, part.part());
            assertEquals(i == turns.segments.size() - 1, part.last());
            if (i > 0) {
                SpeechSegment previous = turns.segments.get(i - 1);
                assertEquals(2000, previous.durationMs());
                assertEquals(previous.startMs() + previous.durationMs(), part.startMs());
            }
        }
        assertEquals(List.of("started", "utterance"), turns.events.subList(0, 2), "one turn, cut as it goes");
    }

    @ParameterizedTest
    @EnumSource(
            value = SpeechDetectorType.class,
            names = {"SILERO", "LIGHT"})
    void aTrailingSilenceShorterThanTheDetectorsHangoverStillWaitsForSilence(SpeechDetectorType detector) {
        short[] sentence = SpeechClips.speech("alice-1");
        SpeechTurnSettings settings = new SpeechTurnSettings(0.65, 200, 100, 30000, SpeechDetector.FORMAT, detector);
        Recorder turns = feed(SpeechClips.join(SpeechClips.silence(500), sentence, SpeechClips.silence(800)), settings);

        // 100 ms may end a turn at a pause between words, but not while the detector still hears speech: the
        // sentence has no pause of 100 ms, so at most a word that fades out early may end a turn.
        assertTrue(turns.segments.size() <= 3, () -> "the sentence was cut into " + turns.segments);
    }

    @Test
    void outOfRangeSettingsNameTheOptionAndTheRange() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new SpeechTurnSettings(1.5, 200, 600, 30000, SpeechDetector.FORMAT, SpeechDetectorType.AUTO));
        assertTrue(e.getMessage().contains("speechSensitivity"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> new SpeechTurnSettings(0.5, 200, 20, 30000, SpeechDetector.FORMAT, SpeechDetectorType.AUTO));
        assertTrue(e.getMessage().contains("trailingSilence") && e.getMessage().contains("50"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(
            value = SpeechDetectorType.class,
            names = {"SILERO", "LIGHT"})
    void deliveryStallsInNoiseAndTonesStartNoTurnAndADelayedTurnStillEnds(SpeechDetectorType detector) {
        SpeechTurnSettings settings = new SpeechTurnSettings(0.65, 200, 600, 30000, SpeechDetector.FORMAT, detector);
        Recorder recorder = new Recorder();
        SpeechTurnSegmenter segmenter = new SpeechTurnSegmenter(SpeechClips.FORMAT, settings, recorder);
        short[] noiseAndTones = SpeechClips.join(
                SpeechClips.noise(4000, 1000, 5),
                SpeechClips.add(SpeechClips.tones(4000, 1500, 8000), SpeechClips.noise(4000, 800, 6)));
        // A loaded machine delivers in bursts: 300 ms of audio, then nothing for 150 ms, over and over.
        byte[] pcm = SpeechClips.bytes(noiseAndTones);
        int chunk = SpeechClips.FORMAT.bytesPerFrame(300);
        for (int off = 0; off < pcm.length; off += chunk) {
            segmenter.accept(Arrays.copyOfRange(pcm, off, Math.min(pcm.length, off + chunk)));
            segmenter.advance(150);
        }
        assertEquals(List.of(), recorder.events, "stalls in noise and tones are no onsets");

        segmenter.accept(SpeechClips.bytes(SpeechClips.speech("bob-1")));
        segmenter.advance(700);
        assertEquals(List.of("started", "ended", "utterance"), recorder.events, "the speaker stopped sending");
    }

    private static Recorder feed(short[] audio16k, SpeechTurnSettings settings) {
        byte[] pcm = new Resampler(SpeechClips.FORMAT, ROOM).process(SpeechClips.bytes(audio16k));
        Recorder recorder = new Recorder();
        SpeechTurnSegmenter segmenter = new SpeechTurnSegmenter(ROOM, settings, recorder);
        int frame = ROOM.bytesPerFrame(10);
        for (int off = 0; off + frame <= pcm.length; off += frame) {
            segmenter.accept(Arrays.copyOfRange(pcm, off, off + frame));
        }
        return recorder;
    }

    private static final class Recorder implements SpeechTurnSegmenter.Listener {
        final List<String> events = new ArrayList<>();
        final List<SpeechSegment> segments = new ArrayList<>();

        @Override
        public void speechStarted(long startMs) {
            events.add("started");
        }

        @Override
        public void speechEnded(long startMs, long endMs) {
            events.add("ended");
        }

        @Override
        public void utterance(SpeechSegment segment) {
            events.add("utterance");
            segments.add(segment);
        }
    }
}
