package org.alirtc.local;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.ChannelCallback.ConnectionStatusChanged;
import org.alirtc.sdk.ipc.ChannelCallback.EngineError;
import org.alirtc.sdk.ipc.ChannelCallback.JoinChannelResult;
import org.alirtc.sdk.ipc.ChannelCallback.PublishStateChanged;
import org.alirtc.sdk.ipc.ChannelCallback.RemoteTrackAvailable;
import org.alirtc.sdk.ipc.ChannelCallback.RemoteUserNotice;
import org.alirtc.sdk.ipc.ChannelCallback.SubscribeStateChanged;
import org.alirtc.sdk.ipc.MediaCallback.DataChannelReceived;
import org.alirtc.sdk.ipc.MediaCallback.MediaExtensionMessage;
import org.alirtc.sdk.ipc.MediaCallback.RemoteVideoFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.VideoFrame;

/**
 * One emulated channel: its members and everything that passes between them. All methods run under the room's
 * own lock ({@code synchronized (room)}); membership changes additionally hold the {@link LocalCloud}'s lock,
 * taken first. Nothing here blocks: callbacks are only queued in the members' outboxes.
 *
 * <p><b>Joining</b> reports, in the vendor's order, Connecting (2, reason SignalingConnecting 11), the join
 * result 0, Connected (3, reason JoinRoomSuccess 9), then each member already there (online, and its published
 * tracks if any), while each of them learns of the newcomer. A second join with a user id that is already in the
 * room kicks the earlier connection: it gets OnError(ERR_LEAVE_UNUSUAL) and is removed, and the others see it go
 * offline before the newcomer comes online. Everyone is treated as an anchor: roles are acknowledged
 * (OnUpdateRoleNotify) but not enforced, so audience members are visible and may publish.
 *
 * <p><b>Publishing</b> steps 0 (or 1) to 2 to 3 and back to 1, reported to the publisher; the others get
 * OnRemoteTrackAvailableNotify on every change. <b>Subscribing</b> follows the receiver's subscribe mode and its
 * explicit requests, and steps the same way; a remote user leaving or unpublishing ends the subscription (to 1).
 *
 * <p><b>Media</b> is clocked by the {@link MediaClock}: see {@link AudioRound} for audio; video frames due in a
 * tick go to every receiver that subscribes the sender's camera with subscribeVideoFormat H264 and a YUV video
 * observer codec (0 or 2), at most once per the receiver's SetVideoCallbackPeriod; media-extension (SEI) messages
 * are delivered after their delay to the subscribers of the sender's video while it is still published.
 */
final class Room implements MediaClock.Ticking {

    private static final Logger LOG = LoggerFactory.getLogger(Room.class);

    private static final int ERR_LEAVE_UNUSUAL = 0x01030303;
    private static final int CONNECTION_STATUS_CONNECTING = 2;
    private static final int CONNECTION_STATUS_CONNECTED = 3;
    private static final int REASON_JOIN_ROOM_SUCCESS = 9;
    private static final int REASON_SIGNALING_CONNECTING = 11;
    private static final int VIDEO_TRACK_CAMERA_LARGE = 0;
    private static final int VIDEO_FRAME_YUV = 0;
    private static final int VIDEO_FRAME_H264_NALU = 1;

    private record PendingSei(long dueNanos, Participant sender, byte[] payload) {}

    private final RoomKey key;
    private final Map<String, Participant> members = new LinkedHashMap<>();
    private final List<PendingSei> pendingSei = new ArrayList<>();
    private final AudioRound audioRound = new AudioRound();
    private final RateLimitedLog dataChannelLog = new RateLimitedLog(LOG);
    private Participant[] snapshot = new Participant[0];
    private long tick;

    Room(RoomKey key) {
        this.key = key;
    }

    RoomKey key() {
        return key;
    }

    synchronized boolean isEmpty() {
        return members.isEmpty();
    }

    synchronized int size() {
        return members.size();
    }

    /** Adds {@code newcomer}, kicking an earlier member with the same user id. */
    synchronized void join(Participant newcomer, String userId, JoinConfig config) {
        Participant earlier = members.get(userId);
        if (earlier != null) {
            LOG.info(
                    "User {} joined {} again from connection {}: kicking connection {}",
                    userId,
                    key,
                    newcomer.clientName,
                    earlier.clientName);
            kick(earlier);
        }
        newcomer.enter(this, userId, config);
        newcomer.out.control(new ConnectionStatusChanged(CONNECTION_STATUS_CONNECTING, REASON_SIGNALING_CONNECTING));
        newcomer.out.control(new JoinChannelResult(0, key.channel(), userId));
        newcomer.out.control(new ConnectionStatusChanged(CONNECTION_STATUS_CONNECTED, REASON_JOIN_ROOM_SUCCESS));
        for (Participant member : members.values()) {
            newcomer.out.control(userOnline(member.userId));
            if (member.publishesAnything()) {
                newcomer.out.control(
                        trackAvailable(member.userId, member.audioPublish.isOn(), member.videoPublish.isOn()));
            }
            member.out.control(userOnline(userId));
        }
        members.put(userId, newcomer);
        snapshot = members.values().toArray(new Participant[0]);

        boolean automatic = config.publishesAutomatically();
        boolean audio =
                automatic ? !Boolean.FALSE.equals(newcomer.audioIntent) : Boolean.TRUE.equals(newcomer.audioIntent);
        boolean video = !config.audioOnly()
                && (automatic
                        ? !Boolean.FALSE.equals(newcomer.videoIntent)
                        : Boolean.TRUE.equals(newcomer.videoIntent));
        publish(newcomer, audio, video);
        for (Participant member : snapshot) {
            if (member != newcomer) {
                reconcile(newcomer, member);
                if (member.dataChannelSubscribe) {
                    newcomer.out.control(subscribedDataChannel(member.userId));
                }
            }
        }
        if (newcomer.dataChannelSubscribe) {
            announceDataChannelSubscriber(newcomer);
        }
        LOG.info("User {} joined {} (connection {}, {} member(s))", userId, key, newcomer.clientName, members.size());
    }

    /** The member with {@code userId}, or null. */
    synchronized Participant member(String userId) {
        return members.get(userId);
    }

    /** Removes {@code member} and tells it so with OnError(ERR_LEAVE_UNUSUAL), the vendor's code for a kick. */
    synchronized void kick(Participant member) {
        remove(member);
        member.out.control(new EngineError(ERR_LEAVE_UNUSUAL));
    }

    /** Removes {@code leaving}: the others' subscriptions to it end and they see it go offline. */
    synchronized void remove(Participant leaving) {
        if (members.get(leaving.userId) != leaving) {
            return;
        }
        members.remove(leaving.userId);
        snapshot = members.values().toArray(new Participant[0]);
        pendingSei.removeIf(sei -> sei.sender() == leaving);
        for (Participant member : snapshot) {
            Participant.Subscription subscription = member.subscriptions.remove(leaving);
            if (subscription != null) {
                subscription.closeEncoders();
                subscription.audio.set(
                        false,
                        (o, n, ms) -> member.out.control(subscribeState(
                                CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED, leaving.userId, o, n, ms, key.channel())));
                subscription.video.set(
                        false,
                        (o, n, ms) -> member.out.control(subscribeState(
                                CallbackId.ON_VIDEO_SUBSCRIBE_STATE_CHANGED, leaving.userId, o, n, ms, key.channel())));
            }
            member.out.control(new RemoteUserNotice(CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY, leaving.userId));
        }
        leaving.exit();
        LOG.info(
                "User {} left {} (connection {}, {} member(s) left)",
                leaving.userId,
                key,
                leaving.clientName,
                members.size());
    }

    /** Sets what {@code member} publishes, reporting state steps to it and track changes to the others. */
    synchronized void publish(Participant member, boolean audio, boolean video) {
        String channel = key.channel();
        boolean changed = member.audioPublish.set(
                audio,
                (o, n, ms) -> member.out.control(
                        new PublishStateChanged(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, o, n, (int) ms, channel)));
        changed |= member.videoPublish.set(
                video,
                (o, n, ms) -> member.out.control(
                        new PublishStateChanged(CallbackId.ON_VIDEO_PUBLISH_STATE_CHANGED, o, n, (int) ms, channel)));
        if (!audio) {
            member.audio.clear();
        }
        if (!video) {
            member.video.clear();
            pendingSei.removeIf(sei -> sei.sender() == member);
        }
        if (!changed) {
            return;
        }
        for (Participant other : snapshot) {
            if (other != member) {
                other.out.control(trackAvailable(member.userId, audio, video));
                reconcile(other, member);
            }
        }
    }

    /** Re-evaluates what {@code receiver} subscribes of the member with user id {@code senderId}, if present. */
    synchronized void reconcile(Participant receiver, String senderId) {
        Participant sender = members.get(senderId);
        if (sender != null && sender != receiver) {
            reconcile(receiver, sender);
        }
    }

    /** Enables data-channel subscription for {@code member} and tells the others they may send to it. */
    synchronized void announceDataChannelSubscriber(Participant member) {
        for (Participant other : snapshot) {
            if (other != member) {
                other.out.control(subscribedDataChannel(member.userId));
            }
        }
    }

    /**
     * Delivers a data-channel message if the sender may send it (enabled and within the limits). The data channel
     * is independent of audio and video, as the vendor describes it: a chat-only user that publishes nothing is
     * told it may send (1059) and its messages are delivered.
     */
    synchronized void sendDataChannel(Participant sender, long networkTime, long progress, int type, byte[] data) {
        if (!sender.dataChannelPublish) {
            dataChannelLog.warn(
                    "pub-" + sender.userId,
                    "Data channel message from {} in {} dropped: publishing on "
                            + "the data channel is not enabled (SetParameter {\"data\":{\"enablePubDataChannel\":true}}); "
                            + "{} dropped so far",
                    sender.userId,
                    key,
                    sender.dataChannelLimits.countDrop());
            return;
        }
        String broken = sender.dataChannelLimits.admit(data.length, System.nanoTime());
        if (broken != null) {
            dataChannelLog.warn(
                    "limit-" + sender.userId + broken,
                    "Data channel message from {} in {} dropped: it " + "exceeds the limit of {}; {} dropped so far",
                    sender.userId,
                    key,
                    broken,
                    sender.dataChannelLimits.countDrop());
            return;
        }
        for (Participant receiver : snapshot) {
            if (receiver != sender && receiver.dataChannelSubscribe) {
                receiver.out.media(new DataChannelReceived(
                        sender.userId, new DataChannelMessage(type, networkTime, progress, data)));
            }
        }
    }

    /** Schedules a media-extension message; returns false when the sender's video is not published. */
    synchronized boolean scheduleSei(Participant sender, byte[] payload, int delayMs) {
        if (!sender.videoPublish.isOn()) {
            return false;
        }
        pendingSei.add(new PendingSei(System.nanoTime() + Math.max(0, delayMs) * 1_000_000L, sender, payload));
        return true;
    }

    @Override
    public synchronized void tick(long nowNanos) {
        Participant[] present = snapshot;
        if (present.length == 0) {
            return;
        }
        long current = tick++;
        deliverVideo(present, nowNanos);
        audioRound.run(present, current);
        for (Participant member : present) {
            member.timeline.advance();
        }
        if (!pendingSei.isEmpty()) {
            deliverSei(nowNanos);
        }
    }

    private void reconcile(Participant receiver, Participant sender) {
        Participant.Subscription subscription =
                receiver.subscriptions.computeIfAbsent(sender, s -> new Participant.Subscription());
        String channel = key.channel();
        boolean audio = sender.audioPublish.isOn() && receiver.wantsAudioOf(sender.userId);
        boolean video = sender.videoPublish.isOn() && receiver.wantsVideoOf(sender.userId);
        subscription.audio.set(
                audio,
                (o, n, ms) -> receiver.out.control(
                        subscribeState(CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED, sender.userId, o, n, ms, channel)));
        if (subscription.video.set(
                video,
                (o, n, ms) -> receiver.out.control(subscribeState(
                        CallbackId.ON_VIDEO_SUBSCRIBE_STATE_CHANGED, sender.userId, o, n, ms, channel)))) {
            subscription.videoDelivered = false;
            if (subscription.h264 != null) {
                subscription.h264.close();
                subscription.h264 = null;
            }
        }
    }

    private void deliverVideo(Participant[] present, long nowNanos) {
        for (Participant sender : present) {
            if (!sender.videoPublish.isOn()) {
                continue;
            }
            for (VideoPushBuffer.Frame frame : sender.video.pollDue()) {
                if (sender.cameraMuted) {
                    continue;
                }
                long number = sender.videoFramesSent++;
                for (Participant receiver : present) {
                    boolean yuv = receiver.receivesYuv();
                    boolean h264 = receiver.receivesH264();
                    if (receiver != sender && (yuv || h264)) {
                        Participant.Subscription subscription = receiver.subscriptions.get(sender);
                        if (subscription != null
                                && subscription.video.isOn()
                                && dueForVideo(subscription, receiver.videoPeriodMs, nowNanos)) {
                            subscription.videoDelivered = true;
                            subscription.lastVideoNanos = nowNanos;
                            if (yuv) {
                                receiver.out.media(remoteVideoSample(sender.userId, frame, number));
                            }
                            if (h264) {
                                deliverH264(receiver, subscription, sender.userId, frame, number);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Encodes the frame for one subscription, so every H264 receiver's stream starts with a key frame; a new
     * frame size starts a new stream.
     */
    private static void deliverH264(
            Participant receiver,
            Participant.Subscription subscription,
            String uid,
            VideoPushBuffer.Frame frame,
            long number) {
        if (subscription.h264 == null
                || subscription.h264Width != frame.width()
                || subscription.h264Height != frame.height()) {
            if (subscription.h264 != null) {
                subscription.h264.close();
            }
            subscription.h264 = Encoders.h264(frame.width(), frame.height());
            subscription.h264Width = frame.width();
            subscription.h264Height = frame.height();
        }
        for (byte[] unit : subscription.h264.encode(frame.i420(), frame.ptsMs())) {
            receiver.out.media(new RemoteVideoFrame(
                    CallbackId.ON_REMOTE_VIDEO_ENCODED_SAMPLE,
                    uid,
                    new VideoFrame(
                            VIDEO_TRACK_CAMERA_LARGE,
                            VIDEO_FRAME_H264_NALU,
                            frame.ptsMs(),
                            frame.width(),
                            frame.height(),
                            (int) number,
                            0,
                            List.of(),
                            0,
                            unit)));
        }
    }

    private static boolean dueForVideo(Participant.Subscription subscription, int periodMs, long nowNanos) {
        return periodMs <= 0
                || !subscription.videoDelivered
                || nowNanos - subscription.lastVideoNanos >= periodMs * 1_000_000L;
    }

    private void deliverSei(long nowNanos) {
        Iterator<PendingSei> pending = pendingSei.iterator();
        while (pending.hasNext()) {
            PendingSei sei = pending.next();
            if (sei.dueNanos() > nowNanos) {
                continue;
            }
            pending.remove();
            Participant sender = sei.sender();
            if (sender.room != this || !sender.videoPublish.isOn()) {
                continue;
            }
            for (Participant receiver : snapshot) {
                if (receiver != sender && receiver.seesVideoOf(sender)) {
                    receiver.out.media(new MediaExtensionMessage(sender.userId, sei.payload()));
                }
            }
        }
    }

    private static RemoteUserNotice userOnline(String uid) {
        return new RemoteUserNotice(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY, uid);
    }

    private static RemoteUserNotice subscribedDataChannel(String uid) {
        return new RemoteUserNotice(CallbackId.ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL, uid);
    }

    private static RemoteTrackAvailable trackAvailable(String uid, boolean audio, boolean video) {
        return new RemoteTrackAvailable(uid, audio ? 1 : 0, video ? 1 : 0);
    }

    /** 1008 or 1009. */
    private static SubscribeStateChanged subscribeState(
            int callbackId, String uid, int oldState, int newState, long elapsedMs, String channel) {
        return new SubscribeStateChanged(callbackId, uid, oldState, newState, (int) elapsedMs, channel);
    }

    private static RemoteVideoFrame remoteVideoSample(String uid, VideoPushBuffer.Frame frame, long number) {
        return new RemoteVideoFrame(
                CallbackId.ON_REMOTE_VIDEO_SAMPLE,
                uid,
                new VideoFrame(
                        VIDEO_TRACK_CAMERA_LARGE,
                        VIDEO_FRAME_YUV,
                        frame.ptsMs(),
                        frame.width(),
                        frame.height(),
                        (int) number,
                        0,
                        List.of(),
                        0,
                        frame.i420()));
    }
}
