package org.alirtc.sdk;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.alirtc.sdk.model.AudioPcmFrame;

import static org.alirtc.sdk.FakeCoreService.callback;
import static org.alirtc.sdk.FakeCoreService.chunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever the core service sends, the engine drops what it cannot read, tells the listener, and keeps delivering
 * the valid callbacks that follow (where the vendor wrapper's receive loop dies for good).
 */
class EngineProtocolErrorTest {

    private static final int MAX_CHUNK = 4 * 1024 * 1024;

    private FakeCoreService core;
    private ListenerRecorder recorder;
    private RtcEngine engine;

    @BeforeEach
    void start() throws Exception {
        core = FakeCoreService.start();
        recorder = new ListenerRecorder();
        engine = RtcEngineFactory.create(
                core, EngineOptions.local().toBuilder().maxChunkBytes(MAX_CHUNK).build(), recorder.listener());
    }

    @AfterEach
    void stop() {
        engine.release();
        core.close();
    }

    @Test
    void nonJsonHeader() throws Exception {
        core.sendRaw(chunk("this is not json".getBytes(StandardCharsets.US_ASCII)));
        assertRecovers(1);
    }

    @Test
    void unknownCallbackFollowedByBinaryChunks() throws Exception {
        core.send(callback(1099, "frame_size", 3));
        core.sendRaw(chunk(new byte[] {(byte) 0xff, (byte) 0xd8, 0x10}));
        core.sendRaw(chunk(new byte[] {0, 0, 0, 0}));
        assertRecovers(1);
    }

    @Test
    void oversizePrefixIsSkippedWithoutAllocating() throws Exception {
        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        huge.writeBytes(new byte[] {0x00, 0x40, 0x00, 0x01});
        huge.writeBytes(new byte[MAX_CHUNK + 1]);
        core.sendRaw(huge.toByteArray());
        assertRecovers(1);
        assertTrue(recorder.calls("onProtocolError").get(0).arg(0).toString().contains("exceeds the cap"));
    }

    @Test
    void pcmWhoseLengthDisagreesWithFrameSize() throws Exception {
        String header = "{\"Request\": 1022, \"uid\": \"bob\", \"type\": 0, \"frame_ms\": 10, \"sample_rates\": 16000, "
                + "\"samples\": 4, \"channels\": 1, \"sample_bits\": 16, \"stream_index\": 0, \"frame_size\": 8}";
        core.sendRaw(chunk(header.getBytes(StandardCharsets.US_ASCII)));
        core.sendRaw(chunk(new byte[] {1, 2, 3, 4}));
        core.send(FakeCoreService.callbackWithPayload(
                1022,
                new byte[] {5, 6},
                "uid",
                "bob",
                "type",
                0,
                "frame_ms",
                10,
                "sample_rates",
                16000,
                "samples",
                1,
                "channels",
                1,
                "sample_bits",
                16,
                "stream_index",
                0,
                "frame_size",
                2));
        assertRecovers(1);
        AudioPcmFrame good =
                (AudioPcmFrame) recorder.await("onSubscribeAudioFrame").arg(1);
        assertEquals(2, good.data().length);
        assertEquals(1, recorder.calls("onSubscribeAudioFrame").size(), "the mismatched frame was dropped");
        assertTrue(recorder.calls("onError").isEmpty(), "unlike the vendor, a size mismatch is not a disconnect");
    }

    @Test
    void truncatedChunkAtCloseEndsTheConnectionCleanly() throws Exception {
        core.send(callback(1005, "uid", "bob"));
        core.sendRaw(new byte[] {0, 0, 0, 100, '{', '"', 'R'});
        core.disconnect();
        assertEquals(0x01050203, recorder.await("onError").arg(0));
        assertEquals("bob", recorder.await("onRemoteUserOnLineNotify").arg(0));
        assertEquals(EngineState.CORE_SERVICE_DOWN, engine.state());
        assertEquals(RtcEngine.NOT_CONNECTED, engine.muteLocalMic(true));
    }

    @Test
    void blankHeaderChunksAreSkippedSilently() throws Exception {
        core.sendRaw(chunk(new byte[16]));
        core.sendRaw(chunk(new byte[0]));
        core.send(callback(1005, "uid", "bob"));
        recorder.await("onRemoteUserOnLineNotify");
        assertTrue(recorder.calls("onProtocolError").isEmpty());
    }

    /** After the bad input: the listener heard about it, and a valid callback still gets through. */
    private void assertRecovers(int protocolErrors) throws Exception {
        core.send(callback(1005, "uid", "after"));
        assertEquals("after", recorder.await("onRemoteUserOnLineNotify").arg(0));
        assertEquals(protocolErrors, recorder.calls("onProtocolError").size(), () -> "calls: " + recorder.calls());
        assertEquals(protocolErrors, engine.counters().malformedMessages());
        assertEquals(EngineState.CONNECTED, engine.state());
        assertTrue(recorder.calls("onError").isEmpty());
    }
}
