package org.alirtc.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneDetector;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rooms shared between processes through a hub, and the standalone command line. */
class LocalCoreHubTest {

    private static String channel() {
        return "hub-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aUserOfACoreInAnotherProcessHearsAndIsHeardThroughTheHub() throws Exception {
        String channel = channel();
        try (LocalHub hub = LocalHub.start(LocalCoreOptions.none())) {
            Process child = startCore(List.of("0"), "127.0.0.1:" + hub.port());
            try {
                int port = bindPort(child, "Bind port: ");
                try (TestClient alice = TestClient.connect(port);
                        TestClient bob = TestClient.start()) {
                    alice.joined(channel, "alice", "{}", c -> {});
                    bob.joined(
                            channel,
                            "bob",
                            "{\"user_specified_audio_observer_resample_rate\": 16000}",
                            c -> c.put("subscribeAudioFormat", 2));
                    assertEquals(
                            "alice",
                            bob.await(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY).text("uid"));
                    assertEquals(
                            "bob",
                            alice.await(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY).text("uid"));
                    assertEquals(1, hub.clientCount(), "alice's session lives in this JVM's hub");
                    alice.await(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
                    try (TonePusher tone = new TonePusher(alice, PcmFormat.of(48000, 1), 440, 0.5)) {
                        List<Message> frames = bob.awaitCount(
                                CallbackId.ON_SUBSCRIBE_AUDIO_FRAME, m -> "alice".equals(m.text("uid")), 40);
                        short[] samples = LocalCoreAudioTest.concat(frames.subList(10, 40));
                        assertEquals(440.0, ToneDetector.dominantFrequency(samples, 16000), 3.0);
                    }
                    alice.send(CommandId.LEAVE_CHANNEL, h -> {});
                    alice.send(CommandId.DESTROY_ENGINE, h -> {});
                    assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child core exits after destroy");
                    assertEquals(0, child.exitValue());
                    assertEquals(
                            "alice",
                            bob.await(CallbackId.ON_REMOTE_USER_OFFLINE_NOTIFY).text("uid"));
                }
            } finally {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void theFirstCoreToNeedAMissingLocalHubBecomesIt() throws Exception {
        String channel = channel();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        LocalCoreOptions viaHub = LocalCoreOptions.none().withHub("127.0.0.1:" + port);
        try (TestClient alice = TestClient.start(viaHub);
                TestClient bob = TestClient.start(viaHub)) {
            alice.joined(channel, "alice", "{}", c -> {});
            bob.joined(channel, "bob", "{}", c -> {});
            assertEquals(
                    "alice", bob.await(CallbackId.ON_REMOTE_USER_ONLINE_NOTIFY).text("uid"));
            assertTrue(alice.server().describe().contains("via hub 127.0.0.1:" + port));
        }
    }

    @Test
    void theCommandLineRejectsBadArgumentsWithExitCodeTwo() throws Exception {
        Process child = startCore(List.of("not-a-port"), null);
        assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        assertEquals(2, child.exitValue());
        String error = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(error.contains("'not-a-port' is not a port number"), error);
    }

    private static Process startCore(List<String> args, String hub) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                LocalCoreMain.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(LocalCoreOptions.APP_KEYS_VARIABLE);
        builder.environment().remove(LocalCoreOptions.HUB_VARIABLE);
        if (hub != null) {
            builder.environment().put(LocalCoreOptions.HUB_VARIABLE, hub);
        }
        return builder.start();
    }

    private static int bindPort(Process child, String prefix) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (IOException e) {
                        return null;
                    }
                })
                .get(20, TimeUnit.SECONDS);
        if (line == null || !line.startsWith(prefix)) {
            throw new AssertionError("Expected '" + prefix + "N' but the child printed " + line + "; stderr: "
                    + new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return Integer.parseInt(line.substring(prefix.length()).strip());
    }
}
