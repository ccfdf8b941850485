package org.alirtc.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.ConnectionOptions;
import org.alirtc.sdk.ipc.CoreConnection;
import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageListener;
import org.alirtc.sdk.model.TokenGenerator;

/**
 * A minimal protocol client for tests: sends commands over a real socket and records every callback, so tests
 * can wait for and inspect what the local core sent.
 */
final class TestClient implements MessageListener, AutoCloseable {

    static final String APP_ID = "testApp";
    static final Duration WAIT = Duration.ofSeconds(5);

    private final List<Message> received = new ArrayList<>();
    private final CoreConnection connection;
    private final LocalCoreServer server;
    private volatile boolean closed;
    private volatile long pausedUntilNanos;

    private TestClient(int port, LocalCoreServer server) throws IOException {
        this.server = server;
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        this.connection = CoreConnection.start(
                socket, Direction.CORE_TO_CLIENT, this, ConnectionOptions.defaults(), "test-" + port);
    }

    /** Starts a local core with these options and connects to it. */
    static TestClient start(LocalCoreOptions options) throws IOException {
        LocalCoreServer server = LocalCoreServer.start(options);
        return new TestClient(server.port(), server);
    }

    static TestClient start() throws IOException {
        return start(LocalCoreOptions.none());
    }

    /** Connects to a core that is already listening (another process, for example). */
    static TestClient connect(int port) throws IOException {
        return new TestClient(port, null);
    }

    /** Stops reading from the core for {@code pause}, starting with the next message that arrives. */
    void pauseReading(Duration pause) {
        pausedUntilNanos = System.nanoTime() + pause.toNanos();
    }

    boolean isClosed() {
        return closed;
    }

    LocalCoreServer server() {
        return server;
    }

    @Override
    public void onMessage(Message message) {
        long pause = pausedUntilNanos - System.nanoTime();
        if (pause > 0) {
            // Blocks the reader thread, as a vendor client does while its application does not pump its loop.
            sleep(pause / 1_000_000);
        }
        synchronized (received) {
            received.add(message);
            received.notifyAll();
        }
    }

    @Override
    public void onClosed(IOException cause) {
        closed = true;
        synchronized (received) {
            received.notifyAll();
        }
    }

    void send(int command, Consumer<ObjectNode> fields) {
        send(command, fields, null);
    }

    void send(int command, Consumer<ObjectNode> fields, byte[] payload) {
        ObjectNode header = Message.commandHeader(command);
        fields.accept(header);
        try {
            connection.send(Message.command(header, payload));
        } catch (IOException e) {
            throw new IllegalStateException("Sending command " + command + " failed", e);
        }
    }

    void createEngine(String extra) {
        send(CommandId.CREATE_RTC_ENGINE, h -> {
            h.put("logPath", "/tmp");
            h.put("h5mode", 0);
            h.put("extra", extra);
        });
    }

    /** Joins with a token for {@link #APP_ID} signed by {@code appKey}, valid for an hour. */
    void join(String channel, String userId, String appKey, Consumer<ObjectNode> config) {
        String token =
                TokenGenerator.generate(APP_ID, appKey, channel, userId, System.currentTimeMillis() / 1000 + 3600);
        joinWithToken(token, channel, userId, config);
    }

    void joinWithToken(String token, String channel, String userId, Consumer<ObjectNode> config) {
        send(CommandId.JOIN_CHANNEL_V2, h -> {
            h.put("token", token);
            h.put("channel", channel);
            h.put("userid", userId);
            h.put("username", userId);
            ObjectNode c = h.putObject("config");
            c.put("isAudioOnly", false);
            c.put("channelProfile", 1);
            c.put("publishMode", 0);
            c.put("subscribeMode", 0);
            c.put("publishAvsyncMode", 0);
            c.put("publishAvsyncWithPtsMaxAudioCacheSize", 300);
            c.put("publishAvsyncWithPtsMaxVideoCacheSize", 100);
            c.put("subscribeVideoFormat", 1);
            c.put("subscribeAudioFormat", 1);
            c.put("ttsVad", false);
            config.accept(c);
        });
    }

    /** Creates the engine, joins and waits for the join result 0. */
    void joined(String channel, String userId, String extra, Consumer<ObjectNode> config) {
        createEngine(extra);
        join(channel, userId, "unused", config);
        Message result = await(CallbackId.ON_JOIN_CHANNEL);
        if (result.intValue("joinresult", -1) != 0) {
            throw new AssertionError("Join of " + userId + " failed: " + result);
        }
    }

    void setExternalAudioSource(int rate, int channels) {
        send(CommandId.SET_EXTERNAL_AUDIO_SOURCE, h -> {
            h.put("enable", true);
            h.put("sampleRate", rate);
            h.put("channelsPerFrame", channels);
        });
    }

    void pushAudio(byte[] pcm, long timestampMs) {
        send(
                CommandId.PUSH_AUDIO_FRAME,
                h -> {
                    h.put("sampleLength", pcm.length);
                    h.put("timestamp", timestampMs);
                    h.put("isEndFrame", 0);
                    h.put("frameID", "");
                    h.put("sentenceID", -1);
                    h.put("sequenceID", -1);
                },
                pcm);
    }

    void pushVideo(int format, int width, int height, int strideY, byte[] data, long timestampMs) {
        send(
                CommandId.PUSH_VIDEO_FRAME,
                h -> {
                    h.put("source", 0);
                    h.put("format", format);
                    h.put("bufferType", 0);
                    h.put("strideY", strideY);
                    h.put("strideU", 0);
                    h.put("strideV", 0);
                    h.put("height", height);
                    h.put("width", width);
                    h.put("rotation", 0);
                    h.put("timestamp", timestampMs);
                    h.put("dataLen", data.length);
                },
                data);
    }

    void setParameter(String json) {
        send(CommandId.SET_PARAMETER, h -> h.put("param", json));
    }

    /** The first callback with this id (already received or arriving within {@link #WAIT}). */
    Message await(int callbackId) {
        return await(callbackId, m -> true);
    }

    Message await(int callbackId, Predicate<Message> match) {
        return awaitAt(callbackId, match, 0);
    }

    /** The first matching callback at or after position {@code from} of {@link #received()}. */
    Message awaitAt(int callbackId, Predicate<Message> match, int from) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (received) {
            int checked = from;
            while (true) {
                for (; checked < received.size(); checked++) {
                    Message m = received.get(checked);
                    if (m.id() == callbackId && match.test(m)) {
                        return m;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No callback " + CallbackId.name(callbackId) + " matching within " + WAIT
                            + "; received: " + summary());
                }
                try {
                    received.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted");
                }
            }
        }
    }

    /** Waits until {@code count} callbacks with this id and match have arrived; returns them all. */
    List<Message> awaitCount(int callbackId, Predicate<Message> match, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<Message> found = all(callbackId, match);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + found.size() + " of " + count + " " + CallbackId.name(callbackId)
                        + " callbacks arrived within " + WAIT);
            }
            sleep(10);
        }
    }

    List<Message> all(int callbackId) {
        return all(callbackId, m -> true);
    }

    List<Message> all(int callbackId, Predicate<Message> match) {
        synchronized (received) {
            return received.stream()
                    .filter(m -> m.id() == callbackId && match.test(m))
                    .toList();
        }
    }

    /** A copy of everything received so far, in order. */
    List<Message> received() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
    }

    int receivedCount() {
        synchronized (received) {
            return received.size();
        }
    }

    /** Sends leave and destroy, closes the connection and waits for the core to end. */
    @Override
    public void close() {
        if (!closed) {
            try {
                send(CommandId.LEAVE_CHANNEL, h -> {});
                send(CommandId.DESTROY_ENGINE, h -> {});
            } catch (IllegalStateException alreadyGone) {
                // The test closed the connection itself.
            }
        }
        if (server != null) {
            server.stop(Duration.ofSeconds(2));
        }
        connection.close();
    }

    /** Drops the connection without leave or destroy, as a crashed client would. */
    void drop() {
        connection.close();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted");
        }
    }

    private String summary() {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (Message m : received) {
            if (m.id() == CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME || m.id() == CallbackId.ON_SUBSCRIBE_AUDIO_FRAME) {
                continue;
            }
            if (shown++ == 40) {
                text.append(" ...");
                break;
            }
            text.append(' ').append(m.header());
        }
        return text.toString();
    }
}
