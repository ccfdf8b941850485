package org.alirtc.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageWriter;

/**
 * The exact wire bytes of {@code count} copies of one callback message, encoded once with {@link MessageWriter} so
 * that the server only copies bytes. The first 8 payload bytes of every message carry a send time
 * ({@link System#nanoTime()}, big-endian), written by {@link #stamp(long)} just before the block goes out; the
 * receiver reads it back from the payload to measure latency.
 */
final class EncodedStream {

    static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] block;
    private final int messageBytes;
    private final int payloadBytes;
    private final int stampOffset;
    private final int count;
    private final Message message;

    EncodedStream(Message message, int count) {
        this.message = message;
        byte[] one = MessageWriter.encode(message, Direction.CORE_TO_CLIENT);
        this.messageBytes = one.length;
        this.payloadBytes = message.payload().length;
        // Header chunk prefix, header, then the first payload chunk's prefix.
        int headerBytes = ((one[0] & 0xff) << 24) | ((one[1] & 0xff) << 16) | ((one[2] & 0xff) << 8) | (one[3] & 0xff);
        this.stampOffset = 4 + headerBytes + 4;
        this.count = count;
        this.block = new byte[one.length * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(one, 0, block, i * one.length, one.length);
        }
    }

    /** Writes {@code nanos} into every message of the block. */
    void stamp(long nanos) {
        for (int i = 0; i < count; i++) {
            LONG_BE.set(block, i * messageBytes + stampOffset, nanos);
        }
    }

    Message message() {
        return message;
    }

    byte[] block() {
        return block;
    }

    int messagesPerBlock() {
        return count;
    }

    /** Wire bytes of one message (header, payload and all chunk prefixes). */
    int messageBytes() {
        return messageBytes;
    }

    int payloadBytes() {
        return payloadBytes;
    }

    /** Where the send time sits within one message's wire bytes. */
    int stampOffset() {
        return stampOffset;
    }

    /** The send time stamped into a payload that starts with it. */
    static long stampOf(byte[] payload, int offset) {
        return (long) LONG_BE.get(payload, offset);
    }
}
