package org.alirtc.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

/**
 * The baseline: a plain byte[] socket copy of the same stream. One thread reads each message's wire bytes with
 * {@link DataInputStream#readFully}, through the same 64 KiB buffer the engine reads through, into one reused array, reads the send time, and does nothing else: no
 * decoding, no allocation: moving the bytes and nothing more.
 */
final class SocketCopyReceiver implements Receiver {

    private final FrameCounter counter = new FrameCounter();
    private final Socket socket;
    private final Thread reader;
    private volatile boolean closed;

    SocketCopyReceiver(int serverPort, EncodedStream stream) throws IOException {
        this.socket = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        socket.setTcpNoDelay(true);
        // Buffered as the engine's reader is, so that small audio messages do not cost a system call each.
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
        byte[] message = new byte[stream.messageBytes()];
        this.reader = new Thread(
                () -> {
                    try {
                        while (!closed) {
                            in.readFully(message);
                            counter.delivered(message, stream.stampOffset(), stream.payloadBytes());
                        }
                    } catch (IOException e) {
                        // Closed at the end of the scenario.
                    }
                },
                "alirtc-bench-baseline-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public FrameCounter counter() {
        return counter;
    }

    @Override
    public void close() throws Exception {
        closed = true;
        socket.close();
        reader.join(5_000);
    }
}
