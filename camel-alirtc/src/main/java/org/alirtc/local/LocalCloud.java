package org.alirtc.local;

import java.util.HashMap;
import java.util.Map;

/**
 * The emulated ARTC cloud of one JVM: its rooms, keyed by (app id, channel), and the one {@link MediaClock}
 * that drives them. Every local core connection in the JVM, and every connection of a {@link LocalHub} running in it,
 * shares {@link #shared()}, so engines in one JVM meet in the same rooms directly.
 *
 * <p>A room exists while it has members; the clock runs while there is a room.
 */
public final class LocalCloud {

    private static final LocalCloud SHARED = new LocalCloud();

    private final Map<RoomKey, Room> rooms = new HashMap<>();
    private final MediaClock clock = new MediaClock();

    LocalCloud() {}

    /** The cloud of this JVM. */
    public static LocalCloud shared() {
        return SHARED;
    }

    /** Number of rooms with at least one member. */
    public synchronized int roomCount() {
        return rooms.size();
    }

    /** Number of members of a room, 0 when it does not exist. */
    public synchronized int memberCount(String appId, String channel) {
        Room room = rooms.get(new RoomKey(appId, channel));
        return room == null ? 0 : room.size();
    }

    MediaClock clock() {
        return clock;
    }

    /** Puts {@code participant} into the room, creating it (and starting the clock) when needed. */
    synchronized void join(RoomKey key, Participant participant, String userId, JoinConfig config) {
        Room room = rooms.computeIfAbsent(key, k -> {
            Room created = new Room(k);
            clock.add(created);
            return created;
        });
        room.join(participant, userId, config);
    }

    /** Takes {@code participant} out of its room, if any; returns whether it was in one. */
    synchronized boolean leave(Participant participant) {
        Room room = participant.room;
        if (room == null) {
            return false;
        }
        synchronized (room) {
            if (participant.room != room) {
                return false;
            }
            room.remove(participant);
            if (room.isEmpty()) {
                rooms.remove(room.key());
                clock.remove(room);
            }
        }
        return true;
    }
}
