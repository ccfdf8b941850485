package org.alirtc.sdk.ipc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.alirtc.sdk.model.MvInfo;

/**
 * The header of a media callback read straight from its bytes into fields, without a JSON tree: the reader's fast
 * path for the callbacks that come once per frame. It takes only the plain shape the core sends, a flat JSON object
 * whose values are integers of up to 18 digits, strings of printable ASCII without escapes, or an empty array, and
 * where each key the decoders read has the type they expect. For anything else {@link #scan} returns false and the
 * reader parses the same bytes on its general path, so every error and every unusual value is handled there, once.
 * One instance belongs to one reader thread and is refilled by each scan; strings that repeat (the user id of each
 * frame) are kept, so a frame's header allocates nothing.
 *
 * <p>The fields of the last few headers are kept with their bytes: a stream's PCM headers are the same bytes frame
 * after frame (every field is a property of the stream), so a header equal to one of them takes its fields without
 * being scanned again. Equal bytes scan to equal fields, so this changes nothing but the time taken.
 */
final class FlatHeader implements HeaderFields {

    /** A size the general path must judge (negative, or beyond an int). */
    static final long UNUSABLE_SIZE = Long.MIN_VALUE;

    private static final byte NUMBER = 0;
    private static final byte TEXT = 1;
    private static final byte EMPTY_LIST = 2;
    private static final int MAX_DIGITS = 18;
    private static final int CACHED_TEXTS = 8;
    private static final int MAX_ORDERED_KEYS = 32;
    /** One per speaker of a small room; a header longer than {@link #MAX_KEPT_BYTES} is not kept. */
    private static final int KEPT_HEADERS = 4;

    private static final int MAX_KEPT_BYTES = 512;
    private static final int UNKNOWN_ORDER = -2;

    /** Every key a media callback's decoder reads, and the type it reads it as. */
    private static final String[] KEYS = {
        WireKeys.REQUEST,
        WireKeys.UID,
        WireKeys.USERID,
        WireKeys.TYPE,
        WireKeys.FRAME_MS,
        WireKeys.SAMPLE_RATES,
        WireKeys.SAMPLES,
        WireKeys.CHANNELS,
        WireKeys.SAMPLE_BITS,
        WireKeys.STREAM_INDEX,
        WireKeys.FRAME_SIZE,
        WireKeys.BUF_SIZE,
        WireKeys.SIZE,
        WireKeys.DATA_LEN,
        WireKeys.TRACK,
        WireKeys.WIDTH,
        WireKeys.HEIGHT,
        WireKeys.FRAME_NUM,
        WireKeys.QP,
        WireKeys.SLICE_TYPE,
        WireKeys.NETWORK_TIME,
        WireKeys.PROGRESS,
        WireKeys.MV_INFOS
    };

    private static final byte[][] KEY_BYTES = keyBytes();
    private static final byte[] KINDS = kinds();
    private static final int REQUEST_SLOT = 0;

    /** The headers kept, the one {@link #scan} filled or found last being {@link #current}. */
    private final Fields[] kept = new Fields[KEPT_HEADERS];

    private int nextKept;
    private Fields current;
    private final byte[][] cachedTextBytes = new byte[CACHED_TEXTS][];
    private final String[] cachedTexts = new String[CACHED_TEXTS];
    private int nextCachedText;
    /**
     * The slot of each key of the last header, in order (-1 for a key no decoder reads): the core writes the keys of
     * a callback in the same order every time, so the key at each position is checked against this one first.
     */
    private final int[] lastOrder = new int[MAX_ORDERED_KEYS];

    FlatHeader() {
        Arrays.fill(lastOrder, UNKNOWN_ORDER);
        for (int k = 0; k < KEPT_HEADERS; k++) {
            kept[k] = new Fields();
        }
    }

    /** The fields of one header, and its bytes while it is kept. */
    private static final class Fields {
        final long[] numbers = new long[KEYS.length];
        final String[] texts = new String[KEYS.length];
        final boolean[] present = new boolean[KEYS.length];
        byte[] bytes = new byte[0];
        /** The length of {@link #bytes} that is the header, or -1 when these fields are not a kept header. */
        int length = -1;
    }
    /** The value of the number {@link #number} just read. */
    private long parsed;

    /**
     * Reads {@code length} bytes of {@code b} as a flat header.
     *
     * @return true when the header has the plain shape and an int id, false when the general path must take it
     */
    boolean scan(byte[] b, int length) {
        for (Fields fields : kept) {
            if (fields.length == length && Arrays.equals(fields.bytes, 0, length, b, 0, length)) {
                current = fields;
                return true;
            }
        }
        Fields fields = kept[nextKept];
        fields.length = -1;
        current = fields;
        if (!scanInto(fields, b, length)) {
            return false;
        }
        if (length <= MAX_KEPT_BYTES) {
            if (fields.bytes.length < length) {
                fields.bytes = new byte[MAX_KEPT_BYTES];
            }
            System.arraycopy(b, 0, fields.bytes, 0, length);
            fields.length = length;
            nextKept = (nextKept + 1) % KEPT_HEADERS;
        }
        return true;
    }

    private boolean scanInto(Fields fields, byte[] b, int length) {
        long[] numbers = fields.numbers;
        boolean[] present = fields.present;
        Arrays.fill(present, false);
        int position = 0;
        int p = skipSpace(b, 0, length);
        if (p >= length || b[p] != '{') {
            return false;
        }
        p = skipSpace(b, p + 1, length);
        while (true) {
            if (p >= length || b[p] != '"') {
                return false;
            }
            int keyEnd = plainTextEnd(b, p + 1, length);
            if (keyEnd < 0) {
                return false;
            }
            int slot = slotAt(position++, b, p + 1, keyEnd);
            p = skipSpace(b, keyEnd + 1, length);
            if (p >= length || b[p] != ':') {
                return false;
            }
            p = skipSpace(b, p + 1, length);
            p = value(fields, b, p, length, slot);
            if (p < 0) {
                return false;
            }
            p = skipSpace(b, p, length);
            if (p >= length) {
                return false;
            }
            if (b[p] == '}') {
                break;
            }
            if (b[p] != ',') {
                return false;
            }
            p = skipSpace(b, p + 1, length);
        }
        if (skipSpace(b, p + 1, length) != length || !present[REQUEST_SLOT]) {
            return false;
        }
        long id = numbers[REQUEST_SLOT];
        return id >= Integer.MIN_VALUE && id <= Integer.MAX_VALUE;
    }

    /** The callback id of the header just scanned. */
    int id() {
        return (int) current.numbers[REQUEST_SLOT];
    }

    /** The payload size under {@code key}: -1 when absent, or {@link #UNUSABLE_SIZE}. */
    long declaredSize(String key) {
        int slot = slot(key);
        if (!current.present[slot]) {
            return -1;
        }
        long size = current.numbers[slot];
        return size >= 0 && size <= Integer.MAX_VALUE ? size : UNUSABLE_SIZE;
    }

    @Override
    public int i(String key) {
        return (int) lng(key);
    }

    @Override
    public long lng(String key) {
        int slot = slot(key, NUMBER);
        return current.present[slot] ? current.numbers[slot] : 0;
    }

    @Override
    public String str(String key) {
        int slot = slot(key, TEXT);
        return current.present[slot] ? current.texts[slot] : "";
    }

    /** Only an empty list or none passes {@link #scan}. */
    @Override
    public List<MvInfo> mvInfos(String key) {
        slot(key, EMPTY_LIST);
        return List.of();
    }

    /** Reads the value at {@code p} into {@code slot} (-1: a key no decoder reads); returns where it ends or -1. */
    private int value(Fields fields, byte[] b, int p, int length, int slot) {
        if (p >= length) {
            return -1;
        }
        byte kind;
        int end;
        if (b[p] == '"') {
            kind = TEXT;
            int close = plainTextEnd(b, p + 1, length);
            if (close < 0) {
                return -1;
            }
            if (slot >= 0 && KINDS[slot] == TEXT) {
                fields.texts[slot] = text(b, p + 1, close);
            }
            end = close + 1;
        } else if (b[p] == '[') {
            kind = EMPTY_LIST;
            int close = skipSpace(b, p + 1, length);
            if (close >= length || b[close] != ']') {
                return -1;
            }
            end = close + 1;
        } else {
            kind = NUMBER;
            end = number(b, p, length);
            if (end < 0) {
                return -1;
            }
            if (slot >= 0) {
                fields.numbers[slot] = parsed;
            }
        }
        if (slot >= 0) {
            if (KINDS[slot] != kind) {
                return -1;
            }
            fields.present[slot] = true;
        }
        return end;
    }

    /**
     * Reads an integer as JSON writes it ({@code -?(0|[1-9][0-9]*)}) of up to {@link #MAX_DIGITS} digits into
     * {@link #parsed}; returns where it ends, or -1 for anything else (fractions, exponents, leading zeros, longer
     * numbers and non-numbers).
     */
    private int number(byte[] b, int p, int length) {
        boolean negative = b[p] == '-';
        int q = negative ? p + 1 : p;
        if (q >= length || b[q] < '0' || b[q] > '9') {
            return -1;
        }
        int start = q;
        long value = 0;
        if (b[q] == '0') {
            q++;
        } else {
            while (q < length && b[q] >= '0' && b[q] <= '9' && q - start < MAX_DIGITS) {
                value = value * 10 + (b[q] - '0');
                q++;
            }
        }
        if (q < length && ((b[q] >= '0' && b[q] <= '9') || b[q] == '.' || b[q] == 'e' || b[q] == 'E')) {
            return -1;
        }
        parsed = negative ? -value : value;
        return q;
    }

    /** The index of the quote that closes a string starting at {@code p}, or -1 if it has escapes or non-ASCII. */
    private static int plainTextEnd(byte[] b, int p, int length) {
        for (int q = p; q < length; q++) {
            byte c = b[q];
            if (c == '"') {
                return q;
            }
            // Control characters are not JSON; bytes above 0x7f are negative, so UTF-8 goes to the general path too.
            if (c < 0x20 || c == '\\') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpace(byte[] b, int p, int length) {
        while (p < length && (b[p] == ' ' || b[p] == '\n' || b[p] == '\r' || b[p] == '\t')) {
            p++;
        }
        return p;
    }

    /** The string of bytes {@code from..to}, the same instance as last time when they repeat. */
    private String text(byte[] b, int from, int to) {
        for (int c = 0; c < CACHED_TEXTS; c++) {
            byte[] cached = cachedTextBytes[c];
            if (cached != null && Arrays.equals(cached, 0, cached.length, b, from, to)) {
                return cachedTexts[c];
            }
        }
        String text = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        cachedTextBytes[nextCachedText] = Arrays.copyOfRange(b, from, to);
        cachedTexts[nextCachedText] = text;
        nextCachedText = (nextCachedText + 1) % CACHED_TEXTS;
        return text;
    }

    /** The slot of the key at {@code from..to}, the {@code position}-th of its header. */
    private int slotAt(int position, byte[] b, int from, int to) {
        if (position >= MAX_ORDERED_KEYS) {
            return slotOf(b, from, to);
        }
        int expected = lastOrder[position];
        if (expected >= 0 ? sameKey(KEY_BYTES[expected], b, from, to) : expected == -1 && slotOf(b, from, to) < 0) {
            return expected;
        }
        int slot = slotOf(b, from, to);
        lastOrder[position] = slot;
        return slot;
    }

    private static boolean sameKey(byte[] key, byte[] b, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int slotOf(byte[] b, int from, int to) {
        for (int s = 0; s < KEY_BYTES.length; s++) {
            byte[] key = KEY_BYTES[s];
            if (sameKey(key, b, from, to)) {
                return s;
            }
        }
        return -1;
    }

    private static int slot(String key, byte kind) {
        int slot = slot(key);
        if (KINDS[slot] != kind) {
            throw new IllegalStateException("FlatHeader reads " + key + " as another type: fix its KEYS table");
        }
        return slot;
    }

    /** Decoders pass the {@link WireKeys} constants, so identity finds them. */
    private static int slot(String key) {
        for (int s = 0; s < KEYS.length; s++) {
            if (KEYS[s] == key) {
                return s;
            }
        }
        for (int s = 0; s < KEYS.length; s++) {
            if (KEYS[s].equals(key)) {
                return s;
            }
        }
        throw new IllegalStateException("A decoder reads " + key + ", which FlatHeader does not scan: add it to KEYS");
    }

    private static byte[][] keyBytes() {
        byte[][] bytes = new byte[KEYS.length][];
        for (int s = 0; s < KEYS.length; s++) {
            bytes[s] = KEYS[s].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[KEYS.length];
        for (int s = 0; s < KEYS.length; s++) {
            String key = KEYS[s];
            kinds[s] = key.equals(WireKeys.UID) || key.equals(WireKeys.USERID)
                    ? TEXT
                    : key.equals(WireKeys.MV_INFOS) ? EMPTY_LIST : NUMBER;
        }
        return kinds;
    }
}
