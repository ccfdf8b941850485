package org.alirtc.local;

/** Rooms are told apart by app id and channel id, as in the real service. */
record RoomKey(String appId, String channel) {

    @Override
    public String toString() {
        return "channel " + channel + " of app " + appId;
    }
}
