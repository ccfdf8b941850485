package org.alirtc.sdk.ipc;

/**
 * Command ids (client to core service), carried under the JSON key {@code "Command"}. Id 36 is reserved
 * by the vendor and unused. {@code ENABLE_AUDIO_FRAME_OBSERVER} is spelled {@code ENABLE_AUDIO_FRMAE_OBSERVER} by the vendor.
 */
public final class CommandId {

    public static final int CREATE_RTC_ENGINE = 1;
    public static final int JOIN_CHANNEL = 2;
    public static final int PUSH_VIDEO_FRAME = 3;
    public static final int PUSH_AUDIO_FRAME = 4;
    public static final int SET_CLIENT_ROLE = 5;
    public static final int LEAVE_CHANNEL = 6;
    public static final int SET_EXTERNAL_VIDEO_SOURCE = 7;
    public static final int SET_EXTERNAL_AUDIO_SOURCE = 8;
    public static final int PUBLISH_LOCAL_DUAL_STREAM = 9;
    public static final int PUBLISH_LOCAL_VIDEO_STREAM = 10;
    public static final int PUBLISH_LOCAL_AUDIO_STREAM = 11;
    public static final int PUBLISH_SCREEN_SHARE_STREAM = 12;
    public static final int SET_VIDEO_ENCODER_CONFIGURATION = 13;
    public static final int SET_SCREEN_SHARE_ENCODER_CONFIGURATION = 14;
    public static final int SEND_MEDIA_EXTENSION_MSG = 15;
    public static final int SUBSCRIBE_REMOTE_AUDIO_STREAM = 16;
    public static final int SUBSCRIBE_REMOTE_VIDEO_STREAM = 17;
    public static final int SET_REMOTE_VIDEO_STREAM_TYPE = 18;
    public static final int MUTE_LOCAL_CAMERA = 19;
    public static final int MUTE_LOCAL_MIC = 20;
    public static final int SET_PARAMETER = 21;
    public static final int SEND_DATA_CHANNEL_MSG = 22;
    public static final int DESTROY_ENGINE = 23;
    public static final int JOIN_CHANNEL_V2 = 24;
    public static final int SET_VIDEO_CALLBACK_PERIOD = 25;
    public static final int SET_AUDIO_PROFILE = 26;
    public static final int SET_REMOTE_DEFAULT_VIDEO_STREAM_TYPE = 27;
    public static final int SET_PERIOD_FOR_CHECK_PEOPLE = 28;
    public static final int LEAVE_ONCE_NO_STREAMER = 29;
    public static final int SET_EXTERNAL_AUDIO_PUBLISH_VOLUME = 30;
    public static final int CLEAR_EXTERNAL_DATA = 31;
    public static final int GET_REMAIN_DATA_BUFFER_SIZE = 32;
    public static final int GET_AUDIO_IS_MAIN_SPEAKER = 33;
    public static final int SET_VOICEPRINT_VECTOR = 34;
    public static final int GET_VOICEPRINT_VECTOR = 35;
    public static final int SET_AUDIO_DELAY_INFO = 37;
    public static final int ENABLE_LOCAL_VIDEO = 38;
    public static final int GET_NEED_TEST_CYCLE_ROUND = 39;
    public static final int GET_SDK_VERSION = 40;
    public static final int JOIN_CHANNEL_V3 = 41;
    public static final int GET_AIVAD_INFO = 42;
    public static final int DIAL = 43;
    public static final int DIAL_UPDATE = 44;
    public static final int HANGUP = 45;
    public static final int ENCRYPT_DELAY_INFO = 46;
    public static final int SET_AUDIO_DELAY_INFO_V2 = 47;
    public static final int PRELOAD_AUDIO_EFFECT = 48;
    public static final int UNLOAD_AUDIO_EFFECT = 49;
    public static final int PLAY_AUDIO_EFFECT = 50;
    public static final int STOP_AUDIO_EFFECT = 51;
    public static final int STOP_ALL_AUDIO_EFFECTS = 52;
    public static final int SET_AUDIO_EFFECT_PUBLISH_VOLUME = 53;
    public static final int GET_AUDIO_EFFECT_PUBLISH_VOLUME = 54;
    public static final int SET_AUDIO_EFFECT_PLAYOUT_VOLUME = 55;
    public static final int GET_AUDIO_EFFECT_PLAYOUT_VOLUME = 56;
    public static final int SET_ALL_AUDIO_EFFECTS_PLAYOUT_VOLUME = 57;
    public static final int SET_ALL_AUDIO_EFFECTS_PUBLISH_VOLUME = 58;
    public static final int PAUSE_AUDIO_EFFECT = 59;
    public static final int PAUSE_ALL_AUDIO_EFFECTS = 60;
    public static final int RESUME_AUDIO_EFFECT = 61;
    public static final int RESUME_ALL_AUDIO_EFFECTS = 62;
    public static final int PICKUP_INCOMING_CALL = 63;
    public static final int CONNECT_INCOMING_CALL = 64;
    public static final int DIS_CONNECT_INCOMING_CALL = 65;
    public static final int ENABLE_AUDIO_FRAME_OBSERVER = 66;

    private CommandId() {}

    /** The vendor constant name of an id, or {@code "UNKNOWN(id)"}. */
    public static String name(int id) {
        return switch (id) {
            case 1 -> "CREATE_RTC_ENGINE";
            case 2 -> "JOIN_CHANNEL";
            case 3 -> "PUSH_VIDEO_FRAME";
            case 4 -> "PUSH_AUDIO_FRAME";
            case 5 -> "SET_CLIENT_ROLE";
            case 6 -> "LEAVE_CHANNEL";
            case 7 -> "SET_EXTERNAL_VIDEO_SOURCE";
            case 8 -> "SET_EXTERNAL_AUDIO_SOURCE";
            case 9 -> "PUBLISH_LOCAL_DUAL_STREAM";
            case 10 -> "PUBLISH_LOCAL_VIDEO_STREAM";
            case 11 -> "PUBLISH_LOCAL_AUDIO_STREAM";
            case 12 -> "PUBLISH_SCREEN_SHARE_STREAM";
            case 13 -> "SET_VIDEO_ENCODER_CONFIGURATION";
            case 14 -> "SET_SCREEN_SHARE_ENCODER_CONFIGURATION";
            case 15 -> "SEND_MEDIA_EXTENSION_MSG";
            case 16 -> "SUBSCRIBE_REMOTE_AUDIO_STREAM";
            case 17 -> "SUBSCRIBE_REMOTE_VIDEO_STREAM";
            case 18 -> "SET_REMOTE_VIDEO_STREAM_TYPE";
            case 19 -> "MUTE_LOCAL_CAMERA";
            case 20 -> "MUTE_LOCAL_MIC";
            case 21 -> "SET_PARAMETER";
            case 22 -> "SEND_DATA_CHANNEL_MSG";
            case 23 -> "DESTROY_ENGINE";
            case 24 -> "JOIN_CHANNEL_V2";
            case 25 -> "SET_VIDEO_CALLBACK_PERIOD";
            case 26 -> "SET_AUDIO_PROFILE";
            case 27 -> "SET_REMOTE_DEFAULT_VIDEO_STREAM_TYPE";
            case 28 -> "SET_PERIOD_FOR_CHECK_PEOPLE";
            case 29 -> "LEAVE_ONCE_NO_STREAMER";
            case 30 -> "SET_EXTERNAL_AUDIO_PUBLISH_VOLUME";
            case 31 -> "CLEAR_EXTERNAL_DATA";
            case 32 -> "GET_REMAIN_DATA_BUFFER_SIZE";
            case 33 -> "GET_AUDIO_IS_MAIN_SPEAKER";
            case 34 -> "SET_VOICEPRINT_VECTOR";
            case 35 -> "GET_VOICEPRINT_VECTOR";
            case 37 -> "SET_AUDIO_DELAY_INFO";
            case 38 -> "ENABLE_LOCAL_VIDEO";
            case 39 -> "GET_NEED_TEST_CYCLE_ROUND";
            case 40 -> "GET_SDK_VERSION";
            case 41 -> "JOIN_CHANNEL_V3";
            case 42 -> "GET_AIVAD_INFO";
            case 43 -> "DIAL";
            case 44 -> "DIAL_UPDATE";
            case 45 -> "HANGUP";
            case 46 -> "ENCRYPT_DELAY_INFO";
            case 47 -> "SET_AUDIO_DELAY_INFO_V2";
            case 48 -> "PRELOAD_AUDIO_EFFECT";
            case 49 -> "UNLOAD_AUDIO_EFFECT";
            case 50 -> "PLAY_AUDIO_EFFECT";
            case 51 -> "STOP_AUDIO_EFFECT";
            case 52 -> "STOP_ALL_AUDIO_EFFECTS";
            case 53 -> "SET_AUDIO_EFFECT_PUBLISH_VOLUME";
            case 54 -> "GET_AUDIO_EFFECT_PUBLISH_VOLUME";
            case 55 -> "SET_AUDIO_EFFECT_PLAYOUT_VOLUME";
            case 56 -> "GET_AUDIO_EFFECT_PLAYOUT_VOLUME";
            case 57 -> "SET_ALL_AUDIO_EFFECTS_PLAYOUT_VOLUME";
            case 58 -> "SET_ALL_AUDIO_EFFECTS_PUBLISH_VOLUME";
            case 59 -> "PAUSE_AUDIO_EFFECT";
            case 60 -> "PAUSE_ALL_AUDIO_EFFECTS";
            case 61 -> "RESUME_AUDIO_EFFECT";
            case 62 -> "RESUME_ALL_AUDIO_EFFECTS";
            case 63 -> "PICKUP_INCOMING_CALL";
            case 64 -> "CONNECT_INCOMING_CALL";
            case 65 -> "DIS_CONNECT_INCOMING_CALL";
            case 66 -> "ENABLE_AUDIO_FRAME_OBSERVER";
            default -> "UNKNOWN(" + id + ")";
        };
    }

    /** Whether the id is one the protocol defines. */
    public static boolean isKnown(int id) {
        return !name(id).startsWith("UNKNOWN");
    }
}
