package org.alirtc.sdk;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.JoinChannelConfig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exact bytes the engine puts on the socket: 4-byte big-endian prefixes, Python-spaced JSON, and 65,536-byte
 * payload chunks.
 */
class WireGoldenTest {

    private FakeCoreService core;
    private RtcEngine engine;
    private int mark;

    @BeforeEach
    void connect() throws Exception {
        core = FakeCoreService.start();
        core.answer(CommandId.LEAVE_CHANNEL, cmd -> List.of(FakeCoreService.callback(1004, "leaveresult", 0)));
        engine = RtcEngineFactory.create(
                core,
                EngineOptions.local().toBuilder()
                        .logPath("/var/log/rtc")
                        .h5mode(true)
                        .extraJson("{\"user_specified_disable_audio_ranking\": \"true\"}")
                        .build(),
                new RtcEngineListener() {});
        core.awaitCount(1);
        mark = core.rawReceived().length;
    }

    @AfterEach
    void release() {
        engine.release();
        core.close();
    }

    @Test
    void createEngineCarriesTheExtraJsonAsAString() {
        byte[] all = core.rawReceived();
        assertArrayEquals(
                frame("{\"Command\": 1, \"logPath\": \"/var/log/rtc\", \"h5mode\": 1, "
                        + "\"extra\": \"{\\\"user_specified_disable_audio_ranking\\\": \\\"true\\\"}\"}"),
                Arrays.copyOf(all, mark));
    }

    @Test
    void joinChannel() throws Exception {
        engine.joinChannel(
                "dG9rZW4=",
                "room1",
                "alice",
                "Alice",
                JoinChannelConfig.defaults().withEnableTtsCallback(true));
        assertArrayEquals(
                frame("{\"Command\": 24, \"token\": \"dG9rZW4=\", \"channel\": \"room1\", "
                        + "\"userid\": \"alice\", \"username\": \"Alice\", \"config\": {\"isAudioOnly\": false, "
                        + "\"channelProfile\": 1, \"publishMode\": 1, \"subscribeMode\": 1, \"publishAvsyncMode\": 0, "
                        + "\"publishAvsyncWithPtsMaxAudioCacheSize\": 300, \"publishAvsyncWithPtsMaxVideoCacheSize\": 100, "
                        + "\"subscribeVideoFormat\": 1, \"subscribeAudioFormat\": 1, \"ttsVad\": true}}"),
                next(2));
    }

    @Test
    void pushAudioOf70000BytesGoesAsTwoChunks() throws Exception {
        byte[] pcm = new byte[70_000];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (byte) (i * 7);
        }
        engine.pushExternalAudioFrameRawData(pcm, pcm.length, 1234);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(frame("{\"Command\": 4, \"sampleLength\": 70000, \"timestamp\": 1234, \"isEndFrame\": 0, "
                + "\"frameID\": \"\", \"sentenceID\": -1, \"sequenceID\": -1}"));
        expected.writeBytes(new byte[] {0x00, 0x01, 0x00, 0x00});
        expected.write(pcm, 0, 65_536);
        expected.writeBytes(new byte[] {0x00, 0x00, 0x11, 0x70});
        expected.write(pcm, 65_536, 4_464);
        assertArrayEquals(expected.toByteArray(), next(2));
    }

    @Test
    void dataChannelMessage() throws Exception {
        engine.sendDataChannelMessage(DataChannelMessage.custom("hello"));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(
                frame("{\"Command\": 22, \"networkTime\": 0, \"progress\": 0, \"type\": 2, \"dataLen\": 5}"));
        expected.writeBytes(new byte[] {0, 0, 0, 5, 'h', 'e', 'l', 'l', 'o'});
        assertArrayEquals(expected.toByteArray(), next(2));
    }

    @Test
    void mediaExtensionMessage() throws Exception {
        engine.sendMediaExtensionMsg(new byte[] {(byte) 0xca, (byte) 0xfe}, 3, 40, false);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(frame(
                "{\"Command\": 15, \"repeatCount\": 3, \"delay\": 40, \"isKeyFrame\": false, " + "\"length\": 2}"));
        expected.writeBytes(new byte[] {0, 0, 0, 2, (byte) 0xca, (byte) 0xfe});
        assertArrayEquals(expected.toByteArray(), next(2));
    }

    @Test
    void setParameterNestsTheJsonAsAString() throws Exception {
        engine.enableDataChannel(true, true);
        assertArrayEquals(
                frame("{\"Command\": 21, \"param\": \"{\\\"data\\\":{\\\"enablePubDataChannel\\\":true,"
                        + "\\\"enableSubDataChannel\\\":true}}\"}"),
                next(2));
    }

    @Test
    void setParameterEscapesNonAsciiLikePython() throws Exception {
        engine.setParameter("{\"name\":\"caf\u00e9\"}");
        assertArrayEquals(frame("{\"Command\": 21, \"param\": \"{\\\"name\\\":\\\"caf\\u00e9\\\"}\"}"), next(2));
    }

    @Test
    void destroyIsTheCommandIdAlone() throws Exception {
        engine.release();
        byte[] expected = {0, 0, 0, 15, '{', '"', 'C', 'o', 'm', 'm', 'a', 'n', 'd', '"', ':', ' ', '2', '3', '}'};
        assertArrayEquals(expected, next(2));
    }

    /** The bytes of command number {@code count} (counting the create command as 1). */
    private byte[] next(int count) throws InterruptedException {
        core.awaitCount(count);
        byte[] all = core.rawReceived();
        return Arrays.copyOfRange(all, mark, all.length);
    }

    private static byte[] frame(String json) {
        byte[] text = json.getBytes(StandardCharsets.US_ASCII);
        assertEquals(json.length(), text.length, "golden JSON must be ASCII");
        return FakeCoreService.chunk(text);
    }
}
