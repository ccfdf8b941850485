package org.alirtc.sdk.ipc;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.MvInfo;
import org.alirtc.sdk.model.VideoExternalEncoderParameter;
import org.alirtc.sdk.model.VideoFrame;

import static org.alirtc.sdk.ipc.CallbackFields.bool;
import static org.alirtc.sdk.ipc.CallbackFields.i;
import static org.alirtc.sdk.ipc.CallbackFields.plain;
import static org.alirtc.sdk.ipc.CallbackFields.requireId;
import static org.alirtc.sdk.ipc.CallbackFields.str;

/** Callbacks that carry media or are about pushing it: PCM, AAC, video, SEI, data channel and push buffers. */
public sealed interface MediaCallback extends Callback {

    /** 1022: 10 ms of PCM from one remote user. */
    record UserAudioFrame(String uid, AudioPcmFrame frame) implements MediaCallback {

        static UserAudioFrame decode(int id, HeaderFields h, byte[] payload) {
            return new UserAudioFrame(h.str(WireKeys.UID), pcm(h, h.i(WireKeys.STREAM_INDEX), payload));
        }

        @Override
        public int id() {
            return CallbackId.ON_SUBSCRIBE_AUDIO_FRAME;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.TYPE, frame.type());
            h.put(WireKeys.FRAME_MS, frame.frameMs());
            h.put(WireKeys.SAMPLE_RATES, frame.sampleRate());
            h.put(WireKeys.SAMPLES, frame.samples());
            h.put(WireKeys.CHANNELS, frame.channels());
            h.put(WireKeys.SAMPLE_BITS, frame.sampleBits());
            h.put(WireKeys.STREAM_INDEX, frame.streamIndex());
            h.put(WireKeys.FRAME_SIZE, frame.data().length);
            return Message.callback(h, frame.data());
        }
    }

    /**
     * 1023 the mix of what the user hears, 1069 what it publishes, or 1070 both: 10 ms of PCM without a uid or a
     * stream index (the frame's stream index is not sent and reads back as 0).
     *
     * <p>The header is the same for every frame of one shape, so it is built once and shared: shared headers are
     * never modified after they are built, which makes sharing them between writer threads safe.
     */
    record AudioFrame(int id, AudioPcmFrame frame) implements MediaCallback {

        /** Enough for every rate, channel count and frame length a session uses; odd shapes beyond it are not kept. */
        private static final int MAX_SHARED_HEADERS = 256;

        private static final Map<PcmShape, ObjectNode> SHARED_HEADERS = new ConcurrentHashMap<>();

        public AudioFrame {
            requireId(
                    id,
                    CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME,
                    CallbackId.ON_PUBLISH_AUDIO_FRAME,
                    CallbackId.ON_MIXED_ALL_AUDIO_FRAME);
        }

        static AudioFrame decode(int id, HeaderFields h, byte[] payload) {
            return new AudioFrame(id, pcm(h, 0, payload));
        }

        @Override
        public Message encode() {
            PcmShape shape = new PcmShape(
                    id,
                    frame.type(),
                    frame.frameMs(),
                    frame.sampleRate(),
                    frame.samples(),
                    frame.channels(),
                    frame.sampleBits(),
                    frame.data().length);
            ObjectNode h = SHARED_HEADERS.get(shape);
            if (h == null) {
                h = shape.header();
                if (SHARED_HEADERS.size() < MAX_SHARED_HEADERS) {
                    SHARED_HEADERS.putIfAbsent(shape, h);
                }
            }
            return Message.callback(h, frame.data());
        }

        private record PcmShape(
                int id,
                int type,
                int frameMs,
                int sampleRate,
                int samples,
                int channels,
                int sampleBits,
                int frameSize) {

            ObjectNode header() {
                ObjectNode h = Message.callbackHeader(id);
                h.put(WireKeys.TYPE, type);
                h.put(WireKeys.FRAME_MS, frameMs);
                h.put(WireKeys.SAMPLE_RATES, sampleRate);
                h.put(WireKeys.SAMPLES, samples);
                h.put(WireKeys.CHANNELS, channels);
                h.put(WireKeys.SAMPLE_BITS, sampleBits);
                h.put(WireKeys.FRAME_SIZE, frameSize);
                return h;
            }
        }
    }

    /** 1026: one AAC frame from one remote user. */
    record UserAudioAac(String uid, AudioAacFrame frame) implements MediaCallback {

        static UserAudioAac decode(int id, HeaderFields h, byte[] payload) {
            return new UserAudioAac(h.str(WireKeys.UID), aac(h, payload));
        }

        @Override
        public int id() {
            return CallbackId.ON_SUBSCRIBE_AUDIO_AAC;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.UID, uid);
            return aac(h, frame);
        }
    }

    /** 1027: one AAC frame of the mix of what the user hears. */
    record MixedAudioAac(AudioAacFrame frame) implements MediaCallback {

        static MixedAudioAac decode(int id, HeaderFields h, byte[] payload) {
            return new MixedAudioAac(aac(h, payload));
        }

        @Override
        public int id() {
            return CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_AAC;
        }

        @Override
        public Message encode() {
            return aac(Message.callbackHeader(id()), frame);
        }
    }

    /**
     * 1021 a decoded I420 image or 1025 an encoded one from a remote user. Only 1021 carries qp, motion vectors and
     * slice type; they read back as 0 and empty for 1025.
     */
    record RemoteVideoFrame(int id, String uid, VideoFrame frame) implements MediaCallback {

        public RemoteVideoFrame {
            requireId(id, CallbackId.ON_REMOTE_VIDEO_SAMPLE, CallbackId.ON_REMOTE_VIDEO_ENCODED_SAMPLE);
        }

        /** The payload is exactly frame_size bytes (the reader sizes it), so no stride or trimming is needed. */
        static RemoteVideoFrame decode(int id, HeaderFields h, byte[] payload) {
            return new RemoteVideoFrame(
                    id,
                    h.str(WireKeys.UID),
                    new VideoFrame(
                            h.i(WireKeys.TRACK),
                            h.i(WireKeys.TYPE),
                            h.lng(WireKeys.FRAME_MS),
                            h.i(WireKeys.WIDTH),
                            h.i(WireKeys.HEIGHT),
                            h.i(WireKeys.FRAME_NUM),
                            h.i(WireKeys.QP),
                            h.mvInfos(WireKeys.MV_INFOS),
                            h.i(WireKeys.SLICE_TYPE),
                            payload));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id);
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.TRACK, frame.track());
            h.put(WireKeys.TYPE, frame.type());
            h.put(WireKeys.FRAME_MS, frame.frameMs());
            h.put(WireKeys.WIDTH, frame.width());
            h.put(WireKeys.HEIGHT, frame.height());
            h.put(WireKeys.FRAME_NUM, frame.frameNum());
            h.put(WireKeys.FRAME_SIZE, frame.data().length);
            if (id == CallbackId.ON_REMOTE_VIDEO_SAMPLE) {
                h.put(WireKeys.QP, frame.qp());
                ArrayNode mv = h.putArray(WireKeys.MV_INFOS);
                for (MvInfo info : frame.mvInfos()) {
                    mv.addArray().add(info.first()).add(info.second());
                }
                h.put(WireKeys.SLICE_TYPE, frame.sliceType());
            }
            return Message.callback(h, frame.data());
        }
    }

    /** 1019: an SEI message from a remote user. */
    record MediaExtensionMessage(String userId, byte[] payload) implements MediaCallback {

        static MediaExtensionMessage decode(int id, HeaderFields h, byte[] payload) {
            return new MediaExtensionMessage(h.str(WireKeys.USERID), payload);
        }

        @Override
        public int id() {
            return CallbackId.ON_MEDIA_EXTENSION_MSG;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.USERID, userId);
            h.put(WireKeys.SIZE, payload.length);
            return Message.callback(h, payload);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MediaExtensionMessage that
                    && userId.equals(that.userId)
                    && Arrays.equals(payload, that.payload);
        }

        @Override
        public int hashCode() {
            return 31 * userId.hashCode() + Arrays.hashCode(payload);
        }

        @Override
        public String toString() {
            return "MediaExtensionMessage[userId=" + userId + ", payload=" + payload.length + " bytes]";
        }
    }

    /** 1020: a data channel message from a remote user. */
    record DataChannelReceived(String uid, DataChannelMessage message) implements MediaCallback {

        static DataChannelReceived decode(int id, HeaderFields h, byte[] payload) {
            return new DataChannelReceived(
                    h.str(WireKeys.UID),
                    new DataChannelMessage(
                            h.i(WireKeys.TYPE), h.lng(WireKeys.NETWORK_TIME), h.lng(WireKeys.PROGRESS), payload));
        }

        @Override
        public int id() {
            return CallbackId.ON_DATA_CHANNEL_MSG;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.NETWORK_TIME, message.networkTime());
            h.put(WireKeys.PROGRESS, message.progress());
            h.put(WireKeys.TYPE, message.type());
            h.put(WireKeys.DATA_LEN, message.data().length);
            return Message.callback(h, message.data());
        }
    }

    /** 1024 audio or 1028 video: the core's push buffer is full ({@code true}) or has room again. */
    record PushBufferFull(int id, boolean full) implements MediaCallback {

        public PushBufferFull {
            requireId(id, CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL, CallbackId.ON_PUSH_VIDEO_FRAME_BUFFER_FULL);
        }

        static PushBufferFull decode(Message m) {
            return new PushBufferFull(m.id(), bool(m.header(), WireKeys.SUCCESS));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id);
            h.put(WireKeys.SUCCESS, full);
            return plain(h);
        }
    }

    /** 1042 begin or 1043 end of a pushed audio frame; the vendor only logs these. */
    record PushAudioFrameMark(int id, String frameId) implements MediaCallback {

        public PushAudioFrameMark {
            requireId(id, CallbackId.ON_PUSH_AUDIO_FRAME_BEGIN, CallbackId.ON_PUSH_AUDIO_FRAME_END);
        }

        static PushAudioFrameMark decode(Message m) {
            return new PushAudioFrameMark(m.id(), str(m.header(), WireKeys.FRAME_ID));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id);
            h.put(WireKeys.FRAME_ID, frameId);
            return plain(h);
        }
    }

    /** 1044 begin or 1045 end of a pushed audio sentence. */
    record PushAudioSentenceMark(int id, int sentenceId, int sequenceId) implements MediaCallback {

        public PushAudioSentenceMark {
            requireId(id, CallbackId.ON_PUSH_AUDIO_FRAME_BEGIN_EXT, CallbackId.ON_PUSH_AUDIO_FRAME_END_EXT);
        }

        static PushAudioSentenceMark decode(Message m) {
            ObjectNode h = m.header();
            return new PushAudioSentenceMark(m.id(), i(h, WireKeys.SENTENCE_ID), i(h, WireKeys.SEQUENCE_ID));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id);
            h.put(WireKeys.SENTENCE_ID, sentenceId);
            h.put(WireKeys.SEQUENCE_ID, sequenceId);
            return plain(h);
        }
    }

    /** 1029: what the core's push buffers hold, audio in ms and video in frames (answer to command 32). */
    record RemainingBuffer(int audioBufferSize, int videoBufferSize) implements MediaCallback {

        static RemainingBuffer decode(Message m) {
            ObjectNode h = m.header();
            return new RemainingBuffer(i(h, WireKeys.AUDIO_BUFFER_SIZE), i(h, WireKeys.VIDEO_BUFFER_SIZE));
        }

        @Override
        public int id() {
            return CallbackId.ON_GET_REMAIN_DATA_BUFFER_SIZE;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.AUDIO_BUFFER_SIZE, audioBufferSize);
            h.put(WireKeys.VIDEO_BUFFER_SIZE, videoBufferSize);
            return plain(h);
        }
    }

    /** 1060: the core asks an external video encoder for these settings. */
    record VideoEncoderParameterRequest(int videoTrack, VideoExternalEncoderParameter parameter)
            implements MediaCallback {

        static VideoEncoderParameterRequest decode(Message m) {
            ObjectNode h = m.header();
            return new VideoEncoderParameterRequest(
                    i(h, WireKeys.VIDEO_TRACK),
                    new VideoExternalEncoderParameter(
                            i(h, WireKeys.WIDTH),
                            i(h, WireKeys.HEIGHT),
                            i(h, WireKeys.FRAME_RATE),
                            i(h, WireKeys.BITRATE_BPS)));
        }

        @Override
        public int id() {
            return CallbackId.ON_REQUEST_VIDEO_EXTERNAL_ENCODER_PARAMETER;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.VIDEO_TRACK, videoTrack);
            h.put(WireKeys.WIDTH, parameter.width());
            h.put(WireKeys.HEIGHT, parameter.height());
            h.put(WireKeys.FRAME_RATE, parameter.frameRate());
            h.put(WireKeys.BITRATE_BPS, parameter.bitrateBps());
            return plain(h);
        }
    }

    /** 1061: the core asks an external video encoder for a frame, or to drop one. */
    record VideoEncoderFrameRequest(int videoTrack, int frameType, boolean dropFrame) implements MediaCallback {

        static VideoEncoderFrameRequest decode(Message m) {
            ObjectNode h = m.header();
            return new VideoEncoderFrameRequest(
                    i(h, WireKeys.VIDEO_TRACK), i(h, WireKeys.FRAME_TYPE), bool(h, WireKeys.DROP_FRAME));
        }

        @Override
        public int id() {
            return CallbackId.ON_REQUEST_VIDEO_EXTERNAL_ENCODER_FRAME;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.VIDEO_TRACK, videoTrack);
            h.put(WireKeys.FRAME_TYPE, frameType);
            h.put(WireKeys.DROP_FRAME, dropFrame);
            return plain(h);
        }
    }

    private static AudioAacFrame aac(HeaderFields h, byte[] payload) {
        return new AudioAacFrame(
                h.i(WireKeys.TYPE),
                h.i(WireKeys.FRAME_MS),
                h.i(WireKeys.SAMPLE_RATES),
                h.i(WireKeys.CHANNELS),
                payload);
    }

    private static Message aac(ObjectNode h, AudioAacFrame frame) {
        h.put(WireKeys.TYPE, frame.type());
        h.put(WireKeys.FRAME_MS, frame.frameMs());
        h.put(WireKeys.SAMPLE_RATES, frame.sampleRate());
        h.put(WireKeys.CHANNELS, frame.channels());
        h.put(WireKeys.BUF_SIZE, frame.data().length);
        return Message.callback(h, frame.data());
    }

    /** The PCM frame a 1022, 1023, 1069 or 1070 header describes; only 1022 carries a stream index. */
    private static AudioPcmFrame pcm(HeaderFields h, int streamIndex, byte[] payload) {
        return new AudioPcmFrame(
                h.i(WireKeys.TYPE),
                h.i(WireKeys.FRAME_MS),
                h.i(WireKeys.SAMPLE_RATES),
                h.i(WireKeys.SAMPLES),
                h.i(WireKeys.CHANNELS),
                h.i(WireKeys.SAMPLE_BITS),
                streamIndex,
                payload);
    }
}
