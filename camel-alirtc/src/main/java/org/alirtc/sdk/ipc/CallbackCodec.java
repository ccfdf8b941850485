package org.alirtc.sdk.ipc;

import java.util.function.Function;

/**
 * Decodes a callback message into its record (spec section 4), through a table indexed by callback id. Decoding is
 * tolerant where the vendor wrapper dies: a missing key takes a default (0, false, ""), an unknown enum code passes
 * through as an int, and an unknown callback id decodes to {@code null}, for the caller to ignore. Encoding is each
 * record's own {@link Callback#encode()}.
 */
public final class CallbackCodec {

    private static final int FIRST_ID = CallbackId.ON_JOIN_CHANNEL;
    private static final int LAST_ID = CallbackId.ON_FIRST_AUDIO_PACKET_RECEIVED;
    private static final MediaDecoder[] MEDIA_DECODERS = mediaDecoders();
    private static final Function<Message, Callback>[] DECODERS = decoders();

    /**
     * Decodes a callback that carries a payload from its header fields, so that the reader's fast path
     * ({@link FlatHeader}) and the general path share one decoder per record.
     */
    @FunctionalInterface
    interface MediaDecoder {
        Callback decode(int id, HeaderFields header, byte[] payload);
    }

    private CallbackCodec() {}

    /** The record of a callback message, or {@code null} when the id is not one the protocol defines. */
    public static Callback decode(Message m) {
        int id = m.id();
        if (id < FIRST_ID || id > LAST_ID) {
            return null;
        }
        Function<Message, Callback> decoder = DECODERS[id - FIRST_ID];
        return decoder == null ? null : decoder.apply(m);
    }

    /** Whether {@code id} is a callback with a payload, which {@link #decodeMedia} decodes. */
    static boolean isMedia(int id) {
        return id >= FIRST_ID && id <= LAST_ID && MEDIA_DECODERS[id - FIRST_ID] != null;
    }

    /** The record of a callback for which {@link #isMedia} holds, from its header fields and its payload. */
    static Callback decodeMedia(int id, HeaderFields header, byte[] payload) {
        return MEDIA_DECODERS[id - FIRST_ID].decode(id, header, payload);
    }

    private static MediaDecoder[] mediaDecoders() {
        MediaDecoder[] table = new MediaDecoder[LAST_ID - FIRST_ID + 1];
        media(table, MediaCallback.UserAudioFrame::decode, CallbackId.ON_SUBSCRIBE_AUDIO_FRAME);
        media(
                table,
                MediaCallback.AudioFrame::decode,
                CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME,
                CallbackId.ON_PUBLISH_AUDIO_FRAME,
                CallbackId.ON_MIXED_ALL_AUDIO_FRAME);
        media(table, MediaCallback.UserAudioAac::decode, CallbackId.ON_SUBSCRIBE_AUDIO_AAC);
        media(table, MediaCallback.MixedAudioAac::decode, CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_AAC);
        media(
                table,
                MediaCallback.RemoteVideoFrame::decode,
                CallbackId.ON_REMOTE_VIDEO_SAMPLE,
                CallbackId.ON_REMOTE_VIDEO_ENCODED_SAMPLE);
        media(table, MediaCallback.MediaExtensionMessage::decode, CallbackId.ON_MEDIA_EXTENSION_MSG);
        media(table, MediaCallback.DataChannelReceived::decode, CallbackId.ON_DATA_CHANNEL_MSG);
        return table;
    }

    private static void media(MediaDecoder[] table, MediaDecoder decoder, int... ids) {
        for (int id : ids) {
            table[id - FIRST_ID] = decoder;
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<Message, Callback>[] decoders() {
        Function<Message, Callback>[] table = new Function[LAST_ID - FIRST_ID + 1];
        put(table, ChannelCallback.JoinChannelResult::decode, CallbackId.ON_JOIN_CHANNEL);
        put(table, ChannelCallback.LeaveChannelResult::decode, CallbackId.ON_LEAVE_CHANNEL);
        put(
                table,
                ChannelCallback.RemoteUserNotice::decode,
                CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY,
                CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY,
                CallbackId.ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL);
        put(table, ChannelCallback.RemoteTrackAvailable::decode, CallbackId.ON_REMOTE_TRACK_AVAILABLE_NOTIFY);
        put(
                table,
                ChannelCallback.SubscribeStateChanged::decode,
                CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED,
                CallbackId.ON_VIDEO_SUBSCRIBE_STATE_CHANGED,
                CallbackId.ON_SUBSCRIBE_STREAM_TYPE_CHANGED,
                CallbackId.ON_SCREEN_SHARE_SUBSCRIBE_STATE_CHANGED);
        put(
                table,
                ChannelCallback.PublishStateChanged::decode,
                CallbackId.ON_SCREEN_SHARE_PUBLISH_STATE_CHANGED,
                CallbackId.ON_DUAL_STREAM_PUBLISH_STATE_CHANGED,
                CallbackId.ON_VIDEO_PUBLISH_STATE_CHANGED,
                CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED);
        put(table, ChannelCallback.RoleUpdated::decode, CallbackId.ON_UPDATE_ROLE_NOTIFY);
        put(table, ChannelCallback.EngineError::decode, CallbackId.ON_ERROR);
        put(table, ChannelCallback.EngineWarning::decode, CallbackId.ON_WARNING);
        put(table, ChannelCallback.ConnectionStatusChanged::decode, CallbackId.ON_CONNECTION_STATUS_CHANGE);
        put(table, ChannelCallback.FirstAudioPacketReceived::decode, CallbackId.ON_FIRST_AUDIO_PACKET_RECEIVED);

        for (int id = FIRST_ID; id <= LAST_ID; id++) {
            if (MEDIA_DECODERS[id - FIRST_ID] != null) {
                put(table, m -> decodeMedia(m.id(), new TreeHeader(m.header()), m.payload()), id);
            }
        }
        put(
                table,
                MediaCallback.PushBufferFull::decode,
                CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL,
                CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL);
        put(
                table,
                MediaCallback.PushAudioFrameMark::decode,
                CallbackId.ON_PUSH_AUDIO_FRAME_BEGIN,
                CallbackId.ON_PUSH_AUDIO_FRAME_END);
        put(
                table,
                MediaCallback.PushAudioSentenceMark::decode,
                CallbackId.ON_PUSH_AUDIO_FRAME_BEGIN_EXT,
                CallbackId.ON_PUSH_AUDIO_FRAME_END_EXT);
        put(table, MediaCallback.RemainingBuffer::decode, CallbackId.ON_GET_REMAIN_DATA_BUFFER_SIZE);
        put(
                table,
                MediaCallback.VideoEncoderParameterRequest::decode,
                CallbackId.ON_REQUEST_VIDEO_EXTERNAL_ENCODER_PARAMETER);
        put(table, MediaCallback.VideoEncoderFrameRequest::decode, CallbackId.ON_REQUEST_VIDEO_EXTERNAL_ENCODER_FRAME);

        put(table, AiCallback.MainSpeaker::decode, CallbackId.ON_GET_AUDIO_IS_MAIN_SPEAKER);
        put(table, AiCallback.AiVadInfo::decode, CallbackId.ON_GET_AIVAD_INFO);
        put(table, AiCallback.EncryptedDelayInfo::decode, CallbackId.ON_ENCRYPTION_DELAY_INFO);
        put(table, AiCallback.VoiceprintVector::decode, CallbackId.ON_VOICEPRINT_VECTOR);
        put(table, AiCallback.TestCycleRound::decode, CallbackId.ON_TEST_CYCLE_ROUND);
        put(table, AiCallback.GreetReady::decode, CallbackId.ON_GREET_READY);
        put(table, AiCallback.RemoteDeviceId::decode, CallbackId.ON_REMOTE_DEVICE_ID);
        put(table, AiCallback.RemoteSentenceState::decode, CallbackId.ON_REMOTE_SENTENCE_STATE);
        put(table, AiCallback.LocalSentenceState::decode, CallbackId.ON_LOCAL_SENTENCE_STATE);
        put(table, AiCallback.SdkVersion::decode, CallbackId.ON_GET_SDK_VERSION);
        put(table, AiCallback.AudioDumpPathSet::decode, CallbackId.ON_AUDIO_DUMP_PATH_SET);
        put(table, AiCallback.AudioEffectFinished::decode, CallbackId.ON_AUDIO_EFFECT_FINISHED);
        put(
                table,
                AiCallback.AudioEffectVolume::decode,
                CallbackId.ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME,
                CallbackId.ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME);

        put(table, VoipCallback.RemoteHangUp::decode, CallbackId.ON_REMOTE_HANGUP);
        put(
                table,
                VoipCallback.CallResult::decode,
                CallbackId.ON_HANGUP_RESULT,
                CallbackId.ON_VOIP_QUALITY,
                CallbackId.ON_DIAL_RESULT,
                CallbackId.ON_DIAL_UPDATE_RESULT,
                CallbackId.ON_DIAL_STATE_CHANGE,
                CallbackId.ON_CONNECT_INCOMING_CALL_RESULT,
                CallbackId.ON_DIS_CONNECT_INCOMING_CALL_RESULT);
        put(table, VoipCallback.PickupIncomingCall::decode, CallbackId.ON_PICKUP_INCOMING_CALL);
        put(table, VoipCallback.TelephoneEvent::decode, CallbackId.ON_VOIP_TELEPHONE_EVENT);

        put(table, StatsCallback.Stats::decode, CallbackId.ON_STATS);
        put(table, StatsCallback.LocalVideo::decode, CallbackId.ON_LOCAL_VIDEO_STATS);
        put(table, StatsCallback.RemoteVideo::decode, CallbackId.ON_REMOTE_VIDEO_STATS);
        put(table, StatsCallback.LocalAudio::decode, CallbackId.ON_LOCAL_AUDIO_STATS);
        put(table, StatsCallback.RemoteAudio::decode, CallbackId.ON_REMOTE_AUDIO_STATS);
        put(table, StatsCallback.ProfileStats::decode, CallbackId.ON_PROFILE_STATS);
        return table;
    }

    private static void put(Function<Message, Callback>[] table, Function<Message, Callback> decoder, int... ids) {
        for (int id : ids) {
            if (table[id - FIRST_ID] != null) {
                throw new IllegalStateException("Two decoders for callback " + CallbackId.name(id));
            }
            table[id - FIRST_ID] = decoder;
        }
    }
}
