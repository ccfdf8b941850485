package org.alirtc.sdk.ipc;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes whole messages: the header as one chunk, then the payload in chunks of at most
 * {@value #PAYLOAD_CHUNK_BYTES} bytes (the vendor's {@code SERVER_RECV_BUF_SIZE}), or as exactly one chunk
 * where the receiving side expects a single chunk. Not thread-safe: callers serialise writes so that a header
 * and its chunks are never interleaved with another message.
 */
public final class MessageWriter {

    public static final int PAYLOAD_CHUNK_BYTES = 65_536;

    private final OutputStream out;
    private final Direction direction;
    private final byte[] prefix = new byte[4];

    public MessageWriter(OutputStream out, Direction direction) {
        this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, PAYLOAD_CHUNK_BYTES + 8);
        this.direction = direction;
    }

    /** Writes and flushes one message. */
    public void write(Message message) throws IOException {
        writeUnflushed(message);
        out.flush();
    }

    /** Writes a message without flushing, for callers that batch several messages into one flush. */
    public void writeUnflushed(Message message) throws IOException {
        writeUnflushed(WireMessage.of(message));
    }

    /** Writes and flushes one message whose header is already encoded. */
    public void write(WireMessage message) throws IOException {
        writeUnflushed(message);
        out.flush();
    }

    private void writeUnflushed(WireMessage message) throws IOException {
        writeChunk(message.header(), 0, -1);
        byte[] payload = message.payload();
        Direction.PayloadRule rule = direction.payloadRule(message.id());
        if (!rule.hasPayload()) {
            return;
        }
        if (rule.singleChunk()) {
            writeChunk(payload, 0, payload.length);
            return;
        }
        for (int offset = 0; offset < payload.length; offset += PAYLOAD_CHUNK_BYTES) {
            writeChunk(payload, offset, Math.min(PAYLOAD_CHUNK_BYTES, payload.length - offset));
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** The exact bytes a message becomes on the wire. */
    public static byte[] encode(Message message, Direction direction) {
        return encode(WireMessage.of(message), direction);
    }

    /** The exact bytes a message whose header is already encoded becomes on the wire. */
    public static byte[] encode(WireMessage message, Direction direction) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new MessageWriter(bytes, direction).write(message);
        } catch (IOException e) {
            throw new IllegalStateException("In-memory write failed", e);
        }
        return bytes.toByteArray();
    }

    private void writeChunk(byte[] data, int offset, int length) throws IOException {
        int n = length < 0 ? data.length : length;
        prefix[0] = (byte) (n >>> 24);
        prefix[1] = (byte) (n >>> 16);
        prefix[2] = (byte) (n >>> 8);
        prefix[3] = (byte) n;
        out.write(prefix);
        out.write(data, offset, n);
    }
}
