package org.alirtc.local;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes seeded streams of mutated protocol chunks: well-formed messages, then bit flips in headers, declared sizes
 * that are huge, negative, fractional or wider than 32 bits, short and long payloads, stray binary chunks, bare
 * length prefixes and, rarely, a corrupt prefix after which the stream is given up (the caller starts a new one).
 */
final class ProtocolFuzzer {

    private static final String[] WEIRD_SIZES = {
        "1000000000000000000000000000000", "4294967396", "-1", "1.5", "2147483648", "67108864", "0", "\"12\"", "null"
    };

    private final SplittableRandom random;
    private final List<String> headers;
    private final String sizeKey;
    private long chunks;

    /**
     * @param headers JSON headers to start from; the one whose id carries a payload names {@code sizeKey}
     * @param sizeKey the key of the declared payload size in the headers that carry one
     */
    ProtocolFuzzer(long seed, List<String> headers, String sizeKey) {
        this.random = new SplittableRandom(seed);
        this.headers = headers;
        this.sizeKey = sizeKey;
    }

    /** Chunks written so far. */
    long chunks() {
        return chunks;
    }

    /**
     * Appends one mutated message to {@code out}.
     *
     * @return false when the stream was corrupted beyond recovery (a bogus length prefix); start a new stream
     */
    boolean next(ByteArrayOutputStream out) {
        String header = headers.get(random.nextInt(headers.size()));
        int payload = header.contains(sizeKey) ? 2 * random.nextInt(1, 1_000) : 0;
        header = header.replace("SIZE", Integer.toString(payload));
        int mutation = random.nextInt(1_000);
        if (mutation < 400) {
            message(out, header.getBytes(StandardCharsets.UTF_8), payload, payload);
        } else if (mutation < 550) {
            byte[] bytes = header.getBytes(StandardCharsets.UTF_8);
            for (int flips = random.nextInt(1, 4); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            message(out, bytes, payload, payload);
        } else if (mutation < 650 && payload > 0) {
            String weird = WEIRD_SIZES[random.nextInt(WEIRD_SIZES.length)];
            String mutated = header.replace("\"" + sizeKey + "\": " + payload, "\"" + sizeKey + "\": " + weird);
            message(out, mutated.getBytes(StandardCharsets.UTF_8), payload, payload);
        } else if (mutation < 750 && payload > 0) {
            message(out, header.getBytes(StandardCharsets.UTF_8), payload, random.nextInt(0, 2 * payload));
        } else if (mutation < 850) {
            byte[] junk = new byte[random.nextInt(0, 300)];
            random.nextBytes(junk);
            chunk(out, junk);
        } else if (mutation < 900) {
            message(out, "{}".getBytes(StandardCharsets.UTF_8), 0, 0);
        } else if (mutation < 994) {
            message(out, header.getBytes(StandardCharsets.UTF_8), payload, payload);
        } else if (mutation < 997) {
            // A bare length prefix announcing up to 64 MiB that never comes: the reader must not allocate it.
            prefix(out, random.nextInt(1 << 26));
            return false;
        } else {
            prefix(out, random.nextInt());
            return false;
        }
        return true;
    }

    private void message(ByteArrayOutputStream out, byte[] header, int declared, int sent) {
        chunk(out, header);
        if (declared > 0 || sent > 0) {
            byte[] pcm = new byte[sent];
            random.nextBytes(pcm);
            int offset = 0;
            while (offset < sent) {
                int length = Math.min(sent - offset, random.nextInt(1, 700));
                byte[] part = new byte[length];
                System.arraycopy(pcm, offset, part, 0, length);
                chunk(out, part);
                offset += length;
            }
        }
    }

    private void chunk(ByteArrayOutputStream out, byte[] data) {
        prefix(out, data.length);
        out.writeBytes(data);
    }

    private void prefix(ByteArrayOutputStream out, int length) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
        chunks++;
    }
}
