package org.alirtc.sdk;

import java.util.Base64;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.sdk.ipc.AiCallback;
import org.alirtc.sdk.ipc.Callback;
import org.alirtc.sdk.ipc.CallbackCodec;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.ChannelCallback;
import org.alirtc.sdk.ipc.MediaCallback;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.StatsCallback;
import org.alirtc.sdk.ipc.VoipCallback;

/**
 * Calls the {@link RtcEngineListener} method of a decoded callback, through a table indexed by callback id (protocol
 * spec section 4). Ids without a listener method are the push-frame marks (1042, 1043), which the vendor only logs,
 * and the effect-volume answers (1054, 1055), which complete the engine's queries instead.
 */
final class ListenerDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerDispatch.class);
    private static final int FIRST_ID = CallbackId.ON_JOIN_CHANNEL;
    private static final int LAST_ID = CallbackId.ON_FIRST_AUDIO_PACKET_RECEIVED;
    private static final BiConsumer<Callback, RtcEngineListener>[] CALLS = calls();

    private ListenerDispatch() {}

    /** Decodes and dispatches; returns false when the id is not one the protocol defines (the message is ignored). */
    static boolean dispatch(Message m, RtcEngineListener l) {
        Callback callback = CallbackCodec.decode(m);
        if (callback == null) {
            LOG.debug("Ignored callback {} ({})", m.id(), CallbackId.name(m.id()));
            return false;
        }
        dispatch(callback, l);
        return true;
    }

    static void dispatch(Callback callback, RtcEngineListener l) {
        BiConsumer<Callback, RtcEngineListener> call = CALLS[callback.id() - FIRST_ID];
        if (call == null) {
            LOG.debug("Core service reported {}: {}", CallbackId.name(callback.id()), callback);
        } else {
            call.accept(callback, l);
        }
    }

    @SuppressWarnings("unchecked")
    private static BiConsumer<Callback, RtcEngineListener>[] calls() {
        BiConsumer<Callback, RtcEngineListener>[] table = new BiConsumer[LAST_ID - FIRST_ID + 1];
        on(
                table,
                MediaCallback.UserAudioFrame.class,
                (c, l) -> l.onSubscribeAudioFrame(c.uid(), c.frame()),
                CallbackId.ON_SUBSCRIBE_AUDIO_FRAME);
        on(
                table,
                MediaCallback.AudioFrame.class,
                (c, l) -> l.onSubscribeMixAudioFrame(c.frame()),
                CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME);
        on(
                table,
                MediaCallback.AudioFrame.class,
                (c, l) -> l.onPublishAudioFrame(c.frame()),
                CallbackId.ON_PUBLISH_AUDIO_FRAME);
        on(
                table,
                MediaCallback.AudioFrame.class,
                (c, l) -> l.onMixedAllAudioFrame(c.frame()),
                CallbackId.ON_MIXED_ALL_AUDIO_FRAME);
        on(
                table,
                MediaCallback.RemoteVideoFrame.class,
                (c, l) -> l.onRemoteVideoSample(c.uid(), c.frame()),
                CallbackId.ON_REMOTE_VIDEO_SAMPLE);
        on(
                table,
                MediaCallback.RemoteVideoFrame.class,
                (c, l) -> l.onRemoteVideoEncodedSample(c.uid(), c.frame()),
                CallbackId.ON_REMOTE_VIDEO_ENCODED_SAMPLE);
        on(
                table,
                MediaCallback.UserAudioAac.class,
                (c, l) -> l.onSubscribeAudioAac(c.uid(), c.frame()),
                CallbackId.ON_SUBSCRIBE_AUDIO_AAC);
        on(
                table,
                MediaCallback.MixedAudioAac.class,
                (c, l) -> l.onSubscribeMixedAudioAac(c.frame()),
                CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_AAC);
        on(
                table,
                MediaCallback.MediaExtensionMessage.class,
                (c, l) -> l.onMediaExtensionMsgReceived(c.userId(), c.payload()),
                CallbackId.ON_MEDIA_EXTENSION_MSG);
        on(
                table,
                MediaCallback.DataChannelReceived.class,
                (c, l) -> l.onDataChannelMessage(c.uid(), c.message()),
                CallbackId.ON_DATA_CHANNEL_MSG);
        on(
                table,
                MediaCallback.PushBufferFull.class,
                (c, l) -> l.onPushAudioFrameBufferFull(c.full()),
                CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL);
        on(
                table,
                MediaCallback.PushBufferFull.class,
                (c, l) -> l.onPushVideoFrameBufferFull(c.full()),
                CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL);
        on(
                table,
                MediaCallback.PushAudioSentenceMark.class,
                (c, l) -> l.onPushAudioFrameBegin(c.sentenceId(), c.sequenceId()),
                CallbackId.ON_PUSH_AUDIO_FRAME_BEGIN_EXT);
        on(
                table,
                MediaCallback.PushAudioSentenceMark.class,
                (c, l) -> l.onPushAudioFrameEnd(c.sentenceId(), c.sequenceId()),
                CallbackId.ON_PUSH_AUDIO_FRAME_END_EXT);
        on(
                table,
                MediaCallback.RemainingBuffer.class,
                (c, l) -> l.onGetRemainDataBufferSize(c.audioBufferSize(), c.videoBufferSize()),
                CallbackId.ON_GET_REMAIN_DATA_BUFFER_SIZE);
        on(
                table,
                MediaCallback.VideoEncoderParameterRequest.class,
                (c, l) -> l.onRequestVideoExternalEncoderParameter(c.videoTrack(), c.parameter()),
                CallbackId.ON_REQUEST_VIDEO_EXTERNAL_ENCODER_PARAMETER);
        on(
                table,
                MediaCallback.VideoEncoderFrameRequest.class,
                (c, l) -> l.onRequestVideoExternalEncoderFrame(c.videoTrack(), c.frameType(), c.dropFrame()),
                CallbackId.ON_REQUEST_VIDEO_EXTERNAL_ENCODER_FRAME);

        on(
                table,
                ChannelCallback.JoinChannelResult.class,
                (c, l) -> l.onJoinChannelResult(c.result(), c.channel(), c.userId()),
                CallbackId.ON_JOIN_CHANNEL);
        on(
                table,
                ChannelCallback.LeaveChannelResult.class,
                (c, l) -> l.onLeaveChannelResult(c.result()),
                CallbackId.ON_LEAVE_CHANNEL);
        on(table, ChannelCallback.EngineError.class, (c, l) -> l.onError(c.errorCode()), CallbackId.ON_ERROR);
        on(table, ChannelCallback.EngineWarning.class, (c, l) -> l.onWarning(c.warningCode()), CallbackId.ON_WARNING);
        on(
                table,
                ChannelCallback.RemoteUserNotice.class,
                (c, l) -> l.onRemoteUserOnLineNotify(c.uid()),
                CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY);
        on(
                table,
                ChannelCallback.RemoteUserNotice.class,
                (c, l) -> l.onRemoteUserOffLineNotify(c.uid()),
                CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY);
        on(
                table,
                ChannelCallback.RemoteUserNotice.class,
                (c, l) -> l.onRemoteUserSubscribedDataChannel(c.uid()),
                CallbackId.ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL);
        on(
                table,
                ChannelCallback.RemoteTrackAvailable.class,
                (c, l) -> l.onRemoteTrackAvailableNotify(c.uid(), c.audioTrack(), c.videoTrack()),
                CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY);
        on(
                table,
                ChannelCallback.SubscribeStateChanged.class,
                (c, l) -> l.onAudioSubscribeStateChanged(
                        c.uid(), c.oldState(), c.newState(), c.elapseSinceLastState(), c.channel()),
                CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED);
        on(
                table,
                ChannelCallback.SubscribeStateChanged.class,
                (c, l) -> l.onVideoSubscribeStateChanged(
                        c.uid(), c.oldState(), c.newState(), c.elapseSinceLastState(), c.channel()),
                CallbackId.ON_VIDEO_SUBSCRIBE_STATE_CHANGED);
        on(
                table,
                ChannelCallback.SubscribeStateChanged.class,
                (c, l) -> l.onSubscribeStreamTypeChanged(
                        c.uid(), c.oldState(), c.newState(), c.elapseSinceLastState(), c.channel()),
                CallbackId.ON_SUBSCRIBE_STREAM_TYPE_CHANGED);
        on(
                table,
                ChannelCallback.SubscribeStateChanged.class,
                (c, l) -> l.onScreenShareSubscribeStateChanged(
                        c.uid(), c.oldState(), c.newState(), c.elapseSinceLastState(), c.channel()),
                CallbackId.ON_SCREEN_SHARE_SUBSCRIBE_STATE_CHANGED);
        on(
                table,
                ChannelCallback.PublishStateChanged.class,
                (c, l) -> l.onScreenSharePublishStateChanged(
                        c.oldState(), c.newState(), c.elapseSinceLastState(), c.channel()),
                CallbackId.ON_SCREEN_SHARE_PUBLISH_STATE_CHANGED);
        on(
                table,
                ChannelCallback.PublishStateChanged.class,
                (c, l) -> l.onDualStreamPublishStateChanged(
                        c.oldState(), c.newState(), c.elapseSinceLastState(), c.channel()),
                CallbackId.ON_DUAL_STREAM_PUBLISH_STATE_CHANGED);
        on(
                table,
                ChannelCallback.PublishStateChanged.class,
                (c, l) ->
                        l.onVideoPublishStateChanged(c.oldState(), c.newState(), c.elapseSinceLastState(), c.channel()),
                CallbackId.ON_VIDEO_PUBLISH_STATE_CHANGED);
        on(
                table,
                ChannelCallback.PublishStateChanged.class,
                (c, l) ->
                        l.onAudioPublishStateChanged(c.oldState(), c.newState(), c.elapseSinceLastState(), c.channel()),
                CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED);
        on(
                table,
                ChannelCallback.RoleUpdated.class,
                (c, l) -> l.onUpdateRoleNotify(c.oldRole(), c.newRole()),
                CallbackId.ON_UPDATE_ROLE_NOTIFY);
        on(
                table,
                ChannelCallback.ConnectionStatusChanged.class,
                (c, l) -> l.onConnectionStatusChanged(c.status(), c.reason()),
                CallbackId.ON_CONNECTION_STATUS_CHANGE);
        on(
                table,
                ChannelCallback.FirstAudioPacketReceived.class,
                (c, l) -> l.onFirstAudioPacketReceived(c.uid(), c.timeCost()),
                CallbackId.ON_FIRST_AUDIO_PACKET_RECEIVED);

        on(
                table,
                AiCallback.MainSpeaker.class,
                (c, l) -> l.onGetAudioIsMainSpeaker(c.startTime(), c.endTime(), c.status()),
                CallbackId.ON_GET_AUDIO_IS_MAIN_SPEAKER);
        on(table, AiCallback.SdkVersion.class, (c, l) -> l.onSdkVersion(c.version()), CallbackId.ON_GET_SDK_VERSION);
        on(
                table,
                AiCallback.AiVadInfo.class,
                (c, l) -> l.onGetAIVadInfo(c.startTime(), c.endTime(), c.status()),
                CallbackId.ON_GET_AIVAD_INFO);
        on(
                table,
                AiCallback.EncryptedDelayInfo.class,
                (c, l) -> l.onEncryptQuestionDelayInfo(c.delay()),
                CallbackId.ON_ENCRYPTION_DELAY_INFO);
        on(table, AiCallback.VoiceprintVector.class, ListenerDispatch::voiceprint, CallbackId.ON_VOICEPRINT_VECTOR);
        on(
                table,
                AiCallback.TestCycleRound.class,
                (c, l) -> l.onTestCycleRound(c.enabled()),
                CallbackId.ON_TEST_CYCLE_ROUND);
        on(table, AiCallback.GreetReady.class, (c, l) -> l.onGreetReady(c.ready()), CallbackId.ON_GREET_READY);
        on(
                table,
                AiCallback.RemoteDeviceId.class,
                (c, l) -> l.onRemoteDeviceId(c.uid(), c.deviceId()),
                CallbackId.ON_REMOTE_DEVICE_ID);
        on(
                table,
                AiCallback.RemoteSentenceState.class,
                (c, l) -> l.onRemoteSentenceState(c.uid(), c.end(), c.delay()),
                CallbackId.ON_REMOTE_SENTENCE_STATE);
        on(
                table,
                AiCallback.LocalSentenceState.class,
                (c, l) -> l.onLocalSentenceState(c.uid(), c.begin(), c.delay()),
                CallbackId.ON_LOCAL_SENTENCE_STATE);
        on(
                table,
                AiCallback.AudioDumpPathSet.class,
                (c, l) -> l.onAudioDumpPathSet(c.path()),
                CallbackId.ON_AUDIO_DUMP_PATH_SET);
        on(
                table,
                AiCallback.AudioEffectFinished.class,
                (c, l) -> l.onAudioEffectFinished(c.soundId()),
                CallbackId.ON_AUDIO_EFFECT_FINISHED);

        on(table, VoipCallback.RemoteHangUp.class, (c, l) -> l.onRemoteHangUp(), CallbackId.ON_REMOTE_HANGUP);
        on(table, VoipCallback.CallResult.class, (c, l) -> l.onHangUpResult(c.code()), CallbackId.ON_HANGUP_RESULT);
        on(table, VoipCallback.CallResult.class, (c, l) -> l.onVoipQuality(c.code()), CallbackId.ON_VOIP_QUALITY);
        on(table, VoipCallback.CallResult.class, (c, l) -> l.onDialResult(c.code()), CallbackId.ON_DIAL_RESULT);
        on(
                table,
                VoipCallback.CallResult.class,
                (c, l) -> l.onDialUpdateResult(c.code()),
                CallbackId.ON_DIAL_UPDATE_RESULT);
        on(
                table,
                VoipCallback.CallResult.class,
                (c, l) -> l.onDialStateChange(c.code()),
                CallbackId.ON_DIAL_STATE_CHANGE);
        on(
                table,
                VoipCallback.PickupIncomingCall.class,
                (c, l) -> l.onPickupIncomingCall(c.info()),
                CallbackId.ON_PICKUP_INCOMING_CALL);
        on(
                table,
                VoipCallback.CallResult.class,
                (c, l) -> l.onConnectIncomingCallResult(c.code()),
                CallbackId.ON_CONNECT_INCOMING_CALL_RESULT);
        on(
                table,
                VoipCallback.CallResult.class,
                (c, l) -> l.onDisConnectIncomingCallResult(c.code()),
                CallbackId.ON_DIS_CONNECT_INCOMING_CALL_RESULT);
        on(
                table,
                VoipCallback.TelephoneEvent.class,
                (c, l) -> l.onVoipTelephoneEvent(
                        c.eventStr(), c.eventCode(), c.endFlag(), c.volume(), c.timestampIncrement(), c.duration()),
                CallbackId.ON_VOIP_TELEPHONE_EVENT);

        on(table, StatsCallback.Stats.class, (c, l) -> l.onStats(c.stats()), CallbackId.ON_STATS);
        on(
                table,
                StatsCallback.LocalVideo.class,
                (c, l) -> l.onLocalVideoStats(c.stats()),
                CallbackId.ON_LOCAL_VIDEO_STATS);
        on(
                table,
                StatsCallback.RemoteVideo.class,
                (c, l) -> l.onRemoteVideoStats(c.stats()),
                CallbackId.ON_REMOTE_VIDEO_STATS);
        on(
                table,
                StatsCallback.LocalAudio.class,
                (c, l) -> l.onLocalAudioStats(c.stats()),
                CallbackId.ON_LOCAL_AUDIO_STATS);
        on(
                table,
                StatsCallback.RemoteAudio.class,
                (c, l) -> l.onRemoteAudioStats(c.stats()),
                CallbackId.ON_REMOTE_AUDIO_STATS);
        on(
                table,
                StatsCallback.ProfileStats.class,
                (c, l) -> l.onProfileStats(c.type(), c.profileStatsJson()),
                CallbackId.ON_PROFILE_STATS);
        return table;
    }

    private static <C extends Callback> void on(
            BiConsumer<Callback, RtcEngineListener>[] table,
            Class<C> type,
            BiConsumer<C, RtcEngineListener> call,
            int id) {
        if (table[id - FIRST_ID] != null) {
            throw new IllegalStateException("Two listener calls for callback " + CallbackId.name(id));
        }
        table[id - FIRST_ID] = (callback, listener) -> call.accept(type.cast(callback), listener);
    }

    private static void voiceprint(AiCallback.VoiceprintVector callback, RtcEngineListener l) {
        byte[] vector;
        try {
            vector = Base64.getDecoder().decode(callback.base64());
        } catch (IllegalArgumentException e) {
            l.onProtocolError("Dropped ON_VOICEPRINT_VECTOR (1035): its vector is not base64 (" + e.getMessage() + ")");
            return;
        }
        l.onVoiceprintVector(vector);
    }
}
