package org.alirtc.sdk.ipc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.VideoFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's fast path for media callbacks ({@link MessageReader#read(java.util.function.Consumer)}) against its
 * general path ({@link MessageReader#read()} then {@link CallbackCodec#decode}) on the same bytes: every record,
 * every malformed-message error and where the stream goes on after it must be the same, for the callbacks the core
 * sends, for hand-written unusual headers, and for random mutations of real headers.
 */
class FlatHeaderFastPathTest {

    private static final int MAX_CHUNK_BYTES = 1 << 20;

    @Test
    void everyMediaCallbackDecodesOnTheFastPathToTheSameRecord() throws Exception {
        byte[] pcm = bytes(960, 3);
        List<Callback> sent = List.of(
                new MediaCallback.UserAudioFrame("speaker-1", new AudioPcmFrame(0, 10, 48_000, 480, 1, 16, 1, pcm)),
                new MediaCallback.UserAudioFrame("", new AudioPcmFrame(-3, 10, 16_000, 160, 2, 16, 0, new byte[0])),
                new MediaCallback.AudioFrame(
                        CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME,
                        new AudioPcmFrame(0, 10, 48_000, 480, 1, 16, 0, pcm)),
                new MediaCallback.AudioFrame(
                        CallbackId.ON_PUBLISH_AUDIO_FRAME, new AudioPcmFrame(0, 20, 8_000, 160, 1, 16, 0, pcm)),
                new MediaCallback.AudioFrame(
                        CallbackId.ON_MIXED_ALL_AUDIO_FRAME, new AudioPcmFrame(0, 10, 32_000, 320, 1, 16, 0, pcm)),
                new MediaCallback.UserAudioAac("u", new AudioAacFrame(1, 23, 44_100, 2, bytes(300, 5))),
                new MediaCallback.MixedAudioAac(new AudioAacFrame(1, 21, 48_000, 1, bytes(200, 7))),
                new MediaCallback.RemoteVideoFrame(
                        CallbackId.ON_REMOTE_VIDEO_SAMPLE,
                        "cam",
                        new VideoFrame(1, 0, 123_456_789_012L, 16, 8, 42, 30, List.of(), 2, bytes(192, 9))),
                new MediaCallback.RemoteVideoFrame(
                        CallbackId.ON_REMOTE_VIDEO_ENCODED_SAMPLE,
                        "cam",
                        new VideoFrame(0, 1, 40, 1920, 1080, 7, 0, List.of(), 0, bytes(150_000, 11))),
                new MediaCallback.MediaExtensionMessage("sei-user", bytes(40, 13)),
                new MediaCallback.DataChannelReceived(
                        "dc", new DataChannelMessage(1, 1_700_000_000_000L, 99, bytes(64, 17))));
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        // Three times over: headers seen before are taken from the ones the reader keeps.
        for (int pass = 0; pass < 3; pass++) {
            for (Callback callback : sent) {
                wire.write(MessageWriter.encode(callback.encode(), Direction.CORE_TO_CLIENT));
            }
        }

        Outcomes fast = readFast(wire.toByteArray());

        assertEquals(readGeneral(wire.toByteArray()).list, fast.list);
        assertEquals(3 * sent.size(), fast.fastDecoded, "every one of them went the fast way");
        for (int i = 0; i < 3 * sent.size(); i++) {
            assertEquals(sent.get(i % sent.size()), fast.list.get(i));
        }
    }

    @Test
    void unusualHeadersTakeTheGeneralPathWithTheSameResultAndErrors() throws Exception {
        String[] headers = {
            // Taken by the fast path.
            "{\"Request\": 1022, \"uid\": \"a\", \"frame_size\": 4}",
            " {\n\t\"frame_size\":4,\"uid\":\"a\" ,\"Request\":1022 }\r\n",
            "{\"Request\": 1022, \"uid\": \"first\", \"uid\": \"second\", \"frame_size\": 4}",
            "{\"Request\": 1022, \"extra\": \"x\", \"other\": -5, \"list\": [ ], \"frame_size\": 4}",
            "{\"Request\": 1022, \"type\": 9999999999, \"samples\": -0, \"frame_size\": 4}",
            "{\"Request\": 1022, \"type\": 123456789012345678, \"frame_size\": 4}",
            "{\"Request\": 1022, \"uid\": \"tab\u007fdel\", \"frame_size\": 4}",
            // Left to the general path.
            "{\"Request\": 1022, \"type\": 1234567890123456789, \"frame_size\": 4}",
            "{\"Request\": 1022, \"type\": 12345678901234567890123, \"frame_size\": 4}",
            "{\"Request\": 1022, \"uid\": \"caf\\u00e9\", \"frame_size\": 4}",
            "{\"Request\": 1022, \"uid\": \"line\\nbreak\", \"frame_size\": 4}",
            "{\"Request\": 1022, \"uid\": 17, \"frame_size\": 4}",
            "{\"Request\": 1022, \"uid\": null, \"frame_size\": 4}",
            "{\"Request\": 1022, \"samples\": \"480\", \"frame_size\": 4}",
            "{\"Request\": 1022, \"samples\": 4.8e2, \"frame_size\": 4}",
            "{\"Request\": 1022, \"samples\": 480.0, \"frame_size\": 4}",
            "{\"Request\": 1022, \"samples\": true, \"frame_size\": 4}",
            "{\"Request\": 1022, \"extra\": {\"nested\": 1}, \"frame_size\": 4}",
            "{\"Request\": 1022, \"extra\": [1, 2], \"frame_size\": 4}",
            "{\"Request\": 1022, \"extra\": false, \"frame_size\": 4}",
            "{\"Request\": 1021, \"uid\": \"v\", \"mv_infos\": [[1, 2], [3, 4]], \"frame_size\": 4}",
            "{\"Request\": 1021, \"uid\": \"v\", \"mv_infos\": 5, \"frame_size\": 4}",
            "{\"Request\": 1021, \"uid\": \"v\", \"mv_infos\": [], \"frame_size\": 4}",
            "{\"Request\": 1022, \"frame_size\": null}",
            "{\"Request\": 1022}",
            "{\"Request\": 1022, \"frame_size\": -4}",
            "{\"Request\": 1022, \"frame_size\": 4294967300}",
            "{\"Request\": 1022, \"frame_size\": 1e30}",
            "{\"Request\": 1022, \"frame_size\": \"4\"}",
            "{\"Request\": 1022, \"frame_size\": 04}",
            "{\"Request\": 1022, \"frame_size\": 3}",
            "{\"Request\": 1022, \"frame_size\": 5}",
            "{\"Request\": \"1022\", \"frame_size\": 4}",
            "{\"Request\": 1022.0, \"frame_size\": 4}",
            "{\"Request\": 4294968318, \"frame_size\": 4}",
            "{\"Request\": -1022, \"frame_size\": 4}",
            "{\"frame_size\": 4}",
            "{}",
            "[1022]",
            "{\"Request\": 1022, \"frame_size\": 4,}",
            "{\"Request\": 1022, \"frame_size\": 4} trailing",
            "{\"Request\": 1022, \"frame_size\": 4}\u0000",
            "{\"Request\": 1022 \"frame_size\": 4}",
            "{\"Request\": 1022, \"frame_size\": 4",
            "{\"Request\": +1022, \"frame_size\": 4}",
            "{\"Request\": 1022, \"frame_size\": -}",
            "{'Request': 1022}",
            "\u00ef\u00bb\u00bf{\"Request\": 1022, \"frame_size\": 4}",
            "{\"Request\": 1019, \"userid\": \"s\", \"size\": 4}",
            "{\"Request\": 1020, \"uid\": \"d\", \"networkTime\": -1, \"progress\": 2, \"dataLen\": 4}",
            "{\"Request\": 1026, \"uid\": \"a\", \"buf_size\": 4}",
            "{\"Request\": 1025, \"uid\": \"v\", \"frame_size\": 0}",
            "{\"Request\": 1004, \"leaveresult\": 0}",
            "{\"Request\": 1022, \"frame_size\": 4, \"Request\": 1004}",
            "{\"Request\": 1004, \"frame_size\": 4, \"Request\": 1022}",
            "{\"Request\": 9999, \"frame_size\": 4}",
        };
        for (String header : headers) {
            byte[] wire = stream(header.getBytes(StandardCharsets.ISO_8859_1), bytes(4, 1));
            assertEquals(readGeneral(wire).list, readFast(wire).list, header);
        }
    }

    @Test
    void randomMutationsOfRealHeadersReadTheSameBothWays() throws Exception {
        List<Message> seeds = new ArrayList<>();
        for (Callback callback : List.of(
                new MediaCallback.UserAudioFrame(
                        "speaker-1", new AudioPcmFrame(0, 10, 48_000, 8, 1, 16, 0, bytes(16, 1))),
                new MediaCallback.RemoteVideoFrame(
                        CallbackId.ON_REMOTE_VIDEO_SAMPLE,
                        "cam",
                        new VideoFrame(0, 0, 40, 4, 2, 1, 0, List.of(), 0, bytes(12, 2))),
                new MediaCallback.DataChannelReceived("dc", new DataChannelMessage(1, 5, 6, bytes(8, 3))))) {
            seeds.add(callback.encode());
        }
        byte[] alphabet = "{}[]\":,- \t\n0123456789.eE+\\uabtrfnl\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(13);
        int fastDecoded = 0;
        for (int round = 0; round < 10_000; round++) {
            Message seed = seeds.get(round % seeds.size());
            byte[] header = mutate(ProtocolJson.writeBytes(seed.header()), random, alphabet);
            // Mostly the payload the header declared, sometimes one that disagrees with it.
            byte[] payload = random.nextInt(4) > 0 ? seed.payload() : bytes(random.nextInt(20), round);
            byte[] wire = stream(header, payload);
            Outcomes fast = readFast(wire);
            fastDecoded += fast.fastDecoded;
            assertEquals(readGeneral(wire).list, fast.list, () -> new String(header, StandardCharsets.ISO_8859_1));
        }
        assertTrue(fastDecoded > 500, "the mutations reach the fast path too: " + fastDecoded);
    }

    /** One to four random edits: replace, insert or delete a byte. */
    private static byte[] mutate(byte[] seed, Random random, byte[] alphabet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(seed);
        byte[] b = out.toByteArray();
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = random.nextInt(b.length + 1);
            byte c = alphabet[random.nextInt(alphabet.length)];
            ByteArrayOutputStream next = new ByteArrayOutputStream();
            next.write(b, 0, Math.min(at, b.length));
            switch (random.nextInt(3)) {
                case 0 -> next.write(c);
                case 1 -> {
                    next.write(c);
                    at++;
                }
                default -> at++;
            }
            if (at < b.length) {
                next.write(b, at, b.length - at);
            }
            b = next.toByteArray();
        }
        return b;
    }

    /** The header chunk, one payload chunk, then a plain callback to show where each reader goes on. */
    private static byte[] stream(byte[] header, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunk(out, header);
        chunk(out, payload);
        ObjectNode leave = Message.callbackHeader(CallbackId.ON_LEAVE_CHANNEL).put("leaveresult", 0);
        out.writeBytes(MessageWriter.encode(Message.callback(leave, null), Direction.CORE_TO_CLIENT));
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    /** What a reader made of a stream, in order: records, messages without a record, errors, and the end. */
    private static final class Outcomes {
        final List<Object> list = new ArrayList<>();
        int fastDecoded;
    }

    private static Outcomes readGeneral(byte[] wire) {
        Outcomes outcomes = new Outcomes();
        MessageReader reader = reader(wire);
        while (true) {
            try {
                outcomes.list.add(decoded(reader.read()));
            } catch (MalformedMessageException e) {
                outcomes.list.add("malformed " + e.getMessage());
            } catch (IOException e) {
                outcomes.list.add(e.getClass().getSimpleName() + " " + e.getMessage());
                return outcomes;
            }
        }
    }

    private static Outcomes readFast(byte[] wire) {
        Outcomes outcomes = new Outcomes();
        MessageReader reader = reader(wire);
        while (true) {
            try {
                Message message = reader.read(callback -> {
                    outcomes.list.add(callback);
                    outcomes.fastDecoded++;
                });
                if (message != null) {
                    outcomes.list.add(decoded(message));
                }
            } catch (MalformedMessageException e) {
                outcomes.list.add("malformed " + e.getMessage());
            } catch (IOException e) {
                outcomes.list.add(e.getClass().getSimpleName() + " " + e.getMessage());
                return outcomes;
            }
        }
    }

    /** The record when the message is a media callback, which is what the fast path gives instead. */
    private static Object decoded(Message message) {
        return CallbackCodec.isMedia(message.id()) ? CallbackCodec.decode(message) : message;
    }

    private static MessageReader reader(byte[] wire) {
        return new MessageReader(new ByteArrayInputStream(wire), Direction.CORE_TO_CLIENT, MAX_CHUNK_BYTES);
    }

    private static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }
}
