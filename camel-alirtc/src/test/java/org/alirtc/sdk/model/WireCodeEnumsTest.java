package org.alirtc.sdk.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireCodeEnumsTest {

    private static final List<Class<? extends WireCode>> ALL = List.of(
            ErrorCode.class,
            WarningCode.class,
            ChannelProfile.class,
            PublishMode.class,
            SubscribeMode.class,
            PublishAvsyncMode.class,
            AudioQualityMode.class,
            AudioSceneMode.class,
            VideoTrack.class,
            AudioTrack.class,
            VideoProfile.class,
            FrameRate.class,
            OrientationMode.class,
            EncodedFrameType.class,
            MirrorMode.class,
            RotationMode.class,
            VideoSource.class,
            RenderMode.class,
            VideoDataFormat.class,
            VideoBufferType.class,
            VideoTrackType.class,
            VideoFormat.class,
            AudioFormat.class,
            VideoFrameType.class,
            AudioFrameType.class,
            AudioSource.class,
            AudioSampleRate.class,
            AudioChannels.class,
            VoiceEnvironment.class,
            AudioTranscodingCodec.class,
            VideoTranscodingCodec.class,
            ConnectionStatus.class,
            ConnectionStatusChangeReason.class,
            MediaPlayerState.class,
            MediaPlayerEvent.class,
            PublishState.class,
            SubscribeState.class,
            VideoStreamType.class,
            MuteLocalAudioMode.class,
            ClientRole.class,
            CapabilityProfile.class,
            DataMsgType.class,
            BufferDataType.class,
            LogLevel.class);

    @Test
    void everyEnumHasDistinctCodesAndFromCodeFindsEachConstant() throws Exception {
        for (Class<? extends WireCode> type : ALL) {
            Set<Integer> seen = new HashSet<>();
            for (WireCode constant : type.getEnumConstants()) {
                assertTrue(seen.add(constant.code()), type.getSimpleName() + " repeats code " + constant.code());
                Object found = type.getMethod("fromCode", int.class).invoke(null, constant.code());
                assertEquals(Optional.of(constant), found, type.getSimpleName());
            }
            assertEquals(
                    Optional.empty(),
                    type.getMethod("fromCode", int.class).invoke(null, 123_456_789),
                    type.getSimpleName());
        }
    }

    @Test
    void codesAreTheVendorValues() {
        assertEquals(33620485, ErrorCode.JOIN_BAD_TOKEN.code());
        assertEquals(0x0102020C, ErrorCode.NETWORK_TIMEOUT.code());
        assertEquals(0x01010406, ErrorCode.PUBLISH_NOT_JOIN_CHANNEL.code());
        assertEquals(0x01060106, ErrorCode.AUDIO_BUFFER_FULL.code());
        assertEquals(-1, ErrorCode.FATAL.code());
        assertEquals(0, ErrorCode.OK.code());
        assertEquals(-1, WarningCode.DEFAULT.code());
        assertEquals(2, ChannelProfile.INTERACTIVE_WITH_LOW_LATENCY_LIVE.code());
        assertEquals(3, SubscribeMode.CAMERA_AUTO_AND_ONLY.code());
        assertEquals(3, LogLevel.INFO.code());
        assertEquals(0x13, AudioQualityMode.STEREO_SUPER_HIGH.code());
        assertEquals(0x500, AudioSceneMode.KTV.code());
        assertEquals(-1, VideoTrack.END.code());
        assertEquals(-1, AudioTrack.END.code());
        assertEquals(Optional.of(VideoTrack.END), VideoTrack.fromCode((int) 0xffffffffL));
        assertEquals(29, VideoProfile.P90_160P_15.code());
        assertEquals(30, VideoProfile.ADAPTIVE_RESOLUTION.code());
        assertEquals(60, FrameRate.FPS_60.code());
        assertEquals(-1, RotationMode.NO_CHANGE.code());
        assertEquals(270, RotationMode.ROTATION_270.code());
        assertEquals(-1, VideoDataFormat.UNKNOWN.code());
        assertEquals(1, VideoDataFormat.I420.code());
        assertEquals(3, VideoTrackType.SCREENSHARE.code());
        assertEquals(2, AudioFormat.PCM_BEFORE_MIXING.code());
        assertEquals(0, VideoFrameType.YUV_I420.code());
        assertEquals(1, VideoFrameType.H264_NALU.code());
        assertEquals(2, AudioSource.PUB.code());
        assertEquals(4, AudioSource.MIXED_ALL.code());
        assertEquals(-1, VoiceEnvironment.NO_RESULT.code());
        assertEquals(7, ConnectionStatusChangeReason.SIGNALING_GSLB_SUCCESS.code());
        assertEquals(12, ConnectionStatusChangeReason.NETWORK_INTERRUPTED.code());
        assertEquals(900, MediaPlayerEvent.ERROR_OCCURRED.code());
        assertEquals(3, PublishState.PUBLISHED.code());
        assertEquals(1, ClientRole.LIVE.code());
        assertEquals(2, CapabilityProfile.AI_ROBOT.code());
        assertEquals(2, DataMsgType.CUSTOM.code());
        assertEquals(2, BufferDataType.BOTH_AUDIO_AND_VIDEO.code());
    }

    @Test
    void sampleRateCodesAreIndexesNotHertz() {
        assertEquals(6, AudioSampleRate.HZ_48000.code());
        assertEquals(48000, AudioSampleRate.HZ_48000.hz());
        assertEquals(7, AudioSampleRate.HZ_12000.code());
        assertEquals(Optional.of(AudioSampleRate.HZ_16000), AudioSampleRate.fromHz(16000));
        assertEquals(Optional.of(AudioSampleRate.HZ_16000), AudioSampleRate.fromCode(2));
        assertEquals(Optional.of(AudioSampleRate.UNKNOWN), AudioSampleRate.fromCode(100));
        assertEquals(Optional.empty(), AudioSampleRate.fromHz(0));
        assertEquals(Optional.empty(), AudioSampleRate.fromHz(96000));
    }

    @Test
    void errorCodesDescribeThemselvesWithVendorNames() {
        assertEquals("ERR_JOIN_BAD_TOKEN (0x02010205): token does not exist", ErrorCode.describe(0x02010205));
        assertEquals("ERR_Publish_NOT_JOIN_CHANNEL", ErrorCode.PUBLISH_NOT_JOIN_CHANNEL.vendorName());
        assertEquals("ERR_NETWORK_TIMEOUT (0x0102020C): connection timed out", ErrorCode.describe(16908812));
        assertEquals("ERR_FATAL (-1): SDK fatal error", ErrorCode.describe(-1));
        assertEquals("unknown error code 0x01020399 (16909209)", ErrorCode.describe(0x01020399));
        assertEquals("unknown error code 0xFFFFFFFB (-5)", ErrorCode.describe(-5));
    }
}
