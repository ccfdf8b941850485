package org.alirtc.sdk.ipc;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.alirtc.sdk.ipc.CallbackFields.i;
import static org.alirtc.sdk.ipc.CallbackFields.lng;
import static org.alirtc.sdk.ipc.CallbackFields.plain;
import static org.alirtc.sdk.ipc.CallbackFields.requireId;
import static org.alirtc.sdk.ipc.CallbackFields.requireIdBetween;
import static org.alirtc.sdk.ipc.CallbackFields.str;

/** Callbacks about the engine in its channel: join and leave, users, tracks, states, role, errors and connection. */
public sealed interface ChannelCallback extends Callback {

    /** 1001: the answer to a join. */
    record JoinChannelResult(int result, String channel, String userId) implements ChannelCallback {

        static JoinChannelResult decode(Message m) {
            ObjectNode h = m.header();
            return new JoinChannelResult(i(h, WireKeys.JOINRESULT), str(h, WireKeys.CHANNEL), str(h, WireKeys.USERID));
        }

        @Override
        public int id() {
            return CallbackId.ON_JOIN_CHANNEL;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.JOINRESULT, result);
            h.put(WireKeys.CHANNEL, channel);
            h.put(WireKeys.USERID, userId);
            return plain(h);
        }
    }

    /** 1004: the answer to a leave. */
    record LeaveChannelResult(int result) implements ChannelCallback {

        static LeaveChannelResult decode(Message m) {
            return new LeaveChannelResult(i(m.header(), WireKeys.LEAVERESULT));
        }

        @Override
        public int id() {
            return CallbackId.ON_LEAVE_CHANNEL;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.LEAVERESULT, result);
            return plain(h);
        }
    }

    /** 1005 online, 1006 offline or 1059 subscribed to the data channel: something about one remote user. */
    record RemoteUserNotice(int id, String uid) implements ChannelCallback {

        public RemoteUserNotice {
            requireId(
                    id,
                    CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY,
                    CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY,
                    CallbackId.ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL);
        }

        static RemoteUserNotice decode(Message m) {
            return new RemoteUserNotice(m.id(), str(m.header(), WireKeys.UID));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id);
            h.put(WireKeys.UID, uid);
            return plain(h);
        }
    }

    /** 1007: the tracks a remote user publishes, as vendor AudioTrack and VideoTrack codes. */
    record RemoteTrackAvailable(String uid, int audioTrack, int videoTrack) implements ChannelCallback {

        static RemoteTrackAvailable decode(Message m) {
            ObjectNode h = m.header();
            return new RemoteTrackAvailable(
                    str(h, WireKeys.UID), i(h, WireKeys.AUDIO_TRACK), i(h, WireKeys.VIDEO_TRACK));
        }

        @Override
        public int id() {
            return CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.AUDIO_TRACK, audioTrack);
            h.put(WireKeys.VIDEO_TRACK, videoTrack);
            return plain(h);
        }
    }

    /**
     * 1008 audio, 1009 video, 1010 stream type or 1011 screen share: a subscription to a remote user changed. For
     * 1010 the two states are stream types, under the same keys.
     */
    record SubscribeStateChanged(
            int id, String uid, int oldState, int newState, int elapseSinceLastState, String channel)
            implements ChannelCallback {

        public SubscribeStateChanged {
            requireIdBetween(
                    id,
                    CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED,
                    CallbackId.ON_SCREEN_SHARE_SUBSCRIBE_STATE_CHANGED);
        }

        static SubscribeStateChanged decode(Message m) {
            ObjectNode h = m.header();
            return new SubscribeStateChanged(
                    m.id(),
                    str(h, WireKeys.UID),
                    i(h, WireKeys.OLD_STATE),
                    i(h, WireKeys.NEW_STATE),
                    i(h, WireKeys.ELAPSE_SINCE_LAST_STATE),
                    str(h, WireKeys.CHANNEL));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id);
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.OLD_STATE, oldState);
            h.put(WireKeys.NEW_STATE, newState);
            h.put(WireKeys.ELAPSE_SINCE_LAST_STATE, elapseSinceLastState);
            h.put(WireKeys.CHANNEL, channel);
            return plain(h);
        }
    }

    /**
     * 1012 screen share, 1013 dual stream, 1014 video or 1015 audio: a local publication changed. The message has
     * no uid (the vendor wrapper reads a stale one from a previous message for 1012).
     */
    record PublishStateChanged(int id, int oldState, int newState, int elapseSinceLastState, String channel)
            implements ChannelCallback {

        public PublishStateChanged {
            requireIdBetween(
                    id, CallbackId.ON_SCREEN_SHARE_PUBLISH_STATE_CHANGED, CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED);
        }

        static PublishStateChanged decode(Message m) {
            ObjectNode h = m.header();
            return new PublishStateChanged(
                    m.id(),
                    i(h, WireKeys.OLD_STATE),
                    i(h, WireKeys.NEW_STATE),
                    i(h, WireKeys.ELAPSE_SINCE_LAST_STATE),
                    str(h, WireKeys.CHANNEL));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id);
            h.put(WireKeys.OLD_STATE, oldState);
            h.put(WireKeys.NEW_STATE, newState);
            h.put(WireKeys.ELAPSE_SINCE_LAST_STATE, elapseSinceLastState);
            h.put(WireKeys.CHANNEL, channel);
            return plain(h);
        }
    }

    /** 1016: the local client role changed, as vendor ClientRole codes. */
    record RoleUpdated(int oldRole, int newRole) implements ChannelCallback {

        static RoleUpdated decode(Message m) {
            ObjectNode h = m.header();
            return new RoleUpdated(i(h, WireKeys.OLD_ROLE), i(h, WireKeys.NEW_ROLE));
        }

        @Override
        public int id() {
            return CallbackId.ON_UPDATE_ROLE_NOTIFY;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.OLD_ROLE, oldRole);
            h.put(WireKeys.NEW_ROLE, newRole);
            return plain(h);
        }
    }

    /** 1017: an error code, passed through raw since the vendor list is open-ended. */
    record EngineError(int errorCode) implements ChannelCallback {

        static EngineError decode(Message m) {
            return new EngineError(i(m.header(), WireKeys.ERROR_CODE));
        }

        @Override
        public int id() {
            return CallbackId.ON_ERROR;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.ERROR_CODE, errorCode);
            return plain(h);
        }
    }

    /** 1018: a warning code, passed through raw. */
    record EngineWarning(int warningCode) implements ChannelCallback {

        static EngineWarning decode(Message m) {
            return new EngineWarning(i(m.header(), WireKeys.WARNING_CODE));
        }

        @Override
        public int id() {
            return CallbackId.ON_WARNING;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.WARNING_CODE, warningCode);
            return plain(h);
        }
    }

    /** 1030: the connection to the media network changed, as vendor ConnectionStatus and reason codes. */
    record ConnectionStatusChanged(int status, int reason) implements ChannelCallback {

        static ConnectionStatusChanged decode(Message m) {
            ObjectNode h = m.header();
            return new ConnectionStatusChanged(i(h, WireKeys.STATUS), i(h, WireKeys.REASON));
        }

        @Override
        public int id() {
            return CallbackId.ON_CONNECTION_STATUS_CHANGE;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.STATUS, status);
            h.put(WireKeys.REASON, reason);
            return plain(h);
        }
    }

    /** 1071: the first audio packet of a remote user arrived, {@code timeCost} ms after subscribing. */
    record FirstAudioPacketReceived(String uid, long timeCost) implements ChannelCallback {

        static FirstAudioPacketReceived decode(Message m) {
            ObjectNode h = m.header();
            return new FirstAudioPacketReceived(str(h, WireKeys.UID), lng(h, WireKeys.TIME_COST));
        }

        @Override
        public int id() {
            return CallbackId.ON_FIRST_AUDIO_PACKET_RECEIVED;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.TIME_COST, timeCost);
            return plain(h);
        }
    }
}
