package org.alirtc.sdk.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueRecordsTest {

    @Test
    void joinChannelConfigDefaultsAreTheVendorDefaults() {
        JoinChannelConfig config = JoinChannelConfig.defaults();

        assertEquals(
                new JoinChannelConfig(
                        ChannelProfile.INTERACTIVE_LIVE,
                        false,
                        PublishAvsyncMode.NO_DELAY,
                        300,
                        100,
                        PublishMode.MANUALLY,
                        SubscribeMode.MANUALLY,
                        VideoFormat.H264,
                        AudioFormat.MIXED_PCM,
                        false),
                config);
    }

    @Test
    void joinChannelConfigWithersChangeOneFieldEach() {
        JoinChannelConfig demo = JoinChannelConfig.defaults()
                .withSubscribeAudioFormat(AudioFormat.PCM_BEFORE_MIXING)
                .withPublishAvsyncMode(PublishAvsyncMode.WITH_PTS)
                .withSubscribeMode(SubscribeMode.AUTOMATICALLY)
                .withPublishMode(PublishMode.AUTOMATICALLY)
                .withChannelProfile(ChannelProfile.COMMUNICATION)
                .withAudioOnly(true)
                .withMaxAudioCacheSize(0)
                .withMaxVideoCacheSize(7)
                .withSubscribeVideoFormat(VideoFormat.NONE)
                .withEnableTtsCallback(true);

        assertEquals(
                new JoinChannelConfig(
                        ChannelProfile.COMMUNICATION,
                        true,
                        PublishAvsyncMode.WITH_PTS,
                        0,
                        7,
                        PublishMode.AUTOMATICALLY,
                        SubscribeMode.AUTOMATICALLY,
                        VideoFormat.NONE,
                        AudioFormat.PCM_BEFORE_MIXING,
                        true),
                demo);
    }

    @Test
    void joinChannelConfigRejectsNegativeCachesAndNulls() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> JoinChannelConfig.defaults().withMaxAudioCacheSize(-1));
        assertEquals("maxAudioCacheSize is -1: use a value of at least 0", e.getMessage());
        IllegalArgumentException nullMode = assertThrows(
                IllegalArgumentException.class,
                () -> JoinChannelConfig.defaults().withPublishMode(null));
        assertTrue(nullMode.getMessage().startsWith("publishMode is null: pass"), nullMode.getMessage());
    }

    @Test
    void userParamOverloadsUseTheIntendedVendorDefaults() {
        assertEquals(new UserParam("", "", "", CapabilityProfile.AI_ROBOT, false), new UserParam());
        assertEquals(
                new UserParam("room", "bot", "bot", CapabilityProfile.AI_ROBOT, false), new UserParam("room", "bot"));
        assertEquals(
                new UserParam("room", "bot", "Bot", CapabilityProfile.AI_HUMAN, false),
                new UserParam("room", "bot", "Bot", CapabilityProfile.AI_HUMAN));
    }

    @Test
    void encoderDefaultsMatchTheVendorDocumentation() {
        assertEquals(
                new VideoEncoderConfiguration(
                        640,
                        480,
                        FrameRate.FPS_15,
                        512,
                        OrientationMode.ADAPTIVE,
                        MirrorMode.DISABLED,
                        RotationMode.ROTATION_0,
                        0,
                        0),
                VideoEncoderConfiguration.defaults());
        assertEquals(
                new ScreenShareEncoderConfiguration(0, 0, FrameRate.FPS_5, 512, RotationMode.ROTATION_0),
                ScreenShareEncoderConfiguration.defaults());
        VideoEncoderConfiguration hd = VideoEncoderConfiguration.defaults()
                .withDimensions(1280, 720)
                .withFrameRate(FrameRate.FPS_30)
                .withBitrateKbps(1200)
                .withKeyFrameIntervalMs(2000);
        assertEquals(1280, hd.width());
        assertEquals(2000, hd.keyFrameIntervalMs());
        assertThrows(
                IllegalArgumentException.class,
                () -> VideoEncoderConfiguration.defaults().withDimensions(0, 720));
        assertThrows(
                IllegalArgumentException.class,
                () -> VideoEncoderConfiguration.defaults().withBitrateKbps(-1));
    }

    @Test
    void audioEffectConfigChecksRanges() {
        assertEquals(new AudioEffectConfig(false, -1, 0, 50, 50), AudioEffectConfig.defaults());
        assertEquals(3, AudioEffectConfig.defaults().withLoopCycles(3).loopCycles());

        IllegalArgumentException loops = assertThrows(
                IllegalArgumentException.class,
                () -> AudioEffectConfig.defaults().withLoopCycles(0));
        assertTrue(loops.getMessage().contains("-1 to loop forever"), loops.getMessage());
        IllegalArgumentException volume = assertThrows(
                IllegalArgumentException.class,
                () -> AudioEffectConfig.defaults().withVolumes(101, 50));
        assertEquals("publishVolume is 101: use a value from 0 to 100", volume.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> AudioEffectConfig.defaults().withVolumes(0, -1));
    }

    @Test
    void observerAndVoipDefaults() {
        assertEquals(
                new AudioFrameObserverConfig(AudioSampleRate.HZ_48000, AudioChannels.MONO),
                AudioFrameObserverConfig.defaults());
        assertThrows(
                IllegalArgumentException.class,
                () -> new AudioFrameObserverConfig(AudioSampleRate.UNKNOWN, AudioChannels.MONO));
        assertEquals(
                new AudioObserverManualConfig(false, false, false, false, false), AudioObserverManualConfig.defaults());
        assertEquals(new VoipConfig("PCMA", 8000), VoipConfig.defaults());
        assertEquals(new GrtnNodeDelay(-1, -1, -1), GrtnNodeDelay.unmeasured());
        assertEquals(0, ExtraDelay.none().avatarRenderCost());
    }

    @Test
    void secretsStayOutOfToString() {
        AuthInfo auth = AuthInfo.of("app", "room", "bot", 1_700_000_000L).withToken("c2VjcmV0LXRva2Vu");
        assertEquals("bot", auth.userName());
        assertFalse(auth.toString().contains("c2VjcmV0LXRva2Vu"), auth.toString());
        assertTrue(auth.toString().contains("16 chars"), auth.toString());

        DialInfo dial = new DialInfo("sip.example", "sip-secret", "100", "200", "", "", 0, 0, null);
        assertFalse(dial.toString().contains("sip-secret"), dial.toString());
    }

    @Test
    void sipPortsAreChecked() {
        IllegalArgumentException swapped = assertThrows(
                IllegalArgumentException.class,
                () -> new IncomingCallInfo("d", "1", "2", "127.0.0.1", 5060, 40000, 30000, null));
        assertTrue(swapped.getMessage().contains("swap them"), swapped.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DialInfo("d", "t", "1", "2", "", "", 70000, 0, null));
    }

    @Test
    void audioQuestionDelayDefaultsToEmptyAndBuilds() {
        AudioQuestionDelay empty = AudioQuestionDelay.empty();
        assertFalse(empty.isPresent());
        assertEquals(0, empty.aiAgentAudioTotalCost());
        assertTrue(empty.aiLinuxGrtnNodeDelay().isEmpty());

        AudioQuestionDelay filled = empty.toBuilder()
                .aiQuestionCaptureTimestamp(1_700_000_000_123L)
                .aiAgentAudioLlmCost(250)
                .aiLinuxGrtnNodeDelay(java.util.List.of(new GrtnNodeDelay(3, 4, 5)))
                .build();
        assertTrue(filled.isPresent());
        assertEquals(250, filled.aiAgentAudioLlmCost());
        assertEquals(filled, filled.toBuilder().build());
        assertEquals(new GrtnNodeDelay(3, 4, 5), filled.aiLinuxGrtnNodeDelay().get(0));
    }

    @Test
    void authInfoTokenUsesAppIdChannelUserAndTimestampOnly() {
        AuthInfo info = new AuthInfo(
                "testAppId", "12345", "testUser", "someone else", "old", 1_700_000_000L, "ignored-nonce", "anchor");

        // The full token of the vendor's published test vector.
        assertEquals(
                "eyJhcHBpZCI6ICJ0ZXN0QXBwSWQiLCAiY2hhbm5lbGlkIjogIjEyMzQ1IiwgInVzZXJpZCI6ICJ0ZXN0VXNlciIsICJub25jZSI6"
                        + "ICIiLCAidGltZXN0YW1wIjogMTcwMDAwMDAwMCwgInRva2VuIjogIjIzZjM1NTc1ZjA2NDU2YThhZWZiNDc0NjdiMWE0NDc5MzEzMGM1"
                        + "MjQwZWM2NTY2NThiNGY1NWVkNGY5YTdmOWQifQ==",
                info.generateToken("testAppKey"));
    }
}
