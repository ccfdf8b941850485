package org.alirtc.sdk.model;

/** Content hashing for records that carry media bytes, limited to the valid prefix. */
final class ByteArrays {

    private ByteArrays() {}

    static int hash(byte[] data, int length) {
        int result = 1;
        for (int i = 0; i < length; i++) {
            result = 31 * result + data[i];
        }
        return result;
    }
}
