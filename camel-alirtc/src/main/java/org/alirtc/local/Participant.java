package org.alirtc.local;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.Resampler;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.MediaCallback.PushBufferFull;

/**
 * One connection's user as the emulated cloud sees it: what it publishes, what it subscribes, its pushed media and
 * how media is delivered to it.
 *
 * <p>Threading: while the participant is in a room, every field below that other threads read is changed only
 * under that room's lock (see {@link #inRoom}); while it is in no room, only its connection's reader thread touches
 * it. The push buffers have their own locks because pushes arrive on the reader thread while the clock drains
 * them.
 */
final class Participant {

    /** One receiver's view of one remote sender. */
    static final class Subscription {
        final TrackState audio = new TrackState();
        final TrackState video = new TrackState();
        long lastVideoNanos;
        boolean videoDelivered;
        boolean firstAudioReported;
        /** H264 of the sender's camera for this receiver, and the size it was opened for. */
        MediaEncoder h264;

        int h264Width;
        int h264Height;
        /** AAC of the sender's audio for this receiver (per-user AAC, 1026). */
        MediaEncoder aac;

        void closeEncoders() {
            if (h264 != null) {
                h264.close();
                h264 = null;
            }
            if (aac != null) {
                aac.close();
                aac = null;
            }
        }
    }

    final String clientName;
    final ClientOutbox out;
    final PushTimeline timeline = new PushTimeline();
    final AudioPushBuffer audio;
    final VideoPushBuffer video;
    final TrackState audioPublish = new TrackState();
    final TrackState videoPublish = new TrackState();
    /** As a receiver: the state of each remote sender's tracks. */
    final Map<Participant, Subscription> subscriptions = new HashMap<>();
    /** As a receiver: explicit subscribe / unsubscribe requests (commands 16 and 17) by remote user id. */
    final Map<String, Boolean> audioWishes = new HashMap<>();

    final Map<String, Boolean> videoWishes = new HashMap<>();
    final DataChannelLimits dataChannelLimits = new DataChannelLimits();

    volatile EngineExtra extra = EngineExtra.DEFAULTS;
    volatile Room room;
    /** Ends this stay when the join token expires; replaced on every join, cancelled on leaving. */
    TokenExpiry tokenExpiry = TokenExpiry.NEVER;

    String userId;
    JoinConfig config;

    /** PublishLocal*Stream requests: null until one was made. */
    Boolean audioIntent;

    Boolean videoIntent;
    boolean dataChannelPublish;
    boolean dataChannelSubscribe;
    volatile boolean micMuted;
    volatile boolean cameraMuted;
    int videoPeriodMs;
    AudioObserver publishObserver;
    AudioObserver mixedAllObserver;
    /** AAC of what this receiver hears (1027), while it asks for it. */
    MediaEncoder mixedAac;

    long videoFramesSent;
    long joinedNanos;

    private final Map<Integer, Resampler> resamplers = new HashMap<>();
    private final Map<Integer, Long> resamplersUsed = new HashMap<>();
    private final Map<Integer, byte[]> frames = new HashMap<>();
    private long framesTick = -1;

    Participant(String clientName, ClientOutbox out) {
        this.clientName = clientName;
        this.out = out;
        this.audio = new AudioPushBuffer(
                timeline, full -> out.control(new PushBufferFull(CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL, full)));
        this.video = new VideoPushBuffer(
                timeline, full -> out.control(new PushBufferFull(CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL, full)));
    }

    /**
     * Runs {@code joined} under the lock of the room this participant is in, or {@code alone} when it is in none.
     * Rechecks after locking, because another connection's join can kick this one out at any time.
     */
    void inRoom(Consumer<Room> joined, Runnable alone) {
        Room current = room;
        if (current != null) {
            synchronized (current) {
                if (room == current) {
                    joined.accept(current);
                    return;
                }
            }
        }
        alone.run();
    }

    boolean isJoined() {
        return room != null;
    }

    boolean publishesAnything() {
        return audioPublish.isOn() || videoPublish.isOn();
    }

    boolean wantsAudioOf(String uid) {
        Boolean wish = audioWishes.get(uid);
        return wish != null ? wish : config.subscribesAudioByDefault();
    }

    boolean wantsVideoOf(String uid) {
        if (config.audioOnly()) {
            return false;
        }
        Boolean wish = videoWishes.get(uid);
        return wish != null ? wish : config.subscribesVideoByDefault();
    }

    boolean hearsAudioOf(Participant sender) {
        Subscription subscription = subscriptions.get(sender);
        return subscription != null && subscription.audio.isOn();
    }

    boolean seesVideoOf(Participant sender) {
        Subscription subscription = subscriptions.get(sender);
        return subscription != null && subscription.video.isOn();
    }

    /** Whether remote camera frames are delivered to this receiver as 1021 (YUV). */
    boolean receivesYuv() {
        return config.subscribeVideoFormat() == JoinConfig.VIDEO_FORMAT_H264 && extra.deliversYuv();
    }

    /** Whether remote camera frames are delivered to this receiver as 1025 (H264); needs {@link Encoders}. */
    boolean receivesH264() {
        return config.subscribeVideoFormat() == JoinConfig.VIDEO_FORMAT_H264
                && extra.deliversH264()
                && Encoders.available();
    }

    boolean receivesMixedAac() {
        return config.subscribeAudioFormat() == JoinConfig.AUDIO_FORMAT_MIXED_PCM
                && extra.deliversAac()
                && Encoders.available();
    }

    boolean receivesAacPerUser() {
        return config.subscribeAudioFormat() == JoinConfig.AUDIO_FORMAT_PCM_BEFORE_MIXING
                && extra.deliversAac()
                && Encoders.available();
    }

    boolean receivesMixedPcm() {
        return config.subscribeAudioFormat() == JoinConfig.AUDIO_FORMAT_MIXED_PCM && extra.deliversPcm();
    }

    boolean receivesPcmPerUser() {
        return config.subscribeAudioFormat() == JoinConfig.AUDIO_FORMAT_PCM_BEFORE_MIXING && extra.deliversPcm();
    }

    /**
     * This sender's frame of the current tick (mono PCM at {@code frameRate}) at {@code rate}, converted once per
     * tick and rate however many receivers want it, by one resampler per rate so each converted stream stays
     * continuous. A stream that was not needed in the previous tick starts afresh, so no stale history leaks in.
     */
    byte[] ownFrameAt(byte[] frame, int frameRate, int rate, long tick) {
        if (rate == frameRate) {
            return frame;
        }
        if (framesTick != tick) {
            frames.clear();
            framesTick = tick;
        }
        byte[] converted = frames.get(rate);
        if (converted == null) {
            Long used = resamplersUsed.put(rate, tick);
            Resampler resampler = resamplers.get(rate);
            if (resampler == null
                    || used == null
                    || used != tick - 1
                    || resampler.inputFormat().sampleRate() != frameRate) {
                resampler = new Resampler(PcmFormat.of(frameRate, 1), PcmFormat.of(rate, 1));
                resamplers.put(rate, resampler);
            }
            converted = resampler.process(frame);
            frames.put(rate, converted);
        }
        return converted;
    }

    /** Enters a room; called under its lock. */
    void enter(Room joined, String uid, JoinConfig joinConfig) {
        room = joined;
        joinedNanos = System.nanoTime();
        userId = uid;
        config = joinConfig;
        audio.setCapMillis(joinConfig.audioCacheMs());
        video.setCapFrames(joinConfig.videoCacheFrames());
    }

    /** Leaves the room it is in; called under that room's lock. Publishing, subscriptions and buffers end. */
    void exit() {
        room = null;
        tokenExpiry.cancel();
        subscriptions.values().forEach(Subscription::closeEncoders);
        subscriptions.clear();
        if (mixedAac != null) {
            mixedAac.close();
            mixedAac = null;
        }
        audioWishes.clear();
        videoWishes.clear();
        audioPublish.reset();
        videoPublish.reset();
        audio.clear();
        video.clear();
        timeline.reanchor();
        resamplers.clear();
        resamplersUsed.clear();
        frames.clear();
    }
}
