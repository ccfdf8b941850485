package org.alirtc.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.CallbackId;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clients that stop reading: kept for a while at the cost of their media, cut off when control piles up. */
class LocalCoreSlowReaderTest {

    private static final int FORMAT_I420 = 1;

    @Test
    void aClientThatPausesReadingLongerThanTenSecondsIsKeptAndMissesOnlyMedia() throws Exception {
        String channel = "slow-" + UUID.randomUUID().toString().substring(0, 8);
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            alice.joined(channel, "alice", "{}", c -> {});
            alice.pauseReading(Duration.ofSeconds(12));
            bob.joined(channel, "bob", "{}", c -> {});
            bob.await(CallbackId.ON_VIDEO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
            // 14 MB/s of video fills the socket buffers within a second, so alice's outbox stalls for ~11 s.
            byte[] frame = new byte[1280 * 720 * 3 / 2];
            long end = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            for (long ms = 0; System.nanoTime() < end; ms += 100) {
                bob.pushVideo(FORMAT_I420, 1280, 720, 1280, frame, ms);
                TestClient.sleep(100);
            }
            int before = alice.all(CallbackId.ON_REMOTE_VIDEO_SAMPLE).size();
            alice.await(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY, m -> "bob".equals(m.text("uid")));
            for (long ms = 20_000; alice.all(CallbackId.ON_REMOTE_VIDEO_SAMPLE).size() <= before + 2; ms += 100) {
                assertFalse(alice.isClosed(), "the core kept the paused client");
                bob.pushVideo(FORMAT_I420, 1280, 720, 1280, frame, ms);
                TestClient.sleep(100);
            }
            assertFalse(alice.isClosed(), "the core kept the paused client");
        }
    }

    @Test
    void aClientThatSendsCommandsButNeverReadsIsCutOffAtTheControlBound() throws Exception {
        LocalCoreServer server = LocalCoreServer.start(LocalCoreOptions.none());
        try (Socket raw = new Socket()) {
            raw.setReceiveBufferSize(4096);
            raw.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
            byte[] command = "{\"Command\": 40}".getBytes(StandardCharsets.US_ASCII);
            ByteBuffer batch = ByteBuffer.allocate(1_000 * (4 + command.length));
            while (batch.hasRemaining()) {
                batch.putInt(command.length).put(command);
            }
            OutputStream out = raw.getOutputStream();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // 65,536 unread answers are the bound: the core closes the connection long before 10M commands.
            assertThrows(IOException.class, () -> {
                for (int i = 0; i < 10_000 && System.nanoTime() < deadline; i++) {
                    out.write(batch.array());
                }
            });
            InputStream in = raw.getInputStream();
            assertTrue(drainsToTheEnd(in), "the core closed the connection");
        } finally {
            server.stop(Duration.ofSeconds(2));
        }
    }

    /** Reads until end of stream or reset; false if data keeps coming for 30 s. */
    private static boolean drainsToTheEnd(InputStream in) {
        byte[] buffer = new byte[1 << 16];
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
