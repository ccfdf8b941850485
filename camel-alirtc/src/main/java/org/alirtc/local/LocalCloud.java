package org.alirtc.local;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.ipc.ChannelCallback.EngineError;

/**
 * The emulated ARTC cloud of one JVM: its rooms, keyed by (app id, channel), and the one {@link MediaClock}
 * that drives them. Every local core connection in the JVM, and every connection of a {@link LocalHub} running in it,
 * shares {@link #shared()}, so engines in one JVM meet in the same rooms directly.
 *
 * <p>A room exists while it has members; the clock runs while there is a room.
 *
 * <p>A member leaves against its will in two ways, as in the real service: {@link #kick} (the server API's removal
 * of a user) sends it OnError(ERR_LEAVE_UNUSUAL), and a checked join token whose expiry passes during the stay
 * sends it OnError(ERR_SESSION_REMOVED). The vendor's protocol has no callback that warns of an expiry ahead.
 */
public final class LocalCloud {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCloud.class);
    private static final int ERR_SESSION_REMOVED = 0x01060102;

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

    /**
     * Puts {@code participant} into the room, creating it (and starting the clock) when needed.
     *
     * @param tokenExpiresAt when the member's checked token expires and its stay ends; null when never
     */
    synchronized void join(
            RoomKey key, Participant participant, String userId, JoinConfig config, Instant tokenExpiresAt) {
        Room room = rooms.computeIfAbsent(key, k -> {
            Room created = new Room(k);
            clock.add(created);
            return created;
        });
        room.join(participant, userId, config);
        if (tokenExpiresAt != null) {
            long stay = participant.joinedNanos;
            participant.tokenExpiry =
                    TokenExpiry.at(tokenExpiresAt, Clock.systemUTC(), () -> tokenExpired(participant, room, stay));
        }
    }

    /**
     * Removes {@code userId} from a room, as the service's server API does to kick a user: the user gets
     * OnError(ERR_LEAVE_UNUSUAL) and the others see it go offline.
     *
     * @return whether the user was in the room
     */
    public synchronized boolean kick(String appId, String channel, String userId) {
        Room room = rooms.get(new RoomKey(appId, channel));
        if (room == null) {
            return false;
        }
        synchronized (room) {
            Participant member = room.member(userId);
            if (member == null) {
                return false;
            }
            room.kick(member);
            dropIfEmpty(room);
        }
        return true;
    }

    private void tokenExpired(Participant member, Room room, long stay) {
        synchronized (this) {
            // A timer that fired as the member left (or left and joined again) finds another stay: nothing to end.
            if (member.room != room || member.joinedNanos != stay || !leave(member)) {
                return;
            }
        }
        LOG.info("The join token of user {} in {} expired: removed from the channel", member.userId, room.key());
        member.out.control(new EngineError(ERR_SESSION_REMOVED));
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
            dropIfEmpty(room);
        }
        return true;
    }

    private void dropIfEmpty(Room room) {
        if (room.isEmpty()) {
            rooms.remove(room.key());
            clock.remove(room);
        }
    }
}
