package org.alirtc.camel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The room of one session as its engine reports it: the channel joined, the remote users online with the tracks
 * they publish, and the users the session asked to subscribe to. It learns from the same events the consumers get,
 * and can tell the current room as such events again (see {@link #snapshot()}). Subscriptions outlive the room:
 * a user asked for is subscribed whenever it is online, also after a rejoin.
 */
final class RoomTracker {

    static final String JOINED = "joined";
    static final String USER_ONLINE = "userOnline";
    static final String USER_OFFLINE = "userOffline";
    static final String TRACK_AVAILABLE = "trackAvailable";
    static final String RESULT = "result";
    static final String CHANNEL = "channel";
    static final String AUDIO_TRACK = "audioTrack";
    static final String VIDEO_TRACK = "videoTrack";

    /** Called outside the tracker's lock, with the user and whether to subscribe (true) or unsubscribe. */
    private final BiConsumer<String, Boolean> subscriber;
    /** Users online, in the order they came online, with their tracks (null until the first track report). */
    private final Map<String, Tracks> users = new LinkedHashMap<>();

    private final Set<String> subscriptions = new LinkedHashSet<>();
    private String channel;

    RoomTracker(BiConsumer<String, Boolean> subscriber) {
        this.subscriber = subscriber;
    }

    /** Takes in one event of the engine; events that do not change the room are ignored. */
    void apply(AliRtcEvent event) {
        String userId = event.userId();
        boolean subscribe;
        synchronized (this) {
            switch (event.type()) {
                case JOINED -> {
                    if (Integer.valueOf(0).equals(event.details().get(RESULT))) {
                        channel = (String) event.details().get(CHANNEL);
                    }
                    return;
                }
                case USER_ONLINE -> users.putIfAbsent(userId, null);
                case USER_OFFLINE -> users.remove(userId);
                case TRACK_AVAILABLE -> {
                    if (users.containsKey(userId)) {
                        users.put(userId, new Tracks((Integer) event.details().get(AUDIO_TRACK), (Integer)
                                event.details().get(VIDEO_TRACK)));
                    }
                }
                default -> {
                    return;
                }
            }
            subscribe = event.type().equals(USER_ONLINE) && subscriptions.contains(userId);
        }
        if (subscribe) {
            subscriber.accept(userId, true);
        }
    }

    /** Forgets the room (left or lost); the subscriptions stay. */
    synchronized void clear() {
        channel = null;
        users.clear();
    }

    /** Subscribes {@code userId} now if online, and again whenever it comes online. */
    void subscribe(String userId) {
        boolean online;
        synchronized (this) {
            subscriptions.add(userId);
            online = users.containsKey(userId);
        }
        if (online) {
            subscriber.accept(userId, true);
        }
    }

    void unsubscribe(String userId) {
        boolean online;
        synchronized (this) {
            subscriptions.remove(userId);
            online = users.containsKey(userId);
        }
        if (online) {
            subscriber.accept(userId, false);
        }
    }

    /** Subscribes again every user asked for that is online, as a new engine has no subscriptions. */
    void resubscribe() {
        List<String> online;
        synchronized (this) {
            online = subscriptions.stream().filter(users::containsKey).toList();
        }
        online.forEach(userId -> subscriber.accept(userId, true));
    }

    /** The remote users online, sorted. */
    synchronized Set<String> users() {
        return Collections.unmodifiableSet(new TreeSet<>(users.keySet()));
    }

    /**
     * The current room as the events that built it: {@code joined}, then per user online, in the order they came,
     * {@code userOnline} followed by {@code trackAvailable} once its tracks are known. Empty when not in a channel.
     */
    synchronized List<AliRtcEvent> snapshot() {
        if (channel == null) {
            return List.of();
        }
        List<AliRtcEvent> events = new ArrayList<>();
        events.add(new AliRtcEvent(JOINED, null, Map.of(RESULT, 0, CHANNEL, channel)));
        users.forEach((userId, tracks) -> {
            events.add(new AliRtcEvent(USER_ONLINE, userId, Map.of()));
            if (tracks != null) {
                events.add(new AliRtcEvent(
                        TRACK_AVAILABLE, userId, Map.of(AUDIO_TRACK, tracks.audio(), VIDEO_TRACK, tracks.video())));
            }
        });
        return List.copyOf(events);
    }

    /** The audio and video track codes a user publishes. */
    private record Tracks(int audio, int video) {}
}
