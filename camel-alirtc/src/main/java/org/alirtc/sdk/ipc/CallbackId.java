package org.alirtc.sdk.ipc;

/**
 * Callback ids (core service to client), carried under the JSON key {@code "Request"}. Ids 1002, 1003 and
 * 1037 are reserved by the vendor and unused.
 */
public final class CallbackId {

    public static final int ON_JOIN_CHANNEL = 1001;
    public static final int ON_LEAVE_CHANNEL = 1004;
    public static final int ON_REMOTE_USER_ONLINE_NOTIFY = 1005;
    public static final int ON_REMOTE_USER_OFFLINE_NOTIFY = 1006;
    public static final int ON_REMOTE_TRACK_AVAILABLE_NOTIFY = 1007;
    public static final int ON_AUDIO_SUBSCRIBE_STATE_CHANGED = 1008;
    public static final int ON_VIDEO_SUBSCRIBE_STATE_CHANGED = 1009;
    public static final int ON_SUBSCRIBE_STREAM_TYPE_CHANGED = 1010;
    public static final int ON_SCREEN_SHARE_SUBSCRIBE_STATE_CHANGED = 1011;
    public static final int ON_SCREEN_SHARE_PUBLISH_STATE_CHANGED = 1012;
    public static final int ON_DUAL_STREAM_PUBLISH_STATE_CHANGED = 1013;
    public static final int ON_VIDEO_PUBLISH_STATE_CHANGED = 1014;
    public static final int ON_AUDIO_PUBLISH_STATE_CHANGED = 1015;
    public static final int ON_UPDATE_ROLE_NOTIFY = 1016;
    public static final int ON_ERROR = 1017;
    public static final int ON_WARNING = 1018;
    public static final int ON_MEDIA_EXTENSION_MSG = 1019;
    public static final int ON_DATA_CHANNEL_MSG = 1020;
    public static final int ON_REMOTE_VIDEO_SAMPLE = 1021;
    public static final int ON_SUBSCRIBE_AUDIO_FRAME = 1022;
    public static final int ON_SUBSCRIBE_MIXED_AUDIO_FRAME = 1023;
    public static final int ON_PUSH_AUDIO_FRAME_BUFFER_FULL = 1024;
    public static final int ON_REMOTE_VIDEO_ENCODED_SAMPLE = 1025;
    public static final int ON_SUBSCRIBE_AUDIO_AAC = 1026;
    public static final int ON_SUBSCRIBE_MIXED_AUDIO_AAC = 1027;
    public static final int ON_PUSH_VIDEO_FRAME_BUFFER_FULL = 1028;
    public static final int ON_GET_REMAIN_DATA_BUFFER_SIZE = 1029;
    public static final int ON_CONNECTION_STATUS_CHANGE = 1030;
    public static final int ON_GREET_READY = 1031;
    public static final int ON_AUDIO_DUMP_PATH_SET = 1032;
    public static final int ON_GET_AUDIO_IS_MAIN_SPEAKER = 1033;
    public static final int ON_REMOTE_DEVICE_ID = 1034;
    public static final int ON_VOICEPRINT_VECTOR = 1035;
    public static final int ON_REMOTE_SENTENCE_STATE = 1036;
    public static final int ON_LOCAL_SENTENCE_STATE = 1038;
    public static final int ON_TEST_CYCLE_ROUND = 1039;
    public static final int ON_GET_SDK_VERSION = 1040;
    public static final int ON_GET_AIVAD_INFO = 1041;
    public static final int ON_PUSH_AUDIO_FRAME_BEGIN = 1042;
    public static final int ON_PUSH_AUDIO_FRAME_END = 1043;
    public static final int ON_PUSH_AUDIO_FRAME_BEGIN_EXT = 1044;
    public static final int ON_PUSH_AUDIO_FRAME_END_EXT = 1045;
    public static final int ON_REMOTE_HANGUP = 1046;
    public static final int ON_HANGUP_RESULT = 1047;
    public static final int ON_VOIP_QUALITY = 1048;
    public static final int ON_DIAL_RESULT = 1049;
    public static final int ON_DIAL_UPDATE_RESULT = 1050;
    public static final int ON_ENCRYPTION_DELAY_INFO = 1051;
    public static final int ON_DIAL_STATE_CHANGE = 1052;
    public static final int ON_AUDIO_EFFECT_FINISHED = 1053;
    public static final int ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME = 1054;
    public static final int ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME = 1055;
    public static final int ON_PICKUP_INCOMING_CALL = 1056;
    public static final int ON_CONNECT_INCOMING_CALL_RESULT = 1057;
    public static final int ON_DIS_CONNECT_INCOMING_CALL_RESULT = 1058;
    public static final int ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL = 1059;
    public static final int ON_REQUEST_VIDEO_EXTERNAL_ENCODER_PARAMETER = 1060;
    public static final int ON_REQUEST_VIDEO_EXTERNAL_ENCODER_FRAME = 1061;
    public static final int ON_STATS = 1062;
    public static final int ON_LOCAL_VIDEO_STATS = 1063;
    public static final int ON_REMOTE_VIDEO_STATS = 1064;
    public static final int ON_LOCAL_AUDIO_STATS = 1065;
    public static final int ON_REMOTE_AUDIO_STATS = 1066;
    public static final int ON_PROFILE_STATS = 1067;
    public static final int ON_VOIP_TELEPHONE_EVENT = 1068;
    public static final int ON_PUBLISH_AUDIO_FRAME = 1069;
    public static final int ON_MIXED_ALL_AUDIO_FRAME = 1070;
    public static final int ON_FIRST_AUDIO_PACKET_RECEIVED = 1071;

    private CallbackId() {}

    /** The vendor constant name of an id, or {@code "UNKNOWN(id)"}. */
    public static String name(int id) {
        return switch (id) {
            case 1001 -> "ON_JOIN_CHANNEL";
            case 1004 -> "ON_LEAVE_CHANNEL";
            case 1005 -> "ON_REMOTE_USER_ONLINE_NOTIFY";
            case 1006 -> "ON_REMOTE_USER_OFFLINE_NOTIFY";
            case 1007 -> "ON_REMOTE_TRACK_AVAILABLE_NOTIFY";
            case 1008 -> "ON_AUDIO_SUBSCRIBE_STATE_CHANGED";
            case 1009 -> "ON_VIDEO_SUBSCRIBE_STATE_CHANGED";
            case 1010 -> "ON_SUBSCRIBE_STREAM_TYPE_CHANGED";
            case 1011 -> "ON_SCREEN_SHARE_SUBSCRIBE_STATE_CHANGED";
            case 1012 -> "ON_SCREEN_SHARE_PUBLISH_STATE_CHANGED";
            case 1013 -> "ON_DUAL_STREAM_PUBLISH_STATE_CHANGED";
            case 1014 -> "ON_VIDEO_PUBLISH_STATE_CHANGED";
            case 1015 -> "ON_AUDIO_PUBLISH_STATE_CHANGED";
            case 1016 -> "ON_UPDATE_ROLE_NOTIFY";
            case 1017 -> "ON_ERROR";
            case 1018 -> "ON_WARNING";
            case 1019 -> "ON_MEDIA_EXTENSION_MSG";
            case 1020 -> "ON_DATA_CHANNEL_MSG";
            case 1021 -> "ON_REMOTE_VIDEO_SAMPLE";
            case 1022 -> "ON_SUBSCRIBE_AUDIO_FRAME";
            case 1023 -> "ON_SUBSCRIBE_MIXED_AUDIO_FRAME";
            case 1024 -> "ON_PUSH_AUDIO_FRAME_BUFFER_FULL";
            case 1025 -> "ON_REMOTE_VIDEO_ENCODED_SAMPLE";
            case 1026 -> "ON_SUBSCRIBE_AUDIO_AAC";
            case 1027 -> "ON_SUBSCRIBE_MIXED_AUDIO_AAC";
            case 1028 -> "ON_PUSH_VIDEO_FRAME_BUFFER_FULL";
            case 1029 -> "ON_GET_REMAIN_DATA_BUFFER_SIZE";
            case 1030 -> "ON_CONNECTION_STATUS_CHANGE";
            case 1031 -> "ON_GREET_READY";
            case 1032 -> "ON_AUDIO_DUMP_PATH_SET";
            case 1033 -> "ON_GET_AUDIO_IS_MAIN_SPEAKER";
            case 1034 -> "ON_REMOTE_DEVICE_ID";
            case 1035 -> "ON_VOICEPRINT_VECTOR";
            case 1036 -> "ON_REMOTE_SENTENCE_STATE";
            case 1038 -> "ON_LOCAL_SENTENCE_STATE";
            case 1039 -> "ON_TEST_CYCLE_ROUND";
            case 1040 -> "ON_GET_SDK_VERSION";
            case 1041 -> "ON_GET_AIVAD_INFO";
            case 1042 -> "ON_PUSH_AUDIO_FRAME_BEGIN";
            case 1043 -> "ON_PUSH_AUDIO_FRAME_END";
            case 1044 -> "ON_PUSH_AUDIO_FRAME_BEGIN_EXT";
            case 1045 -> "ON_PUSH_AUDIO_FRAME_END_EXT";
            case 1046 -> "ON_REMOTE_HANGUP";
            case 1047 -> "ON_HANGUP_RESULT";
            case 1048 -> "ON_VOIP_QUALITY";
            case 1049 -> "ON_DIAL_RESULT";
            case 1050 -> "ON_DIAL_UPDATE_RESULT";
            case 1051 -> "ON_ENCRYPTION_DELAY_INFO";
            case 1052 -> "ON_DIAL_STATE_CHANGE";
            case 1053 -> "ON_AUDIO_EFFECT_FINISHED";
            case 1054 -> "ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME";
            case 1055 -> "ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME";
            case 1056 -> "ON_PICKUP_INCOMING_CALL";
            case 1057 -> "ON_CONNECT_INCOMING_CALL_RESULT";
            case 1058 -> "ON_DIS_CONNECT_INCOMING_CALL_RESULT";
            case 1059 -> "ON_REMOTE_USER_SUBSCRIBE_DATA_CHANNEL";
            case 1060 -> "ON_REQUEST_VIDEO_EXTERNAL_ENCODER_PARAMETER";
            case 1061 -> "ON_REQUEST_VIDEO_EXTERNAL_ENCODER_FRAME";
            case 1062 -> "ON_STATS";
            case 1063 -> "ON_LOCAL_VIDEO_STATS";
            case 1064 -> "ON_REMOTE_VIDEO_STATS";
            case 1065 -> "ON_LOCAL_AUDIO_STATS";
            case 1066 -> "ON_REMOTE_AUDIO_STATS";
            case 1067 -> "ON_PROFILE_STATS";
            case 1068 -> "ON_VOIP_TELEPHONE_EVENT";
            case 1069 -> "ON_PUBLISH_AUDIO_FRAME";
            case 1070 -> "ON_MIXED_ALL_AUDIO_FRAME";
            case 1071 -> "ON_FIRST_AUDIO_PACKET_RECEIVED";
            default -> "UNKNOWN(" + id + ")";
        };
    }

    /** Whether the id is one the protocol defines. */
    public static boolean isKnown(int id) {
        return !name(id).startsWith("UNKNOWN");
    }
}
