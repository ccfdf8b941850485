package org.alirtc.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.MalformedMessageException;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageReader;
import org.alirtc.sdk.ipc.MessageWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded fuzzing of both readers of the protocol: the client's (callbacks from the core service) and the local
 * core's (commands from a client, over real loopback connections to a {@link LocalHub}). Neither may crash, hold
 * on to memory or threads, or stop working afterwards. {@link #main} runs the long form:
 * {@code mvn -pl camel-alirtc test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.alirtc.local.ProtocolFuzzTest -Dexec.args="1000000 42"}.
 */
class ProtocolFuzzTest {

    static final int CHUNKS_PER_SIDE = 100_000;
    private static final long SEED = 20_261_201L;
    private static final List<String> CALLBACKS = List.of(
            "{\"Request\": " + CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME
                    + ", \"frame_size\": SIZE, \"sample_rates\": 48000, \"channels\": 1, \"samples\": 480}",
            "{\"Request\": " + CallbackId.ON_REMOTE_VIDEO_SAMPLE + ", \"uid\": \"u\", \"frame_size\": SIZE}",
            "{\"Request\": " + CallbackId.ON_JOIN_CHANNEL
                    + ", \"joinresult\": 0, \"channel\": \"c\", \"userid\": \"u\"}",
            "{\"Request\": " + CallbackId.ON_ERROR + ", \"errorCode\": 5}");
    private static final List<String> COMMANDS = List.of(
            "{\"Command\": " + CommandId.PUSH_AUDIO_FRAME + ", \"sampleLength\": SIZE, \"timestamp\": 0}",
            "{\"Command\": " + CommandId.GET_SDK_VERSION + "}",
            "{\"Command\": " + CommandId.SET_PARAMETER + ", \"param\": \"not json\"}",
            "{\"Command\": " + CommandId.SET_PARAMETER
                    + ", \"param\": \"{\\\"data\\\":{\\\"enablePubDataChannel\\\":true}}\"}",
            "{\"Command\": " + CommandId.SET_EXTERNAL_AUDIO_SOURCE + ", \"enable\": 1, \"sampleRate\": 48000,"
                    + " \"channelsPerFrame\": 1}",
            "{\"Command\": " + CommandId.PUBLISH_LOCAL_AUDIO_STREAM + ", \"enable\": 1}",
            "{\"Command\": " + CommandId.LEAVE_CHANNEL + "}");

    @Test
    void theClientReaderSurvivesMutatedCallbacksAndReadsTheNextGoodOne() throws Exception {
        Result result = fuzzClientReader(CHUNKS_PER_SIDE, SEED);

        assertTrue(result.chunks() >= CHUNKS_PER_SIDE, result.toString());
        assertTrue(result.messages() > 0 && result.malformed() > 0, result.toString());
    }

    @Test
    void theLocalCoreSurvivesMutatedCommandsAndServesAfterwards() throws Exception {
        int threadsBefore = clientThreads();
        try (LocalHub hub = LocalHub.start(LocalCoreOptions.none())) {
            Result result = fuzzLocalCore(hub.port(), CHUNKS_PER_SIDE, SEED);

            assertTrue(result.chunks() >= CHUNKS_PER_SIDE, result.toString());
            assertEquals(CallbackId.ON_GET_SDK_VERSION, askVersion(hub.port()), "the hub answers after the fuzzing");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while ((hub.clientCount() > 0 || clientThreads() > threadsBefore) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(0, hub.clientCount(), "connections left open");
            assertEquals(threadsBefore, clientThreads(), "connection threads left running");
        }
    }

    /** Runs the long form: {@code <chunks per side> [seed]}. */
    public static void main(String[] args) throws Exception {
        int chunks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        long start = System.nanoTime();
        System.out.println("client reader: " + fuzzClientReader(chunks, seed));
        try (LocalHub hub = LocalHub.start(LocalCoreOptions.none())) {
            System.out.println("local core: " + fuzzLocalCore(hub.port(), chunks, seed));
            System.out.println("answers afterwards: " + CallbackId.name(askVersion(hub.port())));
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "%.1f s, heap used %d MB, live threads %d%n",
                (System.nanoTime() - start) / 1e9,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                Thread.activeCount());
    }

    record Result(long chunks, long streams, long messages, long malformed) {}

    static Result fuzzClientReader(int chunks, long seed) throws IOException {
        ProtocolFuzzer fuzzer = new ProtocolFuzzer(seed, CALLBACKS, "frame_size");
        long streams = 0;
        long messages = 0;
        long malformed = 0;
        while (fuzzer.chunks() < chunks) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean intact = true;
            for (int i = 0; i < 2_000 && intact; i++) {
                intact = fuzzer.next(out);
            }
            if (intact) {
                // A stream still in step must deliver a good message after everything the fuzzer sent.
                out.writeBytes(MessageWriter.encode(
                        Message.callback(
                                Message.callbackHeader(CallbackId.ON_ERROR).put("errorCode", 77), null),
                        Direction.CORE_TO_CLIENT));
            }
            MessageReader reader = new MessageReader(
                    new ByteArrayInputStream(out.toByteArray()), Direction.CORE_TO_CLIENT, 8 * 1024 * 1024);
            Message last = null;
            while (true) {
                try {
                    last = reader.read();
                    messages++;
                } catch (MalformedMessageException e) {
                    malformed++;
                } catch (EOFException end) {
                    break;
                }
            }
            if (intact && (last == null || last.intValue("errorCode", 0) != 77)) {
                throw new AssertionError("stream " + streams + " of seed " + seed + " lost step: last " + last);
            }
            streams++;
        }
        return new Result(fuzzer.chunks(), streams, messages, malformed);
    }

    static Result fuzzLocalCore(int port, int chunks, long seed) throws Exception {
        ProtocolFuzzer fuzzer = new ProtocolFuzzer(seed, COMMANDS, "sampleLength");
        long streams = 0;
        while (fuzzer.chunks() < chunks) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean intact = true;
            for (int i = 0; i < 5_000 && intact; i++) {
                intact = fuzzer.next(out);
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Thread drain = drain(socket.getInputStream());
                try {
                    OutputStream to = socket.getOutputStream();
                    to.write(out.toByteArray());
                    to.flush();
                } catch (IOException endedByTheCore) {
                    // A mutated command can be DestroyEngine, which ends the connection; the next stream starts anew.
                }
                socket.shutdownOutput();
                drain.join(10_000);
            }
            streams++;
        }
        return new Result(fuzzer.chunks(), streams, 0, 0);
    }

    /** Sends GetSDKVersion on a new connection and returns the id of the first answer that is not media. */
    static int askVersion(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream()
                    .write(MessageWriter.encode(
                            Message.command(Message.commandHeader(CommandId.GET_SDK_VERSION), null),
                            Direction.CLIENT_TO_CORE));
            MessageReader reader = new MessageReader(
                    socket.getInputStream(), Direction.CORE_TO_CLIENT, MessageReader.DEFAULT_MAX_CHUNK_BYTES);
            try {
                return reader.read().id();
            } catch (MalformedMessageException e) {
                throw new AssertionError("the hub answered with a malformed message: " + e.getMessage());
            }
        }
    }

    private static Thread drain(InputStream in) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[65_536];
                    try {
                        while (in.read(buffer) >= 0) {
                            // answers are not checked here; askVersion checks the core afterwards
                        }
                    } catch (IOException closed) {
                        // the core ended the connection
                    }
                },
                "fuzz-drain");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static int clientThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("alirtc-local-client-"))
                .count();
    }
}
