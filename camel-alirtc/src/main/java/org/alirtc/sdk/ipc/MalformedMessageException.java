package org.alirtc.sdk.ipc;

/**
 * A message that could not be read as the protocol says, although the stream is still in step: the offending
 * chunks were consumed whole, by their length prefixes, so the next read starts at the next chunk.
 */
public final class MalformedMessageException extends Exception {

    private final int messageId;

    public MalformedMessageException(int messageId, String reason) {
        super(reason);
        this.messageId = messageId;
    }

    /** The id from the header when it could be read, else -1. */
    public int messageId() {
        return messageId;
    }
}
