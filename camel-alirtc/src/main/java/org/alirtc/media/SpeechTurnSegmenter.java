package org.alirtc.media;

import java.util.Arrays;

/**
 * Cuts one speaker's audio stream into speech turns: feeds a {@link VoiceActivityDetector} 10 ms at a time and tells its
 * {@link Listener} when a turn starts (after {@code minSpeech} of speech), when it ends ({@code trailingSilence}
 * after the last speech) and what was said (the turn's audio in the delivered format, with 30 ms of margin before
 * and after so that soft onsets and endings are not clipped). A turn starts once
 * half of the last twice {@code minSpeech} was speech, so the short onsets of a melody do not add up to one. A turn longer than {@code maxUtteranceLength} is
 * delivered in parts that join without a gap.
 *
 * <p>Times are milliseconds of the stream, counted from its first sample. Not thread-safe: one instance per
 * stream, fed from one thread.
 */
public final class SpeechTurnSegmenter {

    /** What the segmenter found; called on the thread that feeds it. */
    public interface Listener {

        /** A turn started at {@code startMs} of the stream; {@code minSpeech} of it has been heard. */
        void speechStarted(long startMs);

        /** The turn that started at {@code startMs} ended at {@code endMs}; its last part follows. */
        void speechEnded(long startMs, long endMs);

        /** The audio of a turn, or of one part of a long turn. */
        void utterance(SpeechSegment segment);
    }

    private static final int MARGIN_FRAMES = 3;

    private final SpeechTurnSettings settings;
    private final Listener listener;
    /** Its onset and end lags correct the turn's start, its end and the trailing silence. */
    private final VoiceActivityDetector detector;

    private final Resampler toDetector;
    private final Resampler toOutput;
    private final int outBytesPerFrame;
    private short[] pending = new short[0];
    /** The audio kept for the turn in progress and the margin before it; grows by doubling. */
    private byte[] audio = new byte[8192];

    private int audioLength;
    /** The stream frame that {@code audio[0]} belongs to. */
    private long audioBase;

    private long frame;
    private State state = State.IDLE;
    private long turnStart;
    private long partStart;
    private int part;
    private long lastSpeech;
    /** The detector's decisions over the last twice {@code minSpeech}, while no turn is open. */
    private final boolean[] recent;

    private enum State {
        IDLE,
        SPEECH
    }

    /**
     * @param input the format of the audio that {@link #accept} will get
     * @throws IllegalStateException when the settings ask for a detector that cannot run here
     */
    public SpeechTurnSegmenter(PcmFormat input, SpeechTurnSettings settings, Listener listener) {
        this.settings = settings;
        this.listener = listener;
        this.detector = SpeechDetectors.create(settings.detector(), settings.sensitivity());
        this.toDetector = new Resampler(input, VoiceActivityDetector.FORMAT);
        this.toOutput = new Resampler(input, settings.format());
        this.outBytesPerFrame = settings.format().bytesPerFrame(10);
        this.recent = new boolean[2 * settings.minSpeechMs() / 10];
    }

    /** Takes the next piece of the stream (whole samples, any length) and reports what it completes. */
    public void accept(byte[] pcm) {
        append(toOutput.process(pcm));
        short[] fresh = Pcm.toShorts(toDetector.process(pcm));
        short[] all = Arrays.copyOf(pending, pending.length + fresh.length);
        System.arraycopy(fresh, 0, all, pending.length, fresh.length);
        int offset = 0;
        short[] hop = new short[VoiceActivityDetector.HOP];
        while (all.length - offset >= VoiceActivityDetector.HOP) {
            System.arraycopy(all, offset, hop, 0, VoiceActivityDetector.HOP);
            step(detector.accept(hop));
            offset += VoiceActivityDetector.HOP;
        }
        pending = Arrays.copyOfRange(all, offset, all.length);
    }

    /**
     * Lets {@code ms} pass without audio, because the speaker stopped sending: silence for the turn (so that it
     * ends), but not for the detector, which goes on with the next audio as if it followed directly. Gaps in the
     * delivery therefore never make onsets: what the detector decides depends on the audio alone, not on when it
     * arrived.
     */
    public void advance(long ms) {
        for (long i = 0; i < ms / 10; i++) {
            append(new byte[outBytesPerFrame]);
            step(false);
        }
    }

    /** Ends the stream: a turn in progress is delivered as it is (the speaker left or the stream stopped). */
    public void finish() {
        if (state == State.SPEECH) {
            endTurn();
        }
        Arrays.fill(recent, false);
        state = State.IDLE;
    }

    private void step(boolean speech) {
        long f = frame++;
        switch (state) {
            case IDLE -> {
                recent[(int) (f % recent.length)] = speech;
                int heard = 0;
                long first = f;
                for (int i = 0; i < recent.length; i++) {
                    long g = f - i;
                    if (g >= 0 && recent[(int) (g % recent.length)]) {
                        heard++;
                        first = g;
                    }
                }
                if (speech && heard * 10L >= settings.minSpeechMs()) {
                    state = State.SPEECH;
                    turnStart = Math.max(0, first - detector.onsetLagFrames());
                    lastSpeech = f;
                    partStart = Math.max(0, turnStart - MARGIN_FRAMES);
                    part = 0;
                    Arrays.fill(recent, false);
                    listener.speechStarted(turnStart * 10);
                }
            }
            case SPEECH -> {
                if (speech) {
                    lastSpeech = f;
                }
                if (silentFor(f) >= settings.trailingSilenceMs()) {
                    endTurn();
                    state = State.IDLE;
                } else if ((f + 1 - partStart) * 10 >= settings.maxUtteranceMs()) {
                    listener.utterance(segment(partStart, f + 1, false));
                    partStart = f + 1;
                    part++;
                }
            }
        }
        if (state == State.IDLE) {
            trim(f + 1 - 2 * MARGIN_FRAMES - recent.length - detector.onsetLagFrames());
        }
    }

    /**
     * Silence since the detector's last "speech", corrected for its lag; none while it still says "speech", or a
     * trailing silence shorter than the lag would end every turn as soon as it started.
     */
    private long silentFor(long f) {
        return f == lastSpeech ? 0 : (f - lastSpeech + detector.endLagFrames()) * 10;
    }

    private void endTurn() {
        long end = Math.max(turnStart + 1, lastSpeech + 1 - detector.endPlacementLagFrames());
        listener.speechEnded(turnStart * 10, end * 10);
        listener.utterance(segment(partStart, Math.min(frame, end + MARGIN_FRAMES), true));
    }

    private SpeechSegment segment(long fromFrame, long toFrame, boolean last) {
        int from = (int) Math.max(0, (fromFrame - audioBase) * outBytesPerFrame);
        int to = (int) Math.min(audioLength, (toFrame - audioBase) * outBytesPerFrame);
        byte[] pcm = Arrays.copyOfRange(audio, Math.min(from, to), to);
        return new SpeechSegment(fromFrame * 10, settings.format(), pcm, part, last);
    }

    private void append(byte[] out) {
        if (audioLength + out.length > audio.length) {
            audio = Arrays.copyOf(audio, Math.max(audio.length * 2, audioLength + out.length));
        }
        System.arraycopy(out, 0, audio, audioLength, out.length);
        audioLength += out.length;
    }

    /** Forgets the audio before {@code keepFrom} while no turn needs it. */
    private void trim(long keepFrom) {
        long drop = (keepFrom - audioBase) * outBytesPerFrame;
        if (drop > 0 && drop <= audioLength && drop >= outBytesPerFrame * 50L) {
            System.arraycopy(audio, (int) drop, audio, 0, audioLength - (int) drop);
            audioLength -= (int) drop;
            audioBase = keepFrom;
        }
    }
}
