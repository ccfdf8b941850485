package org.alirtc.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * A blocking stream over a non-blocking socket channel, so one connection's reader thread can read whole messages
 * with the protocol codec while any thread writes to the same channel without ever blocking.
 */
final class ChannelInputStream extends InputStream {

    private static final long SELECT_MILLIS = 1_000;

    private final SocketChannel channel;
    private final Selector selector;

    /** @param channel a channel already in non-blocking mode */
    ChannelInputStream(SocketChannel channel) throws IOException {
        this.channel = channel;
        this.selector = Selector.open();
        channel.register(selector, SelectionKey.OP_READ);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        try {
            while (true) {
                int n = channel.read(buffer);
                if (n != 0) {
                    return n;
                }
                selector.select(SELECT_MILLIS);
                selector.selectedKeys().clear();
            }
        } catch (ClosedChannelException | ClosedSelectorException closed) {
            return -1;
        }
    }

    /** Lets a read blocked in {@link #read} notice that the channel was closed. */
    void wakeup() {
        selector.wakeup();
    }

    @Override
    public void close() throws IOException {
        selector.close();
    }
}
