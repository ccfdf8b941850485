package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreConnectionTest {

    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void throwingListenerDoesNotStopDelivery() throws Exception {
        BlockingQueue<Message> seen = new LinkedBlockingQueue<>();
        Pair pair = pair(
                message -> {
                    seen.add(message);
                    if (message.intValue("n", 0) == 1) {
                        throw new IllegalStateException("boom");
                    }
                },
                message -> {});

        for (int n = 1; n <= 3; n++) {
            pair.core.send(Message.callback(
                    Message.callbackHeader(CallbackId.ON_WARNING).put("n", n), null));
        }

        for (int n = 1; n <= 3; n++) {
            assertEquals(n, seen.poll(5, TimeUnit.SECONDS).intValue("n", 0));
        }
        assertEquals(1, pair.client.listenerFailures());
        assertEquals(3, pair.client.messagesReceived());
    }

    @Test
    void listenerMaySendOnTheSameConnection() throws Exception {
        BlockingQueue<Message> atCore = new LinkedBlockingQueue<>();
        CompletableFuture<CoreConnection> clientRef = new CompletableFuture<>();
        Pair pair = pair(
                message -> {
                    try {
                        clientRef.join().send(Message.command(Message.commandHeader(CommandId.LEAVE_CHANNEL)));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                },
                atCore::add);
        clientRef.complete(pair.client);

        pair.core.send(Message.callback(
                Message.callbackHeader(CallbackId.ON_JOIN_CHANNEL).put("joinresult", 0), null));

        assertEquals(CommandId.LEAVE_CHANNEL, atCore.poll(5, TimeUnit.SECONDS).id());
    }

    @Test
    void concurrentWritersNeverInterleaveChunks() throws Exception {
        int writers = 4;
        int perWriter = 200;
        BlockingQueue<Message> atCore = new LinkedBlockingQueue<>();
        Pair pair = pair(m -> {}, atCore::add);
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            byte value = (byte) (w + 1);
            Thread t = new Thread(() -> {
                try {
                    for (int i = 0; i < perWriter; i++) {
                        byte[] payload = new byte[70_000 + i];
                        java.util.Arrays.fill(payload, value);
                        pair.client.send(Message.command(
                                Message.commandHeader(CommandId.PUSH_AUDIO_FRAME)
                                        .put("sampleLength", payload.length)
                                        .put("writer", (int) value),
                                payload));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        assertTrue(done.await(30, TimeUnit.SECONDS));
        for (int i = 0; i < writers * perWriter; i++) {
            Message m = atCore.poll(10, TimeUnit.SECONDS);
            assertNotNull(m, "message " + i + " missing");
            byte expected = (byte) m.intValue("writer", 0);
            for (byte b : m.payload()) {
                if (b != expected) {
                    throw new AssertionError("payload of writer " + expected + " contains bytes of writer " + b);
                }
            }
        }
        assertEquals(0, pair.core.malformedMessages());
    }

    @Test
    void peerCloseIsReportedOnceWithACause() throws Exception {
        CompletableFuture<IOException> closed = new CompletableFuture<>();
        AtomicInteger calls = new AtomicInteger();
        Pair pair = pair(
                new MessageListener() {
                    @Override
                    public void onMessage(Message message) {}

                    @Override
                    public void onClosed(IOException cause) {
                        calls.incrementAndGet();
                        closed.complete(cause);
                    }
                },
                m -> {});

        pair.core.close();

        assertNotNull(closed.get(5, TimeUnit.SECONDS));
        assertFalse(pair.client.isOpen());
        assertThrows(IOException.class, () -> pair.client.send(Message.command(Message.commandHeader(6))));
        Thread.sleep(100);
        assertEquals(1, calls.get());
    }

    @Test
    void localCloseIsReportedWithoutACause() throws Exception {
        CompletableFuture<IOException> closed = new CompletableFuture<>();
        Pair pair = pair(
                new MessageListener() {
                    @Override
                    public void onMessage(Message message) {}

                    @Override
                    public void onClosed(IOException cause) {
                        closed.complete(cause);
                    }
                },
                m -> {});

        pair.client.close();

        assertNull(closed.get(5, TimeUnit.SECONDS));
    }

    @Test
    void blockedWriteIsAbortedAfterTheWriteTimeout() throws Exception {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        open.add(server);
        Socket clientSocket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket silentPeer = server.accept();
        open.add(silentPeer);
        CoreConnection client = CoreConnection.start(
                clientSocket,
                Direction.CORE_TO_CLIENT,
                m -> {},
                ConnectionOptions.defaults().withWriteTimeout(Duration.ofMillis(500)),
                "silent");
        open.add(client);

        byte[] payload = new byte[4 * 1024 * 1024];
        IOException failure = assertThrows(IOException.class, () -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                client.send(Message.command(
                        Message.commandHeader(CommandId.PUSH_VIDEO_FRAME).put("dataLen", payload.length), payload));
            }
        });
        assertInstanceOf(IOException.class, failure);
        assertTrue(
                failure.getMessage().contains("not reading")
                        || failure.getMessage().contains("closed"),
                failure.getMessage());
        assertFalse(client.isOpen());
    }

    private Pair pair(MessageListener clientListener, MessageListener coreListener) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        open.add(server);
        Socket clientSocket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket coreSocket = server.accept();
        CoreConnection core = CoreConnection.start(
                coreSocket, Direction.CLIENT_TO_CORE, coreListener, ConnectionOptions.defaults(), "core");
        CoreConnection client = CoreConnection.start(
                clientSocket, Direction.CORE_TO_CLIENT, clientListener, ConnectionOptions.defaults(), "client");
        open.add(client);
        open.add(core);
        return new Pair(client, core);
    }

    private record Pair(CoreConnection client, CoreConnection core) {}
}
