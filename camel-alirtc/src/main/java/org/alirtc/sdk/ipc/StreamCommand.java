package org.alirtc.sdk.ipc;

import java.util.Arrays;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.AudioFrameObserverConfig;
import org.alirtc.sdk.model.VideoTrack;

/**
 * The commands that publish, mute, configure and subscribe audio and video streams, and observe their audio
 * (protocol spec sections 3.4, 3.4b and 3.4h).
 */
public sealed interface StreamCommand extends Command {

    /** Command 9. */
    record PublishLocalDualStream(boolean enable) implements StreamCommand {

        @Override
        public Message encode() {
            return CommandFields.flag(CommandId.PUBLISH_LOCAL_DUAL_STREAM, WireKeys.ENABLE, enable);
        }

        public static PublishLocalDualStream decode(Message m) {
            return new PublishLocalDualStream(m.bool(WireKeys.ENABLE));
        }
    }

    /** Command 10. */
    record PublishLocalVideoStream(boolean enable) implements StreamCommand {

        @Override
        public Message encode() {
            return CommandFields.flag(CommandId.PUBLISH_LOCAL_VIDEO_STREAM, WireKeys.ENABLE, enable);
        }

        public static PublishLocalVideoStream decode(Message m) {
            return new PublishLocalVideoStream(m.bool(WireKeys.ENABLE));
        }
    }

    /** Command 11. */
    record PublishLocalAudioStream(boolean enable) implements StreamCommand {

        @Override
        public Message encode() {
            return CommandFields.flag(CommandId.PUBLISH_LOCAL_AUDIO_STREAM, WireKeys.ENABLE, enable);
        }

        public static PublishLocalAudioStream decode(Message m) {
            return new PublishLocalAudioStream(m.bool(WireKeys.ENABLE));
        }
    }

    /** Command 12. */
    record PublishScreenShareStream(boolean enable) implements StreamCommand {

        @Override
        public Message encode() {
            return CommandFields.flag(CommandId.PUBLISH_SCREEN_SHARE_STREAM, WireKeys.ENABLE, enable);
        }

        public static PublishScreenShareStream decode(Message m) {
            return new PublishScreenShareStream(m.bool(WireKeys.ENABLE));
        }
    }

    /** Command 38. */
    record EnableLocalVideo(boolean enable) implements StreamCommand {

        @Override
        public Message encode() {
            return CommandFields.flag(CommandId.ENABLE_LOCAL_VIDEO, WireKeys.ENABLE, enable);
        }

        public static EnableLocalVideo decode(Message m) {
            return new EnableLocalVideo(m.bool(WireKeys.ENABLE));
        }
    }

    /** Command 19. */
    record MuteLocalCamera(boolean mute) implements StreamCommand {

        @Override
        public Message encode() {
            return CommandFields.flag(CommandId.MUTE_LOCAL_CAMERA, WireKeys.MUTE, mute);
        }

        public static MuteLocalCamera decode(Message m) {
            return new MuteLocalCamera(m.bool(WireKeys.MUTE));
        }
    }

    /** Command 20. */
    record MuteLocalMic(boolean mute) implements StreamCommand {

        @Override
        public Message encode() {
            return CommandFields.flag(CommandId.MUTE_LOCAL_MIC, WireKeys.MUTE, mute);
        }

        public static MuteLocalMic decode(Message m) {
            return new MuteLocalMic(m.bool(WireKeys.MUTE));
        }
    }

    /** Command 13; the dimensions travel as a nested object. */
    record SetVideoEncoderConfiguration(
            int width,
            int height,
            int frameRate,
            int bitrate,
            int mirrorMode,
            int rotationMode,
            int orientationMode,
            int keyFrameInterval,
            int minBitrate)
            implements StreamCommand {

        @Override
        public Message encode() {
            ObjectNode h = dimensions(CommandId.SET_VIDEO_ENCODER_CONFIGURATION, width, height);
            h.put(WireKeys.FRAME_RATE, frameRate);
            h.put(WireKeys.BITRATE, bitrate);
            h.put(WireKeys.MIRROR_MODE, mirrorMode);
            h.put(WireKeys.ROTATION_MODE, rotationMode);
            h.put(WireKeys.ORIENTATION_MODE, orientationMode);
            h.put(WireKeys.KEY_FRAME_INTERVAL, keyFrameInterval);
            h.put(WireKeys.MIN_BITRATE, minBitrate);
            return Message.command(h);
        }

        public static SetVideoEncoderConfiguration decode(Message m) {
            return new SetVideoEncoderConfiguration(
                    dimension(m, WireKeys.WIDTH),
                    dimension(m, WireKeys.HEIGHT),
                    m.intValue(WireKeys.FRAME_RATE, 0),
                    m.intValue(WireKeys.BITRATE, 0),
                    m.intValue(WireKeys.MIRROR_MODE, 0),
                    m.intValue(WireKeys.ROTATION_MODE, 0),
                    m.intValue(WireKeys.ORIENTATION_MODE, 0),
                    m.intValue(WireKeys.KEY_FRAME_INTERVAL, 0),
                    m.intValue(WireKeys.MIN_BITRATE, 0));
        }
    }

    /** Command 14; the dimensions travel as a nested object. */
    record SetScreenShareEncoderConfiguration(int width, int height, int frameRate, int bitrate, int rotationMode)
            implements StreamCommand {

        @Override
        public Message encode() {
            ObjectNode h = dimensions(CommandId.SET_SCREEN_SHARE_ENCODER_CONFIGURATION, width, height);
            h.put(WireKeys.FRAME_RATE, frameRate);
            h.put(WireKeys.BITRATE, bitrate);
            h.put(WireKeys.ROTATION_MODE, rotationMode);
            return Message.command(h);
        }

        public static SetScreenShareEncoderConfiguration decode(Message m) {
            return new SetScreenShareEncoderConfiguration(
                    dimension(m, WireKeys.WIDTH),
                    dimension(m, WireKeys.HEIGHT),
                    m.intValue(WireKeys.FRAME_RATE, 0),
                    m.intValue(WireKeys.BITRATE, 0),
                    m.intValue(WireKeys.ROTATION_MODE, 0));
        }
    }

    /**
     * Command 15: a media-extension (SEI) message, its bytes the payload and {@code length} their length;
     * equality compares the bytes.
     */
    record SendMediaExtensionMsg(int repeatCount, int delayMs, boolean keyFrame, byte[] message)
            implements StreamCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SEND_MEDIA_EXTENSION_MSG);
            h.put(WireKeys.REPEAT_COUNT, repeatCount);
            h.put(WireKeys.DELAY, delayMs);
            h.put(WireKeys.IS_KEY_FRAME, keyFrame);
            h.put(WireKeys.LENGTH, message.length);
            return Message.command(h, message);
        }

        public static SendMediaExtensionMsg decode(Message m) {
            return new SendMediaExtensionMsg(
                    m.intValue(WireKeys.REPEAT_COUNT, 0),
                    m.intValue(WireKeys.DELAY, 0),
                    m.bool(WireKeys.IS_KEY_FRAME),
                    m.payload());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SendMediaExtensionMsg s
                    && s.repeatCount == repeatCount
                    && s.delayMs == delayMs
                    && s.keyFrame == keyFrame
                    && Arrays.equals(s.message, message);
        }

        @Override
        public int hashCode() {
            return (31 * repeatCount + delayMs) * 31 + Arrays.hashCode(message);
        }

        @Override
        public String toString() {
            return "SendMediaExtensionMsg[repeatCount=" + repeatCount + ", delayMs=" + delayMs + ", keyFrame="
                    + keyFrame + ", message=" + message.length + " bytes]";
        }
    }

    /** Command 16; the four observer flags are those of the vendor's AudioObserverManualConfig. */
    record SubscribeRemoteAudioStream(
            String uid, boolean subscribe, boolean denoise, boolean voiceprint, boolean asrVad, boolean bind)
            implements StreamCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SUBSCRIBE_REMOTE_AUDIO_STREAM);
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.SUB, subscribe);
            h.put(WireKeys.DENOISE, denoise);
            h.put(WireKeys.VOICEPRINT, voiceprint);
            h.put(WireKeys.ASRVAD, asrVad);
            h.put(WireKeys.BIND, bind);
            return Message.command(h);
        }

        public static SubscribeRemoteAudioStream decode(Message m) {
            return new SubscribeRemoteAudioStream(
                    m.text(WireKeys.UID),
                    m.bool(WireKeys.SUB),
                    m.bool(WireKeys.DENOISE),
                    m.bool(WireKeys.VOICEPRINT),
                    m.bool(WireKeys.ASRVAD),
                    m.bool(WireKeys.BIND));
        }
    }

    /** Command 17; a missing track reads as the camera. */
    record SubscribeRemoteVideoStream(String uid, int videoTrack, boolean subscribe) implements StreamCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SUBSCRIBE_REMOTE_VIDEO_STREAM);
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.VIDEO_TRACK, videoTrack);
            h.put(WireKeys.SUB, subscribe);
            return Message.command(h);
        }

        public static SubscribeRemoteVideoStream decode(Message m) {
            return new SubscribeRemoteVideoStream(
                    m.text(WireKeys.UID),
                    m.intValue(WireKeys.VIDEO_TRACK, VideoTrack.CAMERA.code()),
                    m.bool(WireKeys.SUB));
        }
    }

    /** Command 18, answered by callback 1010. */
    record SetRemoteVideoStreamType(String uid, int streamType) implements StreamCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SET_REMOTE_VIDEO_STREAM_TYPE);
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.STREAM_TYPE, streamType);
            return Message.command(h);
        }

        public static SetRemoteVideoStreamType decode(Message m) {
            return new SetRemoteVideoStreamType(m.text(WireKeys.UID), m.intValue(WireKeys.STREAM_TYPE, 0));
        }
    }

    /** Command 27. */
    record SetRemoteDefaultVideoStreamType(int streamType) implements StreamCommand {

        @Override
        public Message encode() {
            return CommandFields.number(
                    CommandId.SET_REMOTE_DEFAULT_VIDEO_STREAM_TYPE, WireKeys.STREAM_TYPE, streamType);
        }

        public static SetRemoteDefaultVideoStreamType decode(Message m) {
            return new SetRemoteDefaultVideoStreamType(m.intValue(WireKeys.STREAM_TYPE, 0));
        }
    }

    /** Command 25: milliseconds between delivered remote video samples. */
    record SetVideoCallbackPeriod(int period) implements StreamCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.SET_VIDEO_CALLBACK_PERIOD, WireKeys.PERIOD, period);
        }

        public static SetVideoCallbackPeriod decode(Message m) {
            return new SetVideoCallbackPeriod(m.intValue(WireKeys.PERIOD, 0));
        }
    }

    /** Command 26. */
    record SetAudioProfile(int audioProfile, int audioScene) implements StreamCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SET_AUDIO_PROFILE);
            h.put(WireKeys.AUDIO_PROFILE, audioProfile);
            h.put(WireKeys.AUDIO_SCENE, audioScene);
            return Message.command(h);
        }

        public static SetAudioProfile decode(Message m) {
            return new SetAudioProfile(m.intValue(WireKeys.AUDIO_PROFILE, 0), m.intValue(WireKeys.AUDIO_SCENE, 0));
        }
    }

    /**
     * Command 66 (the one toggle keyed {@code enabled}). The sample rate travels as the vendor's rate code, not in
     * Hz; a missing rate or channel count reads as that of {@link AudioFrameObserverConfig#defaults()}.
     */
    record EnableAudioFrameObserver(boolean enabled, int audioSource, int sampleRate, int channels)
            implements StreamCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.ENABLE_AUDIO_FRAME_OBSERVER);
            h.put(WireKeys.ENABLED, enabled);
            h.put(WireKeys.AUDIO_SOURCE, audioSource);
            h.put(WireKeys.SAMPLE_RATE, sampleRate);
            h.put(WireKeys.CHANNELS, channels);
            return Message.command(h);
        }

        public static EnableAudioFrameObserver decode(Message m) {
            AudioFrameObserverConfig d = AudioFrameObserverConfig.defaults();
            return new EnableAudioFrameObserver(
                    m.bool(WireKeys.ENABLED),
                    m.intValue(WireKeys.AUDIO_SOURCE, 0),
                    m.intValue(WireKeys.SAMPLE_RATE, d.sampleRate().code()),
                    m.intValue(WireKeys.CHANNELS, d.channels().code()));
        }
    }

    private static ObjectNode dimensions(int commandId, int width, int height) {
        ObjectNode h = Message.commandHeader(commandId);
        ObjectNode d = h.putObject(WireKeys.DIMENSIONS);
        d.put(WireKeys.WIDTH, width);
        d.put(WireKeys.HEIGHT, height);
        return h;
    }

    private static int dimension(Message m, String key) {
        return m.header().path(WireKeys.DIMENSIONS).path(key).asInt(0);
    }
}
