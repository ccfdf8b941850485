package org.alirtc.sdk.ipc;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads whole messages (a JSON header chunk and the binary chunks that belong to it) from a stream of
 * length-prefixed chunks. Not thread-safe: one reader thread owns it.
 *
 * <p>Memory: a length prefix alone allocates nothing; a buffer grows only as the bytes it announced arrive, and no
 * chunk or payload larger than {@code maxChunkBytes} is ever held (it is skipped by its prefix). So one connection
 * holds at most about {@code maxChunkBytes} plus 64 KiB, whatever a peer declares.
 *
 * <p>Bad input surfaces as a {@link MalformedMessageException}, after which the next {@link #read()} starts
 * cleanly: an oversize chunk is skipped without being allocated, a header that is not JSON is dropped, and a payload
 * whose size disagrees with its header is consumed and reported. Declared sizes are exact integers: a size that is
 * not a whole number in {@code 0..2^31-1} (such as {@code 1e30} or {@code 4294967396}) is refused, never truncated.
 * When a payload turns out shorter than its declared size, the chunk that follows is looked at before it is taken
 * as payload: a chunk that is itself a valid header ends the short message (reported as malformed) and is read as
 * the next message, so a short push does not swallow the commands after it. Binary chunks met while looking for the
 * next header after a refused size are skipped.
 */
public final class MessageReader {

    /** The default cap on a single chunk; a 1080p I420 frame is 3,110,400 bytes, so this leaves ample room. */
    public static final int DEFAULT_MAX_CHUNK_BYTES = 64 * 1024 * 1024;

    /** Buffers start at this size at most and double as bytes arrive. */
    private static final int INITIAL_BUFFER_BYTES = 64 * 1024;
    /** A header is a small JSON object; a chunk this large is never taken for one while resynchronising. */
    private static final int MAX_RESYNC_HEADER_BYTES = 64 * 1024;
    /** What a message without payload carries, as {@link Message} has it. */
    private static final byte[] NO_PAYLOAD = new byte[0];

    private final DataInputStream in;
    private final Direction direction;
    private final int maxChunkBytes;
    private byte[] scratch = new byte[4096];
    private byte[] discard;
    /** A header chunk met while reading a payload, to be read as the next message. */
    private byte[] pending;
    /** Whether binary chunks are skipped until the next header (after a size that could not be trusted). */
    private boolean resyncing;
    /** The fast path's fields, for callbacks only. */
    private final FlatHeader flat;

    public MessageReader(InputStream in, Direction direction, int maxChunkBytes) {
        if (maxChunkBytes <= 0) {
            throw new IllegalArgumentException("maxChunkBytes must be positive, was " + maxChunkBytes);
        }
        this.in = new DataInputStream(in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16));
        this.direction = direction;
        this.maxChunkBytes = maxChunkBytes;
        this.flat = direction == Direction.CORE_TO_CLIENT ? new FlatHeader() : null;
    }

    /**
     * Reads the next message.
     *
     * @throws java.io.EOFException when the stream ends, cleanly or in the middle of a chunk
     * @throws MalformedMessageException when a message had to be dropped; the stream is still usable
     */
    public Message read() throws IOException, MalformedMessageException {
        if (pending != null) {
            return readBody(takePending());
        }
        int length = readHeaderChunk();
        return readBody(length < 0 ? takePending() : parseScratch(length));
    }

    /**
     * Reads the next message like {@link #read()}, except that a callback carrying media whose header has the plain
     * flat shape ({@link FlatHeader}) is decoded straight from its bytes, without a JSON tree, and handed to
     * {@code media}; then null is returned. The record, and every error, are the same as
     * {@link CallbackCodec#decode} of what {@link #read()} returns: any header the fast path does not take goes the
     * general way. On a reader of commands this is {@link #read()}.
     */
    public Message read(Consumer<? super Callback> media) throws IOException, MalformedMessageException {
        if (flat == null || pending != null) {
            return read();
        }
        int length = readHeaderChunk();
        if (length < 0) {
            return readBody(takePending());
        }
        if (!flat.scan(scratch, length) || !CallbackCodec.isMedia(flat.id())) {
            return readBody(parseScratch(length));
        }
        int id = flat.id();
        Direction.PayloadRule rule = direction.payloadRule(id);
        long declared = flat.declaredSize(rule.sizeKey());
        if (declared == FlatHeader.UNUSABLE_SIZE) {
            return readBody(parseScratch(length));
        }
        shrinkScratch();
        byte[] payload = readPayload(id, rule, declared);
        media.accept(CallbackCodec.decodeMedia(id, flat, payload == null ? NO_PAYLOAD : payload));
        return null;
    }

    private Message readBody(ObjectNode header) throws IOException, MalformedMessageException {
        int id = header.get(direction.idKey()).intValue();
        Direction.PayloadRule rule = direction.payloadRule(id);
        if (!rule.hasPayload()) {
            return new Message(id, header, null);
        }
        return new Message(id, header, readPayload(id, rule, declaredSize(id, header, rule)));
    }

    private byte[] readPayload(int id, Direction.PayloadRule rule, long declared)
            throws IOException, MalformedMessageException {
        return rule.singleChunk() ? readSingleChunk(id, rule, declared) : readChunksUpTo(id, rule, (int) declared);
    }

    private ObjectNode parseScratch(int length) throws MalformedMessageException {
        try {
            return parseHeader(scratch, length);
        } finally {
            shrinkScratch();
        }
    }

    /**
     * Reads the next header chunk that is not all zeros into {@link #scratch} and returns its length, or -1 when
     * resynchronising found it and left it in {@link #pending}.
     */
    private int readHeaderChunk() throws IOException, MalformedMessageException {
        while (true) {
            long prefix = readLength();
            if (resyncing) {
                if (readIfHeader(prefix)) {
                    resyncing = false;
                    return -1;
                }
                continue;
            }
            if (prefix > maxChunkBytes) {
                skip(prefix);
                throw new MalformedMessageException(
                        -1,
                        "Skipped a header chunk of " + prefix + " bytes: it exceeds the cap of " + maxChunkBytes
                                + " bytes");
            }
            int length = (int) prefix;
            scratch = readGrowing(scratch, 0, length, length);
            if (!isBlank(scratch, length)) {
                return length;
            }
            shrinkScratch();
        }
    }

    private ObjectNode takePending() throws MalformedMessageException {
        byte[] chunk = pending;
        pending = null;
        return parseHeader(chunk, chunk.length);
    }

    /**
     * Reads a chunk of {@code length} bytes whose prefix was just read; when it is a valid header it becomes
     * {@link #pending} and true is returned, otherwise it is consumed and false is returned. Only the first byte of
     * a binary chunk is read before the rest is skipped.
     */
    private boolean readIfHeader(long length) throws IOException {
        if (length == 0) {
            return false;
        }
        int first = in.read();
        if (first < 0) {
            throw new EOFException("The stream ended inside a chunk");
        }
        if (first != '{' || length > MAX_RESYNC_HEADER_BYTES) {
            skip(length - 1);
            return false;
        }
        byte[] chunk = new byte[(int) length];
        chunk[0] = (byte) first;
        in.readFully(chunk, 1, chunk.length - 1);
        if (!isHeader(chunk, chunk.length)) {
            return false;
        }
        pending = chunk;
        return true;
    }

    private boolean isHeader(byte[] chunk, int length) {
        try {
            parseHeader(chunk, length);
            return true;
        } catch (MalformedMessageException notAHeader) {
            return false;
        }
    }

    private ObjectNode parseHeader(byte[] chunk, int length) throws MalformedMessageException {
        JsonNode node;
        try {
            node = ProtocolJson.parse(chunk, 0, length);
        } catch (RuntimeException e) {
            throw new MalformedMessageException(
                    -1, "Dropped a " + length + "-byte header chunk that is not JSON: " + preview(chunk, length));
        }
        if (!(node instanceof ObjectNode header)) {
            throw new MalformedMessageException(
                    -1, "Dropped a header chunk that is not a JSON object: " + preview(chunk, length));
        }
        JsonNode id = header.get(direction.idKey());
        if (id == null || !id.isIntegralNumber() || !id.canConvertToInt()) {
            throw new MalformedMessageException(
                    -1,
                    "Dropped a header without an integer \"" + direction.idKey() + "\" key: " + preview(chunk, length));
        }
        return header;
    }

    /**
     * The payload size the header declares, exactly: -1 when it is absent, otherwise a whole number in
     * {@code 0..Integer.MAX_VALUE}; anything else drops the message and skips to the next header.
     */
    private long declaredSize(int id, ObjectNode header, Direction.PayloadRule rule) throws MalformedMessageException {
        JsonNode size = header.get(rule.sizeKey());
        if (size == null || size.isNull()) {
            return -1;
        }
        if (size.isIntegralNumber() && size.canConvertToInt() && size.intValue() >= 0) {
            return size.intValue();
        }
        resyncing = true;
        throw new MalformedMessageException(
                id,
                "Dropped " + name(id) + ": " + rule.sizeKey() + " " + size + " is not a whole number of bytes in 0.."
                        + Integer.MAX_VALUE + "; skipping to the next header");
    }

    private byte[] readSingleChunk(int id, Direction.PayloadRule rule, long declared)
            throws IOException, MalformedMessageException {
        long prefix = readLength();
        if (prefix != declared && peekHeader(prefix)) {
            throw new MalformedMessageException(
                    id, "Dropped " + name(id) + ": a header came where its payload was due");
        }
        if (prefix > maxChunkBytes) {
            skip(prefix);
            throw new MalformedMessageException(
                    id,
                    "Skipped the " + prefix + "-byte payload of " + name(id) + ": it exceeds the cap of "
                            + maxChunkBytes + " bytes");
        }
        int length = (int) prefix;
        byte[] payload = readGrowing(null, 0, length, length);
        if (length != declared) {
            throw new MalformedMessageException(
                    id,
                    "Dropped " + name(id) + ": its payload has " + length + " bytes but " + rule.sizeKey() + " says "
                            + declared);
        }
        return payload;
    }

    /** The payload, or null for none. */
    private byte[] readChunksUpTo(int id, Direction.PayloadRule rule, int declared)
            throws IOException, MalformedMessageException {
        if (declared <= 0) {
            return null;
        }
        if (declared > maxChunkBytes) {
            // What the sender sends for this message is skipped, never held, up to the next header.
            resyncing = true;
            throw new MalformedMessageException(
                    id,
                    "Skipped " + name(id) + ": " + rule.sizeKey() + " " + declared + " exceeds the cap of "
                            + maxChunkBytes + " bytes");
        }
        byte[] payload = null;
        int filled = 0;
        while (filled < declared) {
            long length = readLength();
            if (peekHeader(length)) {
                throw new MalformedMessageException(
                        id,
                        "Dropped " + name(id) + ": only " + filled + " of the " + declared + " bytes its "
                                + rule.sizeKey() + " declares came before the next header");
            }
            int room = declared - filled;
            if (length > room) {
                skip(length);
                throw new MalformedMessageException(
                        id, "Dropped " + name(id) + ": its chunks run past " + rule.sizeKey() + " " + declared);
            }
            payload = readGrowing(payload, filled, (int) length, declared);
            filled += (int) length;
        }
        return payload;
    }

    /**
     * Looks at the chunk of {@code length} bytes whose prefix was just read without consuming it, unless it is a
     * valid header: then it is consumed, kept as {@link #pending} for the next read, and true is returned.
     */
    private boolean peekHeader(long length) throws IOException {
        if (length < 2 || length > MAX_RESYNC_HEADER_BYTES) {
            return false;
        }
        in.mark((int) length + 1);
        int first = in.read();
        if (first != '{') {
            in.reset();
            return false;
        }
        byte[] chunk = new byte[(int) length];
        chunk[0] = (byte) first;
        in.readFully(chunk, 1, chunk.length - 1);
        if (!isHeader(chunk, chunk.length)) {
            in.reset();
            return false;
        }
        pending = chunk;
        return true;
    }

    /**
     * Reads {@code count} bytes into {@code buffer} at {@code offset}, growing it (or allocating it when null) only
     * as bytes arrive, so a prefix that announces more than is sent costs no more than twice what was sent. The
     * buffer doubles up to {@code limit}, the size of the whole payload it will hold, rather than to the end of
     * this chunk: growing chunk by chunk would copy a 1080p frame 48 times.
     */
    private byte[] readGrowing(byte[] buffer, int offset, int count, int limit) throws IOException {
        int end = offset + count;
        byte[] target = buffer == null ? new byte[Math.min(end, INITIAL_BUFFER_BYTES)] : buffer;
        int filled = offset;
        while (filled < end) {
            if (filled == target.length) {
                target = Arrays.copyOf(target, (int) Math.min(limit, 2L * target.length));
            }
            int n = in.read(target, filled, Math.min(target.length, end) - filled);
            if (n < 0) {
                throw new EOFException("The stream ended inside a chunk");
            }
            filled += n;
        }
        return target;
    }

    /** A payload-sized header chunk is not kept for the life of the connection. */
    private void shrinkScratch() {
        if (scratch.length > INITIAL_BUFFER_BYTES) {
            scratch = Arrays.copyOf(scratch, INITIAL_BUFFER_BYTES);
        }
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

    private static String preview(byte[] chunk, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(length, 80); i++) {
            int b = chunk[i] & 0xff;
            text.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return text.append(length > 80 ? "..." : "").toString();
    }

    private String name(int id) {
        return direction == Direction.CORE_TO_CLIENT ? CallbackId.name(id) : CommandId.name(id);
    }
}
