package org.alirtc.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.local.LocalCoreOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two tool processes in one channel, meeting through a local hub ({@code ALIRTC_LOCAL_HUB}): the first process
 * becomes the hub, the second joins its rooms, and the recording side hears the other's tone.
 */
class CrossProcessJoinTest {

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void twoProcessesInOneChannelHearEachOther() throws Exception {
        String hub = "127.0.0.1:" + freePort();
        String channel = JoinCommandTest.uniqueChannel();
        Path record = dir.resolve("bob");

        Child bob = start(
                hub,
                "join",
                "--channel",
                channel,
                "--user",
                "bob",
                "--audio-format",
                "per-user",
                "--record-dir",
                record.toString(),
                // Long enough for alice's JVM to start, join and leave on a loaded machine: bob hosts the hub, and
                // alice's leave fails if the hub goes first.
                "--seconds",
                "12");
        bob.awaitLine("OnJoinChannelResult result=0");
        Child alice =
                start(hub, "join", "--channel", channel, "--user", "alice", "--send-tone", "440", "--seconds", "2");

        assertEquals(AliRtcCli.EXIT_OK, alice.exitCode(), alice.output());
        assertEquals(AliRtcCli.EXIT_OK, bob.exitCode(), bob.output());
        assertTrue(bob.output().contains("OnRemoteUserOnLineNotify uid=alice"), bob.output());
        JoinCommandTest.assertToneOf(record.resolve("alice.wav"), 440);
    }

    private Child start(String hub, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                System.getProperty("java.class.path"),
                AliRtcCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(LocalCoreOptions.HUB_VARIABLE, hub);
        builder.environment().remove(LocalCoreOptions.APP_KEYS_VARIABLE);
        Process process = builder.start();
        processes.add(process);
        return new Child(process);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A child process whose output lines are collected as they come. */
    private static final class Child {

        private final Process process;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final CompletableFuture<Void> drained;

        Child(Process process) {
            this.process = process;
            this.drained = CompletableFuture.runAsync(() -> {
                try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("(output unreadable: " + e.getMessage() + ")");
                }
            });
        }

        void awaitLine(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lines.stream().noneMatch(line -> line.contains(text))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail("no line with '" + text + "' from the child: " + output());
                }
                Thread.sleep(20);
            }
        }

        int exitCode() throws Exception {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                fail("the child did not end within 30 s: " + output());
            }
            drained.get(5, TimeUnit.SECONDS);
            return process.exitValue();
        }

        String output() {
            return String.join(System.lineSeparator(), lines);
        }
    }
}
