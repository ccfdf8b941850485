package org.alirtc.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The room as the callbacks report it, the subscriptions that follow the users, and the room as events again. */
class RoomTrackerTest {

    private final List<String> subscribeCalls = new ArrayList<>();
    private final RoomTracker room = new RoomTracker((userId, on) -> subscribeCalls.add((on ? "+" : "-") + userId));

    @Test
    void theSnapshotIsTheJoinThenEachUserInArrivalOrderWithItsTracks() {
        room.apply(event("joined", null, Map.of("result", 0, "channel", "roomA")));
        room.apply(event("userOnline", "carol", Map.of()));
        room.apply(event("userOnline", "bob", Map.of()));
        room.apply(event("trackAvailable", "bob", Map.of("audioTrack", 1, "videoTrack", 2)));
        room.apply(event("audioPublishState", null, Map.of("oldState", 0, "newState", 3)));

        assertEquals(
                List.of(
                        event("joined", null, Map.of("result", 0, "channel", "roomA")),
                        event("userOnline", "carol", Map.of()),
                        event("userOnline", "bob", Map.of()),
                        event("trackAvailable", "bob", Map.of("audioTrack", 1, "videoTrack", 2))),
                room.snapshot());
        assertEquals(Set.of("bob", "carol"), room.users());
        assertEquals(List.of("bob", "carol"), List.copyOf(room.users()), "sorted");
    }

    @Test
    void aUserWhoLeftIsGoneAndTheLatestTracksWin() {
        room.apply(event("joined", null, Map.of("result", 0, "channel", "roomA")));
        room.apply(event("userOnline", "bob", Map.of()));
        room.apply(event("trackAvailable", "bob", Map.of("audioTrack", 1, "videoTrack", 0)));
        room.apply(event("trackAvailable", "bob", Map.of("audioTrack", 0, "videoTrack", 1)));
        room.apply(event("userOnline", "carol", Map.of()));
        room.apply(event("userOffline", "carol", Map.of()));

        assertEquals(
                List.of(
                        event("joined", null, Map.of("result", 0, "channel", "roomA")),
                        event("userOnline", "bob", Map.of()),
                        event("trackAvailable", "bob", Map.of("audioTrack", 0, "videoTrack", 1))),
                room.snapshot());
    }

    @Test
    void thereIsNoRoomBeforeASuccessfulJoinNorAfterClear() {
        room.apply(event("joined", null, Map.of("result", -1, "channel", "roomA")));
        assertEquals(List.of(), room.snapshot(), "a failed join");

        room.apply(event("joined", null, Map.of("result", 0, "channel", "roomA")));
        room.apply(event("userOnline", "bob", Map.of()));
        room.clear();

        assertEquals(List.of(), room.snapshot());
        assertEquals(Set.of(), room.users());
    }

    @Test
    void tracksOfAUserNotOnlineAreNotTracked() {
        room.apply(event("joined", null, Map.of("result", 0, "channel", "roomA")));
        room.apply(event("trackAvailable", "ghost", Map.of("audioTrack", 1, "videoTrack", 1)));

        assertEquals(Set.of(), room.users());
        assertEquals(1, room.snapshot().size());
    }

    @Test
    void aSubscriptionAppliesWhenTheUserIsOnlineAndAgainWheneverItComesBack() {
        room.subscribe("bob");
        assertEquals(List.of(), subscribeCalls, "bob is not online yet");

        room.apply(event("userOnline", "bob", Map.of()));
        room.apply(event("userOnline", "carol", Map.of()));
        assertEquals(List.of("+bob"), subscribeCalls);

        room.resubscribe();
        assertEquals(List.of("+bob", "+bob"), subscribeCalls, "after a rejoin");

        room.clear();
        room.apply(event("userOnline", "bob", Map.of()));
        assertEquals(List.of("+bob", "+bob", "+bob"), subscribeCalls, "the subscription outlives the room");

        room.unsubscribe("bob");
        room.unsubscribe("dave");
        room.resubscribe();
        assertEquals(List.of("+bob", "+bob", "+bob", "-bob"), subscribeCalls);
    }

    private static AliRtcEvent event(String type, String userId, Map<String, Object> details) {
        return new AliRtcEvent(type, userId, details);
    }
}
