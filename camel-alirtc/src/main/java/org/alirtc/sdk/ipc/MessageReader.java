package org.alirtc.sdk.ipc;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads whole messages (a JSON header chunk and the binary chunks that belong to it) from a stream of
 * length-prefixed chunks. Not thread-safe: one reader thread owns it.
 *
 * <p>Whatever arrives, the reader stays in step with the stream by the length prefixes: an oversize chunk is
 * skipped without being allocated, a header that is not JSON is dropped, and a payload whose size disagrees with
 * its header is consumed and reported. Each of these surfaces as a {@link MalformedMessageException}, after which
 * the next {@link #read()} starts cleanly at the next chunk.
 */
public final class MessageReader {

    /** The default cap on a single chunk; a 1080p I420 frame is 3,110,400 bytes, so this leaves ample room. */
    public static final int DEFAULT_MAX_CHUNK_BYTES = 64 * 1024 * 1024;

    private final DataInputStream in;
    private final Direction direction;
    private final int maxChunkBytes;
    private byte[] scratch = new byte[4096];
    private byte[] discard;

    public MessageReader(InputStream in, Direction direction, int maxChunkBytes) {
        if (maxChunkBytes <= 0) {
            throw new IllegalArgumentException("maxChunkBytes must be positive, was " + maxChunkBytes);
        }
        this.in = new DataInputStream(in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16));
        this.direction = direction;
        this.maxChunkBytes = maxChunkBytes;
    }

    /**
     * Reads the next message.
     *
     * @throws java.io.EOFException when the stream ends, cleanly or in the middle of a chunk
     * @throws MalformedMessageException when a message had to be dropped; the stream is still usable
     */
    public Message read() throws IOException, MalformedMessageException {
        int length;
        do {
            long prefix = readLength();
            if (prefix > maxChunkBytes) {
                skip(prefix);
                throw new MalformedMessageException(
                        -1,
                        "Skipped a header chunk of " + prefix + " bytes: it exceeds the cap of " + maxChunkBytes
                                + " bytes");
            }
            length = (int) prefix;
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, scratch.length * 2)];
            }
            in.readFully(scratch, 0, length);
        } while (isBlank(scratch, length));

        ObjectNode header = parseHeader(length);
        int id = header.get(direction.idKey()).asInt();
        Direction.PayloadRule rule = direction.payloadRule(id);
        if (!rule.hasPayload()) {
            return new Message(id, header, null);
        }
        int declared = header.path(rule.sizeKey()).asInt(-1);
        return rule.singleChunk()
                ? readSingleChunk(id, header, rule, declared)
                : readChunksUpTo(id, header, rule, declared);
    }

    private ObjectNode parseHeader(int length) throws MalformedMessageException {
        JsonNode node;
        try {
            node = ProtocolJson.parse(scratch, 0, length);
        } catch (RuntimeException e) {
            throw new MalformedMessageException(
                    -1, "Dropped a " + length + "-byte header chunk that is not JSON: " + preview(length));
        }
        if (!(node instanceof ObjectNode header)) {
            throw new MalformedMessageException(
                    -1, "Dropped a header chunk that is not a JSON object: " + preview(length));
        }
        JsonNode id = header.get(direction.idKey());
        if (id == null || !id.canConvertToInt()) {
            throw new MalformedMessageException(
                    -1, "Dropped a header without an integer \"" + direction.idKey() + "\" key: " + preview(length));
        }
        return header;
    }

    private Message readSingleChunk(int id, ObjectNode header, Direction.PayloadRule rule, int declared)
            throws IOException, MalformedMessageException {
        long prefix = readLength();
        if (prefix > maxChunkBytes) {
            skip(prefix);
            throw new MalformedMessageException(
                    id,
                    "Skipped the " + prefix + "-byte payload of " + name(id) + ": it exceeds the cap of "
                            + maxChunkBytes + " bytes");
        }
        int length = (int) prefix;
        byte[] payload = new byte[length];
        in.readFully(payload);
        if (length != declared) {
            throw new MalformedMessageException(
                    id,
                    "Dropped " + name(id) + ": its payload has " + length + " bytes but " + rule.sizeKey() + " says "
                            + declared);
        }
        return new Message(id, header, payload);
    }

    private Message readChunksUpTo(int id, ObjectNode header, Direction.PayloadRule rule, int declared)
            throws IOException, MalformedMessageException {
        if (declared <= 0) {
            return new Message(id, header, null);
        }
        if (declared > maxChunkBytes) {
            // Consume what the sender will send for this message, without ever holding it.
            long seen = 0;
            while (seen < declared) {
                long length = readLength();
                skip(length);
                seen += length;
            }
            throw new MalformedMessageException(
                    id,
                    "Skipped " + name(id) + ": " + rule.sizeKey() + " " + declared + " exceeds the cap of "
                            + maxChunkBytes + " bytes");
        }
        byte[] payload = new byte[declared];
        int filled = 0;
        while (filled < declared) {
            long length = readLength();
            int room = declared - filled;
            if (length > room) {
                in.readFully(payload, filled, room);
                skip(length - room);
                throw new MalformedMessageException(
                        id, "Dropped " + name(id) + ": its chunks run past " + rule.sizeKey() + " " + declared);
            }
            in.readFully(payload, filled, (int) length);
            filled += (int) length;
        }
        return new Message(id, header, payload);
    }

    /** The prefix is unsigned on the wire, so it is widened rather than read as a possibly negative int. */
    private long readLength() throws IOException {
        return Integer.toUnsignedLong(in.readInt());
    }

    private void skip(long length) throws IOException {
        if (discard == null) {
            discard = new byte[8192];
        }
        long left = length;
        while (left > 0) {
            int n = (int) Math.min(left, discard.length);
            in.readFully(discard, 0, n);
            left -= n;
        }
    }

    private static boolean isBlank(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private String preview(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(length, 80); i++) {
            int b = scratch[i] & 0xff;
            text.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return text.append(length > 80 ? "..." : "").toString();
    }

    private String name(int id) {
        return direction == Direction.CORE_TO_CLIENT ? CallbackId.name(id) : CommandId.name(id);
    }
}
