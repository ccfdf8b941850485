package org.alirtc.camel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.ConnectionStatus;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.ErrorCode;
import org.alirtc.sdk.model.VideoFrame;

/**
 * Hands what the session's engine reports to the consumers that asked for it. The listener of each engine
 * ({@link #listenerFor}) turns every callback into one item and drops it once a rejoin has replaced that engine;
 * events update the {@link RoomTracker} before the consumers see them. Items go only to the consumers of their
 * type. The listener owns each payload the engine gives it, so the first consumer takes it as it is and only the
 * others get copies. A consumer of events that comes while the session is in the channel first gets a snapshot of
 * the room.
 */
final class ConsumerFanOut {

    /** What the session does when its engine reports the channel lost. */
    @FunctionalInterface
    interface LossHandler {

        /** Called on the SDK reader thread: must not block. */
        void connectionLost(int generation, String reason);
    }

    private final RoomTracker room;
    private final IntSupplier currentGeneration;
    private final LossHandler lossHandler;
    private final AtomicLong framesReceived = new AtomicLong();
    /** Guarded by this; {@link #routes} is rebuilt from it on every change. */
    private final List<AliRtcConsumer> consumers = new ArrayList<>();

    private volatile Map<AliRtcMessageType, List<AliRtcConsumer>> routes = Map.of();
    private volatile AudioTap audioTap;

    /** Sees each remote user's PCM before the consumers get it (the speech turn detector); reader thread. */
    interface AudioTap {

        void frame(String userId, AudioPcmFrame frame);

        void userLeft(String userId);
    }

    /**
     * @param currentGeneration the generation of the session's current engine
     * @param lossHandler       told when the current engine lost the channel, after the consumers got the event
     */
    ConsumerFanOut(RoomTracker room, IntSupplier currentGeneration, LossHandler lossHandler) {
        this.room = room;
        this.currentGeneration = currentGeneration;
        this.lossHandler = lossHandler;
    }

    /** The listener for the engine of {@code generation}. */
    RtcEngineListener listenerFor(int generation) {
        return new EngineCallbacks(generation);
    }

    void tapAudio(AudioTap tap) {
        audioTap = tap;
    }

    /** Whether some consumer emits items of {@code type}. */
    boolean wants(AliRtcMessageType type) {
        return routes.containsKey(type);
    }

    /** Gives an item made by the session itself (an utterance) to the consumers of its type. */
    void deliverMade(AliRtcMessageType type, String userId, Object body) {
        fanOut(type, userId, body);
    }

    /**
     * Adds a consumer. One of events that comes to a session in the channel first gets the room as it is now
     * ({@link RoomTracker#snapshot()}), marked as a snapshot; no live event can come between, as events are handed
     * on under the same lock.
     */
    synchronized void add(AliRtcConsumer consumer) {
        consumers.add(consumer);
        reroute();
        if (consumer.messageTypes().contains(AliRtcMessageType.EVENT)) {
            for (AliRtcEvent event : room.snapshot()) {
                consumer.offerSnapshot(event);
            }
        }
    }

    synchronized void remove(AliRtcConsumer consumer) {
        consumers.remove(consumer);
        reroute();
    }

    synchronized void clear() {
        consumers.clear();
        reroute();
    }

    /** Media items and messages received from the channel, whether or not a consumer wanted them. */
    long framesReceived() {
        return framesReceived.get();
    }

    /** Gives {@code event} to every consumer of events; events are immutable, so all share it. */
    void publish(AliRtcEvent event) {
        for (AliRtcConsumer consumer : routes.getOrDefault(AliRtcMessageType.EVENT, List.of())) {
            consumer.offer(AliRtcMessageType.EVENT, event.userId(), event);
        }
    }

    private void deliver(AliRtcMessageType type, String userId, Object body) {
        framesReceived.incrementAndGet();
        fanOut(type, userId, body);
    }

    private void fanOut(AliRtcMessageType type, String userId, Object body) {
        List<AliRtcConsumer> targets = routes.getOrDefault(type, List.of());
        if (targets.isEmpty()) {
            return;
        }
        if (targets.size() == 1) {
            targets.get(0).offer(type, userId, body);
            return;
        }
        // The copies are made before the first consumer gets the original: its route may change the bytes in place.
        Object[] bodies = new Object[targets.size()];
        bodies[0] = body;
        for (int i = 1; i < bodies.length; i++) {
            bodies[i] = copyOf(body);
        }
        for (int i = 0; i < bodies.length; i++) {
            targets.get(i).offer(type, userId, bodies[i]);
        }
    }

    private void reroute() {
        Map<AliRtcMessageType, List<AliRtcConsumer>> next = new EnumMap<>(AliRtcMessageType.class);
        for (AliRtcConsumer consumer : consumers) {
            for (AliRtcMessageType type : consumer.messageTypes()) {
                next.computeIfAbsent(type, t -> new ArrayList<>()).add(consumer);
            }
        }
        next.replaceAll((type, targets) -> List.copyOf(targets));
        routes = next;
    }

    /** A copy of a media payload, so that no exchange ever sees its bytes change because of another one. */
    private static Object copyOf(Object body) {
        if (body instanceof AudioPcmFrame f) {
            return new AudioPcmFrame(
                    f.type(),
                    f.frameMs(),
                    f.sampleRate(),
                    f.samples(),
                    f.channels(),
                    f.sampleBits(),
                    f.streamIndex(),
                    f.data().clone());
        }
        if (body instanceof AudioAacFrame f) {
            return new AudioAacFrame(
                    f.type(),
                    f.frameMs(),
                    f.sampleRate(),
                    f.channels(),
                    f.data().clone());
        }
        if (body instanceof VideoFrame f) {
            return new VideoFrame(
                    f.track(),
                    f.type(),
                    f.frameMs(),
                    f.width(),
                    f.height(),
                    f.frameNum(),
                    f.qp(),
                    f.mvInfos(),
                    f.sliceType(),
                    f.data().clone());
        }
        if (body instanceof DataChannelMessage m) {
            return new DataChannelMessage(
                    m.type(), m.networkTime(), m.progress(), m.data().clone(), m.userId(), m.receivedAt());
        }
        if (body instanceof SeiMessage m) {
            return new SeiMessage(
                    m.userId(), m.data().clone(), m.repeatCount(), m.delayMs(), m.keyFrame(), m.receivedAt());
        }
        if (body instanceof AliRtcUtterance u) {
            return new AliRtcUtterance(
                    u.userId(), u.startTime(), u.format(), u.pcm().clone(), u.part(), u.last());
        }
        throw new IllegalArgumentException("No copy for a " + body.getClass().getName() + ": add it here");
    }

    /** Receives one engine's callbacks on its reader thread and passes each on as one item. */
    private final class EngineCallbacks implements RtcEngineListener {

        private final int generation;

        EngineCallbacks(int generation) {
            this.generation = generation;
        }

        /** The one place a replaced engine's callbacks are dropped. */
        private void accept(AliRtcMessageType type, String userId, Object body, String lostBecause) {
            if (generation != currentGeneration.getAsInt()) {
                return;
            }
            if (body instanceof AliRtcEvent event) {
                synchronized (ConsumerFanOut.this) {
                    room.apply(event);
                    publish(event);
                }
                if (lostBecause != null) {
                    lossHandler.connectionLost(generation, lostBecause);
                }
            } else {
                deliver(type, userId, body);
            }
        }

        private void media(AliRtcMessageType type, String userId, Object body) {
            accept(type, userId, body, null);
        }

        private void event(String type, String userId, Map<String, Object> details) {
            event(type, userId, details, null);
        }

        /** An event that, when {@code lostBecause} is not null, also means the channel is lost. */
        private void event(String type, String userId, Map<String, Object> details, String lostBecause) {
            accept(AliRtcMessageType.EVENT, userId, new AliRtcEvent(type, userId, details), lostBecause);
        }

        @Override
        public void onJoinChannelResult(int result, String channel, String userId) {
            event(
                    RoomTracker.JOINED,
                    null,
                    Map.of(RoomTracker.RESULT, result, RoomTracker.CHANNEL, String.valueOf(channel)));
        }

        @Override
        public void onLeaveChannelResult(int result) {
            event("leaveResult", null, Map.of("result", result));
        }

        @Override
        public void onRemoteUserOnLineNotify(String uid) {
            event(RoomTracker.USER_ONLINE, uid, Map.of());
        }

        @Override
        public void onRemoteUserOffLineNotify(String uid) {
            AudioTap tap = audioTap;
            if (tap != null && generation == currentGeneration.getAsInt()) {
                tap.userLeft(uid);
            }
            event(RoomTracker.USER_OFFLINE, uid, Map.of());
        }

        @Override
        public void onRemoteTrackAvailableNotify(String uid, int audioTrack, int videoTrack) {
            event(
                    RoomTracker.TRACK_AVAILABLE,
                    uid,
                    Map.of(RoomTracker.AUDIO_TRACK, audioTrack, RoomTracker.VIDEO_TRACK, videoTrack));
        }

        @Override
        public void onAudioSubscribeStateChanged(String uid, int oldState, int newState, int elapse, String channel) {
            event("audioSubscribeState", uid, Map.of("oldState", oldState, "newState", newState));
        }

        @Override
        public void onVideoSubscribeStateChanged(String uid, int oldState, int newState, int elapse, String channel) {
            event("videoSubscribeState", uid, Map.of("oldState", oldState, "newState", newState));
        }

        @Override
        public void onAudioPublishStateChanged(int oldState, int newState, int elapse, String channel) {
            event("audioPublishState", null, Map.of("oldState", oldState, "newState", newState));
        }

        @Override
        public void onVideoPublishStateChanged(int oldState, int newState, int elapse, String channel) {
            event("videoPublishState", null, Map.of("oldState", oldState, "newState", newState));
        }

        @Override
        public void onConnectionStatusChanged(int status, int reason) {
            event(
                    "connectionStatus",
                    null,
                    Map.of("status", status, "reason", reason),
                    status == ConnectionStatus.FAILED.code() ? "connection failed (reason " + reason + ")" : null);
        }

        @Override
        public void onError(int errorCode) {
            String description = ErrorCode.describe(errorCode);
            boolean left = errorCode == ErrorCode.LEAVE_UNUSUAL.code() || errorCode == ErrorCode.SESSION_REMOVED.code();
            event(
                    "error",
                    null,
                    Map.of("code", errorCode, "description", description),
                    left ? "left the channel unexpectedly: " + description : null);
        }

        @Override
        public void onCoreServiceExit(int exitCode) {
            event("coreServiceExit", null, Map.of("exitCode", exitCode), "core service exited with code " + exitCode);
        }

        @Override
        public void onCoreServiceUnresponsive(String reason) {
            event(
                    "coreServiceUnresponsive",
                    null,
                    Map.of("reason", reason),
                    "core service did not answer or dropped the connection: " + reason);
        }

        @Override
        public void onSubscribeAudioFrame(String uid, AudioPcmFrame frame) {
            AudioTap tap = audioTap;
            if (tap != null && generation == currentGeneration.getAsInt()) {
                tap.frame(uid, frame);
            }
            media(AliRtcMessageType.AUDIO, uid, frame);
        }

        @Override
        public void onSubscribeMixAudioFrame(AudioPcmFrame frame) {
            media(AliRtcMessageType.MIXED_AUDIO, null, frame);
        }

        @Override
        public void onRemoteVideoSample(String uid, VideoFrame frame) {
            media(AliRtcMessageType.VIDEO, uid, frame);
        }

        @Override
        public void onRemoteVideoEncodedSample(String uid, VideoFrame frame) {
            media(AliRtcMessageType.ENCODED_VIDEO, uid, frame);
        }

        @Override
        public void onSubscribeAudioAac(String uid, AudioAacFrame frame) {
            media(AliRtcMessageType.AAC, uid, frame);
        }

        @Override
        public void onSubscribeMixedAudioAac(AudioAacFrame frame) {
            media(AliRtcMessageType.AAC, null, frame);
        }

        @Override
        public void onDataChannelMessage(String uid, DataChannelMessage message) {
            media(AliRtcMessageType.DATA_CHANNEL, uid, message.receivedFrom(uid, System.currentTimeMillis()));
        }

        @Override
        public void onMediaExtensionMsgReceived(String userId, byte[] message) {
            media(AliRtcMessageType.SEI, userId, SeiMessage.received(userId, message, System.currentTimeMillis()));
        }
    }
}
