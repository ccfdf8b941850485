package org.alirtc.sdk.ipc;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The per-frame push encoding writes the same bytes as the general encoder, and reads back as the same command. */
class PushWireTest {

    private static byte[] pcm(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 7);
        }
        return data;
    }

    @Test
    void audioPushesAreByteIdenticalToTheGeneralEncoder() throws Exception {
        List<PushCommand.PushAudioFrame> frames = List.of(
                PushCommand.PushAudioFrame.raw(pcm(1920), 0),
                PushCommand.PushAudioFrame.raw(pcm(320), 1_234_567_890_123L),
                PushCommand.PushAudioFrame.raw(new byte[0], -5),
                new PushCommand.PushAudioFrame(Long.MAX_VALUE, 1, "frame-7", 3, 42, pcm(960)),
                new PushCommand.PushAudioFrame(Long.MIN_VALUE, 0, "quote\" back\\slash\ttab", -1, -1, pcm(2)),
                new PushCommand.PushAudioFrame(10, 1, "h\u00e9llo \u4e16\u754c \u0001\u007f", 7, 0, pcm(4)),
                // Longer than one 64 KiB chunk: the payload is split the same way.
                new PushCommand.PushAudioFrame(20, 0, "", Integer.MIN_VALUE, Integer.MAX_VALUE, pcm(70_000)));
        for (PushCommand.PushAudioFrame frame : frames) {
            assertSameWire(frame, frame.encode(), frame.wire());
        }
    }

    @Test
    void videoPushesAreByteIdenticalToTheGeneralEncoder() throws Exception {
        List<PushCommand.PushVideoFrame> frames = List.of(
                new PushCommand.PushVideoFrame(0, 0, 0, 1920, 960, 960, 1080, 1920, 0, 40, pcm(1920 * 1080 * 3 / 2)),
                new PushCommand.PushVideoFrame(1, -1, 1, 0, 0, 0, 720, 1280, 270, Long.MAX_VALUE, pcm(5_000)),
                new PushCommand.PushVideoFrame(-3, 9, 2, -1, -2, -3, 2, 2, 90, -40, new byte[0]));
        for (PushCommand.PushVideoFrame frame : frames) {
            assertSameWire(frame, frame.encode(), frame.wire());
        }
    }

    private static void assertSameWire(Command command, Message general, WireMessage direct) throws Exception {
        byte[] expected = MessageWriter.encode(general, Direction.CLIENT_TO_CORE);
        byte[] actual = MessageWriter.encode(direct, Direction.CLIENT_TO_CORE);
        assertArrayEquals(expected, actual, () -> "wire bytes of " + command);
        assertEquals(general.id(), direct.id());
        MessageReader reader = new MessageReader(
                new ByteArrayInputStream(actual), Direction.CLIENT_TO_CORE, MessageReader.DEFAULT_MAX_CHUNK_BYTES);
        assertEquals(command, CommandCodec.decode(reader.read()));
    }
}
