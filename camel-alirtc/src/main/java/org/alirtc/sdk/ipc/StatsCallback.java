package org.alirtc.sdk.ipc;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.EngineStats;
import org.alirtc.sdk.model.LocalAudioStats;
import org.alirtc.sdk.model.LocalVideoStats;
import org.alirtc.sdk.model.RemoteAudioStats;
import org.alirtc.sdk.model.RemoteVideoStats;

import static org.alirtc.sdk.ipc.CallbackFields.dbl;
import static org.alirtc.sdk.ipc.CallbackFields.i;
import static org.alirtc.sdk.ipc.CallbackFields.json;
import static org.alirtc.sdk.ipc.CallbackFields.lng;
import static org.alirtc.sdk.ipc.CallbackFields.plain;
import static org.alirtc.sdk.ipc.CallbackFields.str;

/** The periodic statistics callbacks, with the keys in the order of the spec's table. */
public sealed interface StatsCallback extends Callback {

    /** 1062: engine-wide statistics. */
    record Stats(EngineStats stats) implements StatsCallback {

        static Stats decode(Message m) {
            ObjectNode h = m.header();
            return new Stats(new EngineStats(
                    i(h, WireKeys.AVAILABLE_SEND_BITRATE),
                    i(h, WireKeys.SENT_K_BITRATE),
                    i(h, WireKeys.RCVD_K_BITRATE),
                    lng(h, WireKeys.SENT_BYTES),
                    lng(h, WireKeys.RCVD_BYTES),
                    i(h, WireKeys.VIDEO_RCVD_K_BITRATE),
                    i(h, WireKeys.VIDEO_SENT_K_BITRATE),
                    i(h, WireKeys.SYSTEM_CPU),
                    i(h, WireKeys.APP_CPU),
                    lng(h, WireKeys.CALL_DURATION),
                    i(h, WireKeys.SENT_LOSS_RATE),
                    lng(h, WireKeys.SENT_LOSS_PKTS),
                    lng(h, WireKeys.SENT_EXPECTED_PKTS),
                    i(h, WireKeys.RCVD_LOSS_RATE),
                    lng(h, WireKeys.RCVD_LOSS_PKTS),
                    lng(h, WireKeys.RCVD_EXPECTED_PKTS),
                    i(h, WireKeys.LASTMILE_DELAY)));
        }

        @Override
        public int id() {
            return CallbackId.ON_STATS;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.AVAILABLE_SEND_BITRATE, stats.availableSendBitrate());
            h.put(WireKeys.SENT_K_BITRATE, stats.sentKBitrate());
            h.put(WireKeys.RCVD_K_BITRATE, stats.rcvdKBitrate());
            h.put(WireKeys.SENT_BYTES, stats.sentBytes());
            h.put(WireKeys.RCVD_BYTES, stats.rcvdBytes());
            h.put(WireKeys.VIDEO_RCVD_K_BITRATE, stats.videoRcvdKBitrate());
            h.put(WireKeys.VIDEO_SENT_K_BITRATE, stats.videoSentKBitrate());
            h.put(WireKeys.SYSTEM_CPU, stats.systemCpu());
            h.put(WireKeys.APP_CPU, stats.appCpu());
            h.put(WireKeys.CALL_DURATION, stats.callDuration());
            h.put(WireKeys.SENT_LOSS_RATE, stats.sentLossRate());
            h.put(WireKeys.SENT_LOSS_PKTS, stats.sentLossPkts());
            h.put(WireKeys.SENT_EXPECTED_PKTS, stats.sentExpectedPkts());
            h.put(WireKeys.RCVD_LOSS_RATE, stats.rcvdLossRate());
            h.put(WireKeys.RCVD_LOSS_PKTS, stats.rcvdLossPkts());
            h.put(WireKeys.RCVD_EXPECTED_PKTS, stats.rcvdExpectedPkts());
            h.put(WireKeys.LASTMILE_DELAY, stats.lastmileDelay());
            return plain(h);
        }
    }

    /** 1063: statistics of the local video. */
    record LocalVideo(LocalVideoStats stats) implements StatsCallback {

        static LocalVideo decode(Message m) {
            ObjectNode h = m.header();
            return new LocalVideo(new LocalVideoStats(
                    i(h, WireKeys.TRACK),
                    i(h, WireKeys.TARGET_ENCODE_BITRATE),
                    i(h, WireKeys.ACTUAL_ENCODE_BITRATE),
                    i(h, WireKeys.SENT_BITRATE),
                    i(h, WireKeys.SENT_BITRATE_KBPS),
                    i(h, WireKeys.SENT_FPS),
                    i(h, WireKeys.ENCODE_FPS),
                    i(h, WireKeys.CAPTURE_FPS),
                    i(h, WireKeys.AVG_QP_PER_SEC),
                    i(h, WireKeys.RTT),
                    lng(h, WireKeys.SEND_BYTES),
                    i(h, WireKeys.RENDER_FPS)));
        }

        @Override
        public int id() {
            return CallbackId.ON_LOCAL_VIDEO_STATS;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.TRACK, stats.track());
            h.put(WireKeys.TARGET_ENCODE_BITRATE, stats.targetEncodeBitrate());
            h.put(WireKeys.ACTUAL_ENCODE_BITRATE, stats.actualEncodeBitrate());
            h.put(WireKeys.SENT_BITRATE, stats.sentBitrate());
            h.put(WireKeys.SENT_BITRATE_KBPS, stats.sentBitrateKbps());
            h.put(WireKeys.SENT_FPS, stats.sentFps());
            h.put(WireKeys.ENCODE_FPS, stats.encodeFps());
            h.put(WireKeys.CAPTURE_FPS, stats.captureFps());
            h.put(WireKeys.AVG_QP_PER_SEC, stats.avgQpPerSec());
            h.put(WireKeys.RTT, stats.rtt());
            h.put(WireKeys.SEND_BYTES, stats.sendBytes());
            h.put(WireKeys.RENDER_FPS, stats.renderFps());
            return plain(h);
        }
    }

    /** 1064: statistics of one remote user's video. */
    record RemoteVideo(RemoteVideoStats stats) implements StatsCallback {

        static RemoteVideo decode(Message m) {
            ObjectNode h = m.header();
            return new RemoteVideo(new RemoteVideoStats(
                    str(h, WireKeys.USER_ID),
                    i(h, WireKeys.TRACK),
                    i(h, WireKeys.WIDTH),
                    i(h, WireKeys.HEIGHT),
                    i(h, WireKeys.DECODE_FPS),
                    i(h, WireKeys.RENDER_FPS),
                    i(h, WireKeys.FROZEN_TIMES),
                    lng(h, WireKeys.VIDEO_TOTAL_FROZEN_TIME),
                    i(h, WireKeys.VIDEO_TOTAL_FROZEN_RATE),
                    lng(h, WireKeys.RTP_COUNT),
                    lng(h, WireKeys.RTP_LOSS),
                    i(h, WireKeys.RTT),
                    i(h, WireKeys.RECV_BITRATE),
                    i(h, WireKeys.RCVD_BITRATE_KBPS),
                    i(h, WireKeys.E2E_DELAY),
                    lng(h, WireKeys.FRAME_LOSS),
                    lng(h, WireKeys.PULL_BYTES),
                    dbl(h, WireKeys.PACKET_LOSS_RATE)));
        }

        @Override
        public int id() {
            return CallbackId.ON_REMOTE_VIDEO_STATS;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.TRACK, stats.track());
            h.put(WireKeys.USER_ID, stats.userId());
            h.put(WireKeys.WIDTH, stats.width());
            h.put(WireKeys.HEIGHT, stats.height());
            h.put(WireKeys.DECODE_FPS, stats.decodeFps());
            h.put(WireKeys.RENDER_FPS, stats.renderFps());
            h.put(WireKeys.FROZEN_TIMES, stats.frozenTimes());
            h.put(WireKeys.VIDEO_TOTAL_FROZEN_TIME, stats.videoTotalFrozenTime());
            h.put(WireKeys.VIDEO_TOTAL_FROZEN_RATE, stats.videoTotalFrozenRate());
            h.put(WireKeys.RTP_COUNT, stats.rtpCount());
            h.put(WireKeys.RTP_LOSS, stats.rtpLoss());
            h.put(WireKeys.RTT, stats.rtt());
            h.put(WireKeys.RECV_BITRATE, stats.recvBitrate());
            h.put(WireKeys.RCVD_BITRATE_KBPS, stats.rcvdBitrateKbps());
            h.put(WireKeys.E2E_DELAY, stats.e2eDelay());
            h.put(WireKeys.FRAME_LOSS, stats.frameLoss());
            h.put(WireKeys.PULL_BYTES, stats.pullBytes());
            h.put(WireKeys.PACKET_LOSS_RATE, stats.packetLossRate());
            return plain(h);
        }
    }

    /** 1065: statistics of the local audio. */
    record LocalAudio(LocalAudioStats stats) implements StatsCallback {

        static LocalAudio decode(Message m) {
            ObjectNode h = m.header();
            return new LocalAudio(new LocalAudioStats(
                    i(h, WireKeys.SCENE),
                    i(h, WireKeys.TRACK),
                    i(h, WireKeys.SENT_BITRATE),
                    i(h, WireKeys.SENT_BITRATE_KBPS),
                    i(h, WireKeys.SENT_SAMPLERATE),
                    i(h, WireKeys.NUM_CHANNEL),
                    i(h, WireKeys.INPUT_LEVEL),
                    i(h, WireKeys.RTT),
                    lng(h, WireKeys.SEND_BYTES)));
        }

        @Override
        public int id() {
            return CallbackId.ON_LOCAL_AUDIO_STATS;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.TRACK, stats.track());
            h.put(WireKeys.SCENE, stats.scene());
            h.put(WireKeys.SENT_BITRATE, stats.sentBitrate());
            h.put(WireKeys.SENT_BITRATE_KBPS, stats.sentBitrateKbps());
            h.put(WireKeys.SENT_SAMPLERATE, stats.sentSamplerate());
            h.put(WireKeys.NUM_CHANNEL, stats.numChannel());
            h.put(WireKeys.INPUT_LEVEL, stats.inputLevel());
            h.put(WireKeys.RTT, stats.rtt());
            h.put(WireKeys.SEND_BYTES, stats.sendBytes());
            return plain(h);
        }
    }

    /** 1066: statistics of one remote user's audio. */
    record RemoteAudio(RemoteAudioStats stats) implements StatsCallback {

        static RemoteAudio decode(Message m) {
            ObjectNode h = m.header();
            return new RemoteAudio(new RemoteAudioStats(
                    str(h, WireKeys.USER_ID),
                    i(h, WireKeys.TRACK),
                    i(h, WireKeys.QUALITY),
                    i(h, WireKeys.NETWORK_TRANSPORT_DELAY),
                    i(h, WireKeys.JITTER_BUFFER_DELAY),
                    dbl(h, WireKeys.AUDIO_LOSS_RATE),
                    i(h, WireKeys.RCVD_BITRATE),
                    i(h, WireKeys.RCVD_BITRATE_KBPS),
                    i(h, WireKeys.TOTAL_FROZEN_TIMES),
                    lng(h, WireKeys.AUDIO_TOTAL_FROZEN_TIME),
                    i(h, WireKeys.AUDIO_TOTAL_FROZEN_RATE),
                    i(h, WireKeys.RTT),
                    i(h, WireKeys.E2E_DELAY),
                    i(h, WireKeys.AI_E2E_DELAY),
                    lng(h, WireKeys.PULL_BYTES)));
        }

        @Override
        public int id() {
            return CallbackId.ON_REMOTE_AUDIO_STATS;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.TRACK, stats.track());
            h.put(WireKeys.USER_ID, stats.userId());
            h.put(WireKeys.QUALITY, stats.quality());
            h.put(WireKeys.NETWORK_TRANSPORT_DELAY, stats.networkTransportDelay());
            h.put(WireKeys.JITTER_BUFFER_DELAY, stats.jitterBufferDelay());
            h.put(WireKeys.AUDIO_LOSS_RATE, stats.audioLossRate());
            h.put(WireKeys.RCVD_BITRATE, stats.rcvdBitrate());
            h.put(WireKeys.RCVD_BITRATE_KBPS, stats.rcvdBitrateKbps());
            h.put(WireKeys.TOTAL_FROZEN_TIMES, stats.totalFrozenTimes());
            h.put(WireKeys.AUDIO_TOTAL_FROZEN_TIME, stats.audioTotalFrozenTime());
            h.put(WireKeys.AUDIO_TOTAL_FROZEN_RATE, stats.audioTotalFrozenRate());
            h.put(WireKeys.RTT, stats.rtt());
            h.put(WireKeys.E2E_DELAY, stats.e2eDelay());
            h.put(WireKeys.AI_E2E_DELAY, stats.ai_e2eDelay());
            h.put(WireKeys.PULL_BYTES, stats.pullBytes());
            return plain(h);
        }
    }

    /**
     * 1067: profile statistics of one type. The wire value may be a JSON object or a string; it is kept as text
     * (an object written out as JSON) and sent back as a string.
     */
    record ProfileStats(int type, String profileStatsJson) implements StatsCallback {

        static ProfileStats decode(Message m) {
            ObjectNode h = m.header();
            return new ProfileStats(i(h, WireKeys.TYPE), json(h, WireKeys.PROFILE_STATS));
        }

        @Override
        public int id() {
            return CallbackId.ON_PROFILE_STATS;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.TYPE, type);
            h.put(WireKeys.PROFILE_STATS, profileStatsJson);
            return plain(h);
        }
    }
}
