package org.alirtc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.alirtc.media.SpeechClips;
import org.alirtc.media.SpeechDetectorType;
import org.alirtc.media.SpeechSegment;
import org.alirtc.media.SpeechTurnSegmenter;
import org.alirtc.media.SpeechTurnSettings;

/**
 * Quality and cost of the speech turn detector on the kept espeak-ng sentences: four sentences by two voices with
 * 1.5 s pauses, clean and mixed with white noise at 20, 10 and 5 dB SNR, then music-like tones and noise alone.
 * <ul>
 *   <li>frame-level precision, recall and F1 of the turns: a frame counts as speech when it lies in a delivered
 *   turn, and as truth when it lies between the first and last speech frame of a sentence;</li>
 *   <li>turn-boundary error: start and end of each delivered turn against its sentence;</li>
 *   <li>turns found in tones and noise alone (should be none);</li>
 *   <li>end-of-speech delay: from the sentence's last speech to the frame that completes the turn, minus the
 *   trailing silence (the stream time the detector adds; the route sees the exchange after it is queued);</li>
 *   <li>CPU: thread CPU time per second of audio of one speaker, as a share of one core.</li>
 * </ul>
 * Run: {@code cd camel-alirtc && mvn -q test-compile exec:java -Dexec.mainClass=org.alirtc.bench.SpeechTurnBenchmark
 * -Dexec.classpathScope=test}.
 */
public final class SpeechTurnBenchmark {

    private static final int PAUSE_MS = 1500;

    private SpeechTurnBenchmark() {}

    public static void main(String[] args) {
        for (SpeechDetectorType detector : detectors(args)) {
            SpeechTurnSettings d = SpeechTurnSettings.defaults();
            measure(new SpeechTurnSettings(
                    d.sensitivity(), d.minSpeechMs(), d.trailingSilenceMs(), d.maxUtteranceMs(), d.format(), detector));
            System.out.println();
        }
    }

    private static void measure(SpeechTurnSettings settings) {
        short[][] sentences = new short[SpeechClips.NAMES.length][];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = SpeechClips.speech(SpeechClips.NAMES[i]);
        }
        List<short[]> parts = new ArrayList<>();
        List<long[]> truth = new ArrayList<>();
        long at = 1000;
        parts.add(SpeechClips.silence(1000));
        for (short[] sentence : sentences) {
            boolean[] active = SpeechClips.speechFrames(sentence, 0);
            int first = indexOf(active, true, 0);
            int last = lastIndexOf(active);
            truth.add(new long[] {at + first * 10L, at + (last + 1) * 10L});
            parts.add(sentence);
            parts.add(SpeechClips.silence(PAUSE_MS));
            at += sentence.length / 16 + PAUSE_MS;
        }
        short[] clean = SpeechClips.join(parts.toArray(short[][]::new));

        System.out.println("Speech turn detector, defaults " + settings);
        System.out.println("| input | precision | recall | F1 | turns (expected " + truth.size()
                + ") | max start error ms | max end error ms | end delay - trailing silence, ms (max) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        report("clean", clean, truth, settings);
        for (double snr : new double[] {20, 10, 5}) {
            report(snr + " dB SNR", SpeechClips.withNoise(clean, snr, 7), truth, settings);
        }
        short[] tones = SpeechClips.tones(20_000, 400, 8000);
        short[] noise = SpeechClips.noise(20_000, 1000, 3);
        System.out.println();
        System.out.println("| no speech, 20 s | turns |");
        System.out.println("|---|---|");
        System.out.println("| melody: chords changing every 0.4 s | "
                + run(tones, settings).turns.size() + " |");
        System.out.println("| held chords, 1.5 s each | "
                + run(SpeechClips.tones(20_000, 1500, 8000), settings).turns.size() + " |");
        System.out.println("| white noise | " + run(noise, settings).turns.size() + " |");
        System.out.println("| melody + white noise | "
                + run(SpeechClips.add(tones, noise), settings).turns.size() + " |");
        System.out.println("| noise bursts, 0.7 s on and off | "
                + run(bursts(), settings).turns.size() + " |");
        cpu(SpeechClips.withNoise(clean, 10, 11), settings);
    }

    /** Noise switched on and off every 700 ms: a steady floor never forms, each burst is an onset. */
    private static short[] bursts() {
        List<short[]> parts = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            parts.add(i % 2 == 0 ? SpeechClips.noise(700, 1500, i) : SpeechClips.silence(700));
        }
        return SpeechClips.join(parts.toArray(short[][]::new));
    }

    private static void report(String name, short[] audio, List<long[]> truth, SpeechTurnSettings settings) {
        Run run = run(audio, settings);
        int frames = audio.length / 160;
        boolean[] expected = new boolean[frames];
        boolean[] found = new boolean[frames];
        for (long[] t : truth) {
            mark(expected, t[0], t[1]);
        }
        for (long[] t : run.turns) {
            mark(found, t[0], t[1]);
        }
        int tp = 0, fp = 0, fn = 0;
        for (int f = 0; f < frames; f++) {
            tp += expected[f] && found[f] ? 1 : 0;
            fp += !expected[f] && found[f] ? 1 : 0;
            fn += expected[f] && !found[f] ? 1 : 0;
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        long startError = 0, endError = 0, delay = Long.MIN_VALUE;
        for (int i = 0; i < run.turns.size(); i++) {
            long[] t = run.turns.get(i);
            long[] nearest = truth.stream()
                    .min((a, b) -> Long.compare(Math.abs(a[0] - t[0]), Math.abs(b[0] - t[0])))
                    .orElseThrow();
            startError = Math.max(startError, Math.abs(t[0] - nearest[0]));
            endError = Math.max(endError, Math.abs(t[1] - nearest[1]));
            delay = Math.max(delay, run.completedAt.get(i) - nearest[1] - settings.trailingSilenceMs());
        }
        System.out.printf(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %.3f | %d | %d | %d | %d |%n",
                name,
                precision,
                recall,
                f1,
                run.turns.size(),
                startError,
                endError,
                delay);
    }

    private static void cpu(short[] audio, SpeechTurnSettings settings) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) {
            run(audio, settings);
        }
        int rounds = 20;
        long before = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            run(audio, settings);
        }
        long cpuNs = threads.getCurrentThreadCpuTime() - before;
        double audioSeconds = rounds * audio.length / 16_000.0;
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "CPU: %.3f ms per second of one speaker's audio = %.3f%% of one core (%.0f s of audio)%n",
                cpuNs / 1e6 / audioSeconds,
                cpuNs / 1e7 / audioSeconds,
                audioSeconds);
    }

    private static Run run(short[] audio, SpeechTurnSettings settings) {
        Run run = new Run();
        long[] streamMs = {0};
        SpeechTurnSegmenter segmenter =
                new SpeechTurnSegmenter(SpeechClips.FORMAT, settings, new SpeechTurnSegmenter.Listener() {
                    @Override
                    public void speechStarted(long startMs) {}

                    @Override
                    public void speechEnded(long startMs, long endMs) {
                        run.turns.add(new long[] {startMs, endMs});
                        run.completedAt.add(streamMs[0]);
                    }

                    @Override
                    public void utterance(SpeechSegment segment) {}
                });
        byte[] pcm = SpeechClips.bytes(audio);
        for (int off = 0; off + 320 <= pcm.length; off += 320) {
            streamMs[0] += 10;
            segmenter.accept(Arrays.copyOfRange(pcm, off, off + 320));
        }
        segmenter.finish();
        return run;
    }

    private static void mark(boolean[] frames, long fromMs, long toMs) {
        for (long f = fromMs / 10; f < toMs / 10 && f < frames.length; f++) {
            frames[(int) f] = true;
        }
    }

    private static int indexOf(boolean[] a, boolean v, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(boolean[] a) {
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The detectors to measure: the arguments ({@code light}, {@code silero}), or both. */
    private static List<SpeechDetectorType> detectors(String[] args) {
        if (args.length == 0) {
            return List.of(SpeechDetectorType.SILERO, SpeechDetectorType.LIGHT);
        }
        return Arrays.stream(args)
                .map(a -> SpeechDetectorType.valueOf(a.toUpperCase(Locale.ROOT)))
                .toList();
    }

    private static final class Run {
        final List<long[]> turns = new ArrayList<>();
        final List<Long> completedAt = new ArrayList<>();
    }
}
