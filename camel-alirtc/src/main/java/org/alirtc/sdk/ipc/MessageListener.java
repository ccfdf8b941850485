package org.alirtc.sdk.ipc;

import java.io.IOException;

/**
 * Receives what a {@link CoreConnection}'s reader thread reads. Methods run on that thread, never while the
 * connection's write lock is held, so they may send on the same connection.
 */
public interface MessageListener {

    void onMessage(Message message);

    /** A message was dropped; the connection is still in step and goes on reading. */
    default void onMalformed(MalformedMessageException problem) {}

    /**
     * The connection is closed and the reader has stopped. Called exactly once.
     *
     * @param cause why the peer went away, or null when {@link CoreConnection#close()} closed it
     */
    default void onClosed(IOException cause) {}
}
