package org.alirtc.sdk.ipc;

/**
 * A {@link MessageListener} of callbacks that takes the media callbacks as records: its {@link CoreConnection}
 * decodes them on the reader's fast path ({@link MessageReader#read(java.util.function.Consumer)}), without a
 * JSON tree, and calls {@link #onCallback} instead of {@link #onMessage}. Every other message still comes to
 * {@link #onMessage}.
 */
public interface CallbackListener extends MessageListener {

    /** A media callback, decoded exactly as {@link CallbackCodec#decode} would decode its message. */
    void onCallback(Callback callback);
}
