package org.alirtc.sdk;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.model.AudioFrameData;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.VideoBufferType;
import org.alirtc.sdk.model.VideoDataFormat;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arguments over ARTC's limits are refused with a message naming the limit and the fix, and nothing is written. */
class EngineLimitsTest {

    private final AtomicLong clock = new AtomicLong();
    private FakeCoreService core;
    private RtcEngine engine;

    @BeforeEach
    void start() throws Exception {
        core = FakeCoreService.start();
        engine = RtcEngineFactory.create(
                core, EngineOptions.local(), new RtcEngineListener() {}, new DataChannelRateLimiter(clock::get));
    }

    @AfterEach
    void stop() {
        engine.release();
        core.close();
    }

    @Test
    void seiOver4096BytesIsRefused() throws Exception {
        refused(
                () -> engine.sendMediaExtensionMsg(new byte[4097], 1, 0, false),
                "SEI message is 4097 bytes; the limit is 4096 bytes: split it or use the data channel");
    }

    @Test
    void dataChannelMessagesOver1024BytesAreRefused() throws Exception {
        refused(() -> engine.sendDataChannelMessage(DataChannelMessage.custom(new byte[1025])), "limit is 1024 bytes");
    }

    @Test
    void dataChannelKeeps60MessagesPerSecond() throws Exception {
        for (int i = 0; i < 60; i++) {
            assertEquals(RtcEngine.SENT, engine.sendDataChannelMessage(DataChannelMessage.custom("m" + i)));
        }
        RtcLimitException limit = assertThrows(
                RtcLimitException.class,
                () -> engine.sendDataChannelMessage(DataChannelMessage.custom("one too many")));
        assertTrue(limit.getMessage().contains("60 messages per second"), limit.getMessage());
        clock.addAndGet(1_000_000_000L);
        assertEquals(RtcEngine.SENT, engine.sendDataChannelMessage(DataChannelMessage.custom("next second")));
        core.awaitCount(62);
        assertEquals(
                61,
                core.receivedIds().stream()
                        .filter(id -> id == CommandId.SEND_DATA_CHANNEL_MSG)
                        .count());
    }

    @Test
    void dataChannelKeeps30KilobytesPerSecond() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertEquals(RtcEngine.SENT, engine.sendDataChannelMessage(DataChannelMessage.custom(new byte[1024])));
        }
        RtcLimitException limit = assertThrows(
                RtcLimitException.class, () -> engine.sendDataChannelMessage(DataChannelMessage.custom(new byte[1])));
        assertTrue(limit.getMessage().contains("30 KB"), limit.getMessage());
        clock.addAndGet(999_999_999L);
        assertThrows(RtcLimitException.class, () -> engine.sendDataChannelMessage(DataChannelMessage.custom("x")));
        clock.addAndGet(1L);
        assertEquals(RtcEngine.SENT, engine.sendDataChannelMessage(DataChannelMessage.custom("x")));
    }

    @Test
    void videoOf2KAndAboveIsRefused() throws Exception {
        refused(
                () -> engine.pushExternalVideoFrame(
                        VideoDataSample.i420(new byte[2560 * 1440 * 3 / 2], 2560, 1440, 0), VideoSource.CAMERA),
                "frames of 2K and above are not supported by ARTC; scale to 1920x1080 or below");
        refused(
                () -> engine.pushExternalVideoFrame(
                        VideoDataSample.i420(new byte[2048 * 100 * 3 / 2], 2048, 100, 0), VideoSource.CAMERA),
                "2K and above");
        assertEquals(
                RtcEngine.SENT,
                engine.pushExternalVideoFrame(
                        VideoDataSample.i420(new byte[1080 * 1920 * 3 / 2], 1080, 1920, 0), VideoSource.CAMERA));
    }

    @Test
    void i420SizeMustMatchTheFrame() throws Exception {
        VideoDataSample tooShort = new VideoDataSample(
                VideoDataFormat.I420, VideoBufferType.RAW_DATA, new byte[1000], 1000, 32, 16, 16, 32, 32, 0, 0);
        refused(
                () -> engine.pushExternalVideoFrame(tooShort, VideoSource.CAMERA),
                "is 1536 bytes, but dataLength is 1000");
        VideoDataSample noSize = new VideoDataSample(
                VideoDataFormat.BGRA, VideoBufferType.RAW_DATA, new byte[16], 16, 0, 0, 0, 0, 2, 0, 0);
        refused(() -> engine.pushExternalVideoFrame(noSize, VideoSource.CAMERA), "width and height must be positive");
    }

    @Test
    void pcmLengthMustBeWholeSamplesWithinTheArray() throws Exception {
        refused(() -> engine.pushExternalAudioFrameRawData(new byte[10], 11, 0), "the array holds 10 bytes");
        refused(() -> engine.pushExternalAudioFrameRawData(new byte[10], 0, 0), "PCM length is 0");
        refused(() -> engine.pushExternalAudioFrameRawData(new byte[10], 9, 0), "odd number");
        refused(
                () -> engine.pushExternalAudioFrame(new AudioFrameData(new byte[10], 7, 0, 0, "", -1, -1)),
                "odd number");
    }

    @Test
    void otherArgumentChecks() throws Exception {
        refused(() -> engine.setExternalAudioPublishVolume(101), "use a volume from 0 to 100");
        refused(() -> engine.setAudioEffectPlayoutVolume(1, -1), "use a volume from 0 to 100");
        refused(() -> engine.setVoiceprintVector(new byte[767]), "exactly 768 bytes");
        refused(() -> engine.setExternalAudioSource(true, 22050, 1), "sampleRate is 22050");
        refused(() -> engine.setExternalAudioSource(true, 16000, 3), "channels is 3");
        refused(() -> engine.subscribeRemoteAudioStream("", true, null), "uid is empty");
        refused(() -> engine.setClientRole(null), "role is null");
        refused(() -> engine.preloadAudioEffect(1, ""), "path is empty");
        assertEquals(100, engine.getExternalAudioPublishVolume(), "a refused volume is not remembered");
    }

    /** Asserts the call throws with {@code messagePart} and that nothing was written to the core service. */
    private void refused(Executable call, String messagePart) {
        long sentBefore = engine.counters().messagesSent();
        RuntimeException e = assertThrows(RuntimeException.class, call);
        assertTrue(e instanceof IllegalArgumentException, () -> "expected IllegalArgumentException, got " + e);
        assertTrue(
                e.getMessage().contains(messagePart), () -> "expected \"" + messagePart + "\" in: " + e.getMessage());
        assertEquals(sentBefore, engine.counters().messagesSent(), "a refused call must not write anything");
    }
}
