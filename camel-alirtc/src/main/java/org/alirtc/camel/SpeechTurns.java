package org.alirtc.camel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.SpeechDetectorType;
import org.alirtc.media.SpeechDetectors;
import org.alirtc.media.SpeechSegment;
import org.alirtc.media.SpeechTurnSegmenter;
import org.alirtc.media.SpeechTurnSettings;
import org.alirtc.sdk.model.AudioPcmFrame;

/**
 * A session's speech turns: one {@link SpeechTurnSegmenter} per remote user, fed with that user's PCM on the SDK
 * reader thread while some consumer wants {@code utterance} items or {@code bargeIn} is on. It publishes the
 * {@code speechStarted} and {@code speechEnded} events, hands each utterance to the consumers, and on barge-in stops
 * the session's {@link Playback}s the moment a user starts speaking over them and publishes {@code bargeIn}.
 *
 * <p>The engine delivers a user's PCM only while the user sends audio, so a turn would never end when a speaker
 * simply stops sending: a daemon timer, started with the first user, advances such a stream's turn up to the clock
 * once no frame came for most of the trailing silence ({@code trailingSilence} - {@value #FILL_LEAD_MS} ms, at
 * least {@value #MIN_SILENT_AFTER_MS} ms), so the turn still ends {@code trailingSilence} after the last frame. A
 * shorter gap is a delivery stall (a loaded machine), not the end of speech: it adds nothing, and the late frames
 * continue the stream. The added time is silence for the turn but never reaches the detector, so a stall cannot
 * look like an onset either.
 */
final class SpeechTurns implements ConsumerFanOut.AudioTap {

    static final String SPEECH_STARTED = "speechStarted";
    static final String SPEECH_ENDED = "speechEnded";
    static final String BARGE_IN = "bargeIn";
    static final String START_TIME = "startTime";
    static final String DURATION = "duration";
    static final String STOPPED = "stopped";

    /** Audio a producer is playing into the channel, which barge-in can stop. */
    interface Playback {

        /** Whether audio is playing or queued. */
        boolean playing();

        /** Stops the playing audio and drops the queued audio, as the CLEAR_BUFFER operation does. */
        void stopPlaying();
    }

    private static final Logger LOG = LoggerFactory.getLogger(SpeechTurns.class);
    /** Whether the fall-back from Silero to the light detector was logged: once per class loader is enough. */
    private static final AtomicBoolean FALLBACK_LOGGED = new AtomicBoolean();

    private static final long TICK_MS = 20;
    /** The fill starts this long before the turn would end, so the timer's ticks end it on time. */
    static final long FILL_LEAD_MS = 100;

    static final long MIN_SILENT_AFTER_MS = 100;

    private final ConsumerFanOut fanOut;
    private final Supplier<AliRtcConfiguration> configuration;
    private final Map<String, UserTurns> users = new ConcurrentHashMap<>();
    private final List<Playback> playbacks = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;
    private boolean closed;

    /** @param configuration the session's merged options, read when the first user speaks */
    SpeechTurns(ConsumerFanOut fanOut, Supplier<AliRtcConfiguration> configuration) {
        this.fanOut = fanOut;
        this.configuration = configuration;
    }

    void addPlayback(Playback playback) {
        playbacks.add(playback);
    }

    void removePlayback(Playback playback) {
        playbacks.remove(playback);
    }

    @Override
    public void frame(String userId, AudioPcmFrame frame) {
        if (userId == null
                || !(fanOut.wants(AliRtcMessageType.UTTERANCE)
                        || configuration.get().isBargeIn())) {
            return;
        }
        PcmFormat format = PcmFormat.of(frame.sampleRate(), frame.channels());
        UserTurns turns = users.get(userId);
        if (turns == null || !turns.format.equals(format)) {
            if (turns != null) {
                turns.finish();
            }
            SpeechTurnSettings settings = configuration.get().speechTurnSettings();
            logFallback(settings.detector());
            turns = new UserTurns(userId, format, settings);
            users.put(userId, turns);
            startTimer();
        }
        turns.accept(frame.data());
    }

    private static void logFallback(SpeechDetectorType detector) {
        if (detector == SpeechDetectorType.AUTO
                && SpeechDetectors.resolve(detector) == SpeechDetectorType.LIGHT
                && FALLBACK_LOGGED.compareAndSet(false, true)) {
            LOG.warn(
                    "Speech turns use the light detector: {}. Add com.microsoft.onnxruntime:onnxruntime for the"
                            + " Silero detector, or set speechDetector=light to choose the light one",
                    SpeechDetectors.sileroUnavailable().orElse("Silero cannot run"));
        }
    }

    @Override
    public void userLeft(String userId) {
        UserTurns turns = users.remove(userId);
        if (turns != null) {
            turns.finish();
        }
    }

    /** Stops the timer; the session is stopping. */
    synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        users.clear();
    }

    private synchronized void startTimer() {
        if (timer != null || closed) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "alirtc-speech-turns");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::fillSilences, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    private void fillSilences() {
        long now = System.currentTimeMillis();
        for (UserTurns turns : users.values()) {
            try {
                turns.fillSilence(now);
            } catch (RuntimeException e) {
                LOG.warn("Speech turns of {} failed: {}", turns.userId, e.toString());
            }
        }
    }

    private void speechStarted(String userId, long startTime) {
        fanOut.publish(new AliRtcEvent(SPEECH_STARTED, userId, Map.of(START_TIME, startTime)));
        if (!configuration.get().isBargeIn()) {
            return;
        }
        int stopped = 0;
        for (Playback playback : playbacks) {
            if (playback.playing()) {
                try {
                    playback.stopPlaying();
                    stopped++;
                } catch (RuntimeException e) {
                    LOG.warn("Barge-in by {} could not stop a playback: {}", userId, e.getMessage());
                }
            }
        }
        if (stopped > 0) {
            fanOut.publish(new AliRtcEvent(BARGE_IN, userId, Map.of(START_TIME, startTime, STOPPED, stopped)));
        }
    }

    /** One remote user's stream and the room time of its first sample. */
    private final class UserTurns implements SpeechTurnSegmenter.Listener {

        private final String userId;
        private final PcmFormat format;
        private final SpeechTurnSegmenter segmenter;
        private final long streamStart = System.currentTimeMillis();
        /** Stream time fed so far, frames and filled silence. */
        private long streamMs;

        private long lastFrameAt = streamStart;
        private final long silentAfterMs;

        UserTurns(String userId, PcmFormat format, SpeechTurnSettings settings) {
            this.userId = userId;
            this.format = format;
            this.segmenter = new SpeechTurnSegmenter(format, settings, this);
            this.silentAfterMs = Math.max(MIN_SILENT_AFTER_MS, settings.trailingSilenceMs() - FILL_LEAD_MS);
        }

        synchronized void accept(byte[] pcm) {
            lastFrameAt = System.currentTimeMillis();
            streamMs += pcm.length * 1000L / ((long) format.sampleRate() * format.bytesPerSampleFrame());
            segmenter.accept(pcm);
        }

        /** Lets the turn's time pass up to the clock when the user's frames stopped coming. */
        synchronized void fillSilence(long now) {
            if (now - lastFrameAt < silentAfterMs) {
                return;
            }
            long behind = (now - streamStart) - streamMs;
            if (behind >= 10) {
                long ms = behind - behind % 10;
                streamMs += ms;
                segmenter.advance(ms);
            }
        }

        synchronized void finish() {
            segmenter.finish();
        }

        @Override
        public void speechStarted(long startMs) {
            SpeechTurns.this.speechStarted(userId, streamStart + startMs);
        }

        @Override
        public void speechEnded(long startMs, long endMs) {
            fanOut.publish(new AliRtcEvent(
                    SPEECH_ENDED, userId, Map.of(START_TIME, streamStart + startMs, DURATION, endMs - startMs)));
        }

        @Override
        public void utterance(SpeechSegment segment) {
            if (fanOut.wants(AliRtcMessageType.UTTERANCE)) {
                fanOut.deliverMade(
                        AliRtcMessageType.UTTERANCE,
                        userId,
                        new AliRtcUtterance(
                                userId,
                                streamStart + segment.startMs(),
                                segment.format(),
                                segment.pcm(),
                                segment.part(),
                                segment.last()));
            }
        }
    }
}
