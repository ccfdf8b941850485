package org.alirtc.sdk.model;

import java.util.Optional;

/**
 * Error codes of the vendor SDK, delivered by the error callback and by failed joins.
 * <p>Vendor enum {@code ERROR_CODE}; {@link #code()} is the exact vendor value and {@link #vendorName()} the
 * vendor's constant name (including its odd spelling {@code ERR_Publish_NOT_JOIN_CHANNEL}), which is what the
 * vendor documentation and logs use. Callbacks carry the raw int because the core service may report codes this
 * enum does not know; {@link #describe(int)} turns any of them into a readable line.
 */
public enum ErrorCode implements WireCode {
    OK(0, "ERR_OK", "success"),
    JOIN_BAD_APPID(0x02010201, "ERR_JOIN_BAD_APPID", "AppId does not exist"),
    JOIN_INVALID_APPID(0x02010202, "ERR_JOIN_INVALID_APPID", "AppId has expired or is invalid"),
    JOIN_BAD_CHANNEL(0x02010204, "ERR_JOIN_BAD_CHANNEL", "channel does not exist"),
    JOIN_INVALID_CHANNEL(0x02010203, "ERR_JOIN_INVALID_CHANNEL", "channel has expired or is invalid"),
    JOIN_BAD_TOKEN(0x02010205, "ERR_JOIN_BAD_TOKEN", "token does not exist"),
    JOIN_TIMEOUT(0x01020204, "ERR_JOIN_TIMEOUT", "join timed out"),
    JOIN_BAD_PARAM(0x01030101, "ERR_JOIN_BAD_PARAM", "join parameter error"),
    JOIN_FAILED(0x01030202, "ERR_JOIN_FAILED", "join failed"),
    JOIN_CONFIG_INVALID(0x01030302, "ERR_JOIN_CONFIG_INVALID", "join configuration invalid, e.g. empty token"),
    LEAVE_UNUSUAL(0x01030303, "ERR_LEAVE_UNUSUAL", "abnormal leave, possibly kicked out of the channel"),
    NO_PEOPLE(0x01030304, "ERR_NO_PEOPLE", "channel is empty; it may not exist or the anchor stopped broadcasting"),
    AUDIO_DATA_ERROR(0x03010201, "ERR_AUDIO_DATA_ERROR", "audio data error"),
    VIDEO_DATA_ERROR(0x03010202, "ERR_VIDEO_DATA_ERROR", "video data error"),
    NETWORK_CONNECT_FAIL(0x01050201, "ERR_NETWORK_CONNECT_FAIL", "media channel setup failed"),
    NETWORK_RECONNECT_FAIL(0x01050202, "ERR_NETWORK_RECONNECT_FAIL", "media channel reconnect failed"),
    NETWORK_DISCONNECT(0x01050203, "ERR_NETWORK_DISCONNECT", "connection lost"),
    NETWORK_TIMEOUT(0x0102020C, "ERR_NETWORK_TIMEOUT", "connection timed out"),
    PUBLISH_INVALID(0x01030305, "ERR_PUBLISH_INVALID", "publish invalid"),
    PUBLISH_NOT_JOIN_CHANNEL(0x01010406, "ERR_Publish_NOT_JOIN_CHANNEL", "publish failed: not in a channel"),
    PUBLISH_AUDIO_STREAM_FAILED(0x01010450, "ERR_PUBLISH_AUDIO_STREAM_FAILED", "publishing the audio stream failed"),
    PUBLISH_VIDEO_STREAM_FAILED(0x01010451, "ERR_PUBLISH_VIDEO_STREAM_FAILED", "publishing the video stream failed"),
    PUBLISH_DUAL_STREAM_FAILED(
            0x01010452, "ERR_PUBLISH_DUAL_STREAM_FAILED", "publishing the small (dual) stream failed"),
    PUBLISH_SCREEN_SHARE_FAILED(0x01010453, "ERR_PUBLISH_SCREEN_SHARE_FAILED", "publishing the screen share failed"),
    PUBLISH_SCREEN_SHARE_CONFIG(0x01010454, "ERR_PUBLISH_SCREEN_SHARE_CONFIG", "screen share configuration error"),
    SUBSCRIBE_INVALID(0x01030404, "ERR_SUBSCRIBE_INVALID", "subscribe invalid"),
    SUBSCRIBE_NOT_JOIN_CHANNEL(0x01010550, "ERR_SUBSCRIBE_NOT_JOIN_CHANNEL", "subscribe failed: not in a channel"),
    SUBSCRIBE_AUDIO_STREAM_FAILED(
            0x01010551, "ERR_SUBSCRIBE_AUDIO_STREAM_FAILED", "subscribing the audio stream failed"),
    SUBSCRIBE_VIDEO_STREAM_FAILED(
            0x01010552, "ERR_SUBSCRIBE_VIDEO_STREAM_FAILED", "subscribing the video stream failed"),
    SUBSCRIBE_DUAL_STREAM_FAILED(
            0x01010553, "ERR_SUBSCRIBE_DUAL_STREAM_FAILED", "subscribing the small (dual) stream failed"),
    SUBSCRIBE_SCREEN_SHARE_FAILED(
            0x01010554, "ERR_SUBSCRIBE_SCREEN_SHARE_FAILED", "subscribing the screen share failed"),
    SUBSCRIBE_DUAL_AUDIO_STREAM_FAILED(
            0x01010555, "ERR_SUBSCRIBE_DUAL_AUDIO_STREAM_FAILED", "subscribing the dual-channel audio stream failed"),
    SDK_INVALID_STATE(0x01060101, "ERR_SDK_INVALID_STATE", "SDK internal state error"),
    SESSION_REMOVED(0x01060102, "ERR_SESSION_REMOVED", "session already removed"),
    INNER(0x01060103, "ERR_INNER", "SDK internal error"),
    VIDEO_TRANSFER(0x01060104, "ERR_VIDEO_TRANSFER", "video data transfer error"),
    AUDIO_TRANSFER(0x01060105, "ERR_AUDIO_TRANSFER", "audio data transfer error"),
    AUDIO_BUFFER_FULL(0x01060106, "ERR_AUDIO_BUFFER_FULL", "external audio pushed too fast, buffer full"),
    FATAL(-1, "ERR_FATAL", "SDK fatal error");

    private static final ErrorCode[] VALUES = values();

    private final int code;
    private final String vendorName;
    private final String meaning;

    ErrorCode(int code, String vendorName, String meaning) {
        this.code = code;
        this.vendorName = vendorName;
        this.meaning = meaning;
    }

    @Override
    public int code() {
        return code;
    }

    /** The vendor's constant name, e.g. {@code ERR_JOIN_BAD_TOKEN}. */
    public String vendorName() {
        return vendorName;
    }

    /** What the code means, in plain words. */
    public String meaning() {
        return meaning;
    }

    /** The constant with this vendor code, or empty for a code this version does not know. */
    public static Optional<ErrorCode> fromCode(int code) {
        return WireCode.find(VALUES, code);
    }

    /**
     * A one-line description of any error code, known or not, e.g.
     * {@code "ERR_JOIN_BAD_TOKEN (0x02010205): token does not exist"} or
     * {@code "unknown error code 0x01020399 (16909209)"}.
     */
    public static String describe(int code) {
        return fromCode(code)
                .map(known -> known.vendorName + " (" + formatCode(code) + "): " + known.meaning)
                .orElseGet(() -> "unknown error code " + hex(code) + " (" + code + ")");
    }

    // Vendor codes are bit fields (module/category/detail), so hex is how people look them up;
    // the known negative code ERR_FATAL is a plain sentinel and reads better in decimal.
    private static String formatCode(int code) {
        return code < 0 ? Integer.toString(code) : hex(code);
    }

    private static String hex(int code) {
        return String.format("0x%08X", code);
    }
}
