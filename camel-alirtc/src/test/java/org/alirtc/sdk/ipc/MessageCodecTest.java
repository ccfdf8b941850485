package org.alirtc.sdk.ipc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageCodecTest {

    @Test
    void outboundPayloadIsSplitInto64KiBChunksAfterTheHeader() throws Exception {
        ObjectNode header = Message.commandHeader(CommandId.PUSH_AUDIO_FRAME);
        header.put("sampleLength", 70_000);
        byte[] pcm = new byte[70_000];
        Arrays.fill(pcm, (byte) 7);

        byte[] wire = MessageWriter.encode(Message.command(header, pcm), Direction.CLIENT_TO_CORE);

        ByteBuffer buffer = ByteBuffer.wrap(wire);
        byte[] json = new byte[buffer.getInt()];
        buffer.get(json);
        assertEquals("{\"Command\": 4, \"sampleLength\": 70000}", new String(json, StandardCharsets.US_ASCII));
        assertEquals(65_536, buffer.getInt());
        buffer.position(buffer.position() + 65_536);
        assertEquals(4_464, buffer.getInt());
        buffer.position(buffer.position() + 4_464);
        assertEquals(0, buffer.remaining());

        Message back = reader(wire, Direction.CLIENT_TO_CORE).read();
        assertEquals(CommandId.PUSH_AUDIO_FRAME, back.id());
        assertArrayEquals(pcm, back.payload());
    }

    @Test
    void emptyOutboundPayloadSendsNoChunk() {
        ObjectNode header = Message.commandHeader(CommandId.SEND_MEDIA_EXTENSION_MSG);
        header.put("length", 0);
        byte[] wire = MessageWriter.encode(Message.command(header, new byte[0]), Direction.CLIENT_TO_CORE);
        assertEquals(4 + "{\"Command\": 15, \"length\": 0}".length(), wire.length);
    }

    @Test
    void videoCallbackIsAssembledFromSeveralChunksUpToFrameSize() throws Exception {
        byte[] frame = new byte[1920 * 1080 * 3 / 2];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (byte) (i * 31);
        }
        ObjectNode header = Message.callbackHeader(CallbackId.ON_REMOTE_VIDEO_SAMPLE);
        header.put("uid", "web").put("frame_size", frame.length);
        byte[] wire = MessageWriter.encode(Message.callback(header, frame), Direction.CORE_TO_CLIENT);

        Message back = reader(wire, Direction.CORE_TO_CLIENT).read();

        assertEquals("web", back.text("uid"));
        assertArrayEquals(frame, back.payload());
    }

    @Test
    void blankHeaderChunksAreSkipped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunk(out, new byte[0]);
        chunk(out, new byte[16]);
        out.write(MessageWriter.encode(
                Message.callback(
                        Message.callbackHeader(CallbackId.ON_LEAVE_CHANNEL).put("leaveresult", 0), null),
                Direction.CORE_TO_CLIENT));

        Message message = reader(out.toByteArray(), Direction.CORE_TO_CLIENT).read();

        assertEquals(CallbackId.ON_LEAVE_CHANNEL, message.id());
        assertEquals(0, message.intValue("leaveresult", -1));
    }

    @Test
    void allZeroPcmPayloadIsStillDelivered() throws Exception {
        ObjectNode header = Message.callbackHeader(CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME)
                .put("frame_size", 320);
        byte[] wire = MessageWriter.encode(Message.callback(header, new byte[320]), Direction.CORE_TO_CLIENT);

        assertEquals(320, reader(wire, Direction.CORE_TO_CLIENT).read().payload().length);
    }

    @Test
    void readerStaysInStepAfterEveryKindOfBadInput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunk(out, "not json at all".getBytes(StandardCharsets.US_ASCII));
        chunk(out, "[1, 2]".getBytes(StandardCharsets.US_ASCII));
        chunk(out, "{\"Command\": 4}".getBytes(StandardCharsets.US_ASCII));
        // Unknown callback id followed by binary chunks: the chunks are then read as headers and dropped.
        chunk(out, "{\"Request\": 1999, \"x\": 1}".getBytes(StandardCharsets.US_ASCII));
        chunk(out, new byte[] {(byte) 0xff, 0x01, 0x02});
        // PCM whose length disagrees with frame_size.
        chunk(out, "{\"Request\": 1022, \"uid\": \"a\", \"frame_size\": 640}".getBytes(StandardCharsets.US_ASCII));
        chunk(out, new byte[320]);
        // Oversize chunk: refused without allocation, skipped by its prefix.
        chunk(out, new byte[5_000]);
        out.write(MessageWriter.encode(
                Message.callback(
                        Message.callbackHeader(CallbackId.ON_JOIN_CHANNEL)
                                .put("joinresult", 0)
                                .put("channel", "c")
                                .put("userid", "u"),
                        null),
                Direction.CORE_TO_CLIENT));

        MessageReader reader =
                new MessageReader(new ByteArrayInputStream(out.toByteArray()), Direction.CORE_TO_CLIENT, 4_096);
        int malformed = 0;
        Message good = null;
        while (good == null) {
            try {
                Message m = reader.read();
                if (m.id() == CallbackId.ON_JOIN_CHANNEL) {
                    good = m;
                }
            } catch (MalformedMessageException e) {
                malformed++;
            }
        }
        assertEquals(6, malformed);
        assertEquals("u", good.text("userid"));
    }

    @Test
    void oversizeVideoIsConsumedWithoutAllocating() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunk(out, "{\"Request\": 1021, \"uid\": \"a\", \"frame_size\": 6000}".getBytes(StandardCharsets.US_ASCII));
        chunk(out, new byte[3000]);
        chunk(out, new byte[3000]);
        out.write(MessageWriter.encode(
                Message.callback(Message.callbackHeader(CallbackId.ON_ERROR).put("errorCode", 5), null),
                Direction.CORE_TO_CLIENT));
        MessageReader reader =
                new MessageReader(new ByteArrayInputStream(out.toByteArray()), Direction.CORE_TO_CLIENT, 4_096);

        MalformedMessageException problem = assertThrows(MalformedMessageException.class, reader::read);
        assertEquals(CallbackId.ON_REMOTE_VIDEO_SAMPLE, problem.messageId());
        assertEquals(5, reader.read().intValue("errorCode", 0));
    }

    @Test
    void prefixBeyondTwoGigabytesIsTreatedAsUnsigned() {
        byte[] wire = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xf0, 1, 2, 3};
        MessageReader reader = new MessageReader(new ByteArrayInputStream(wire), Direction.CORE_TO_CLIENT, 4_096);
        // The skip runs into the end of the stream instead of allocating 4 GiB or reading a negative length.
        assertThrows(EOFException.class, reader::read);
    }

    @Test
    void truncatedChunkEndsTheStream() {
        byte[] wire = {0, 0, 0, 10, '{', '"'};
        MessageReader reader = new MessageReader(new ByteArrayInputStream(wire), Direction.CORE_TO_CLIENT, 4_096);
        assertThrows(EOFException.class, reader::read);
    }

    @Test
    void bareLengthPrefixAllocatesOnlyWhatArrives() {
        // A 64 MiB prefix followed by 10 bytes and the end of the stream, as a peer that stops sending would leave it.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(4)
                .putInt(MessageReader.DEFAULT_MAX_CHUNK_BYTES)
                .array());
        out.writeBytes(new byte[10]);
        MessageReader reader = reader(out.toByteArray(), Direction.CLIENT_TO_CORE);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        assertThrows(EOFException.class, reader::read);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1024 * 1024, "a bare 64 MiB prefix allocated " + allocated + " bytes");
    }

    @Test
    void declaredSizesAreExactIntegersOrTheMessageIsDropped() throws Exception {
        for (String size : new String[] {"1000000000000000000000000000000", "4294967396", "100.5", "-4", "\"100\""}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            chunk(out, ("{\"Command\": 4, \"sampleLength\": " + size + "}").getBytes(StandardCharsets.US_ASCII));
            chunk(out, new byte[100]);
            out.write(MessageWriter.encode(
                    Message.command(Message.commandHeader(CommandId.GET_SDK_VERSION), null), Direction.CLIENT_TO_CORE));
            MessageReader reader = reader(out.toByteArray(), Direction.CLIENT_TO_CORE);

            MalformedMessageException problem = assertThrows(MalformedMessageException.class, reader::read, size);
            assertTrue(problem.getMessage().contains("sampleLength " + size), problem.getMessage());
            assertEquals(CommandId.GET_SDK_VERSION, reader.read().id(), size);
        }
    }

    @Test
    void shortPushDoesNotSwallowTheNextCommand() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunk(out, "{\"Command\": 4, \"sampleLength\": 10000}".getBytes(StandardCharsets.US_ASCII));
        chunk(out, new byte[960]);
        out.write(MessageWriter.encode(
                Message.command(Message.commandHeader(CommandId.LEAVE_CHANNEL), null), Direction.CLIENT_TO_CORE));
        out.write(MessageWriter.encode(
                Message.command(Message.commandHeader(CommandId.GET_SDK_VERSION), null), Direction.CLIENT_TO_CORE));
        MessageReader reader = reader(out.toByteArray(), Direction.CLIENT_TO_CORE);

        MalformedMessageException problem = assertThrows(MalformedMessageException.class, reader::read);
        assertEquals(CommandId.PUSH_AUDIO_FRAME, problem.messageId());
        assertTrue(problem.getMessage().contains("only 960 of the 10000 bytes"), problem.getMessage());
        assertEquals(CommandId.LEAVE_CHANNEL, reader.read().id());
        assertEquals(CommandId.GET_SDK_VERSION, reader.read().id());
    }

    @Test
    void payloadThatStartsWithABraceIsStillPayload() throws Exception {
        byte[] pcm = "{not a header at all, just samples}".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunk(out, ("{\"Command\": 4, \"sampleLength\": " + pcm.length + "}").getBytes(StandardCharsets.US_ASCII));
        chunk(out, pcm);

        assertArrayEquals(
                pcm, reader(out.toByteArray(), Direction.CLIENT_TO_CORE).read().payload());
    }

    @Test
    void commandAndCallbackNamesAreKnown() {
        assertEquals("JOIN_CHANNEL_V2", CommandId.name(24));
        assertEquals("ON_SUBSCRIBE_MIXED_AUDIO_FRAME", CallbackId.name(1023));
        assertEquals("UNKNOWN(36)", CommandId.name(36));
        assertTrue(CallbackId.isKnown(1071));
    }

    private static MessageReader reader(byte[] wire, Direction direction) {
        return new MessageReader(new ByteArrayInputStream(wire), direction, MessageReader.DEFAULT_MAX_CHUNK_BYTES);
    }

    private static void chunk(ByteArrayOutputStream out, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(data);
    }
}
