package org.alirtc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.local.LocalCoreMain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code join} against a real core-service child process (the local core behind a launcher script, as
 * {@code --mode sdk} starts the vendor binary) that hangs or loses its connection: the command must fail with the
 * reason instead of staying or reporting success.
 */
class CoreFaultCliTest {

    @TempDir
    Path dir;

    @Test
    void aHungCoreServiceFailsTheJoinWithinSeconds() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<CliResult> run = join(60, out);
        ProcessHandle core = joinedCore(run, out);
        new ProcessBuilder("kill", "-STOP", Long.toString(core.pid())).start().waitFor();
        try {
            CliResult result = run.get(30, TimeUnit.SECONDS);

            assertEquals(AliRtcCli.EXIT_FAILURE, result.exitCode(), result.err());
            assertTrue(result.err().contains("the core service stopped answering"), result.err());
        } finally {
            core.destroyForcibly();
            new ProcessBuilder("kill", "-CONT", Long.toString(core.pid()))
                    .start()
                    .waitFor();
        }
    }

    @Test
    void aCoreServiceThatDiesFailsTheJoinAtOnce() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<CliResult> run = join(60, out);
        ProcessHandle core = joinedCore(run, out);
        core.destroyForcibly();

        CliResult result = run.get(30, TimeUnit.SECONDS);

        assertEquals(AliRtcCli.EXIT_FAILURE, result.exitCode(), result.err());
        assertTrue(
                result.err().contains("the connection to the core service was lost")
                        || result.err().contains("the core service exited unexpectedly"),
                result.err());
    }

    @Test
    void theTokenCanComeFromAFileSoPsDoesNotShowIt() throws Exception {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, "forged-token\n");
        CliResult result = CliResult.run(
                "join",
                "--channel",
                "c" + UUID.randomUUID().toString().substring(0, 8),
                "--user",
                "u",
                "--token-file",
                tokenFile.toString(),
                "--seconds",
                "1");

        assertEquals(AliRtcCli.EXIT_FAILURE, result.exitCode(), result.err());
        assertTrue(result.err().contains("token given"), result.err());
        assertTrue(result.err().contains("join failed"), result.err());
        assertTrue(!result.out().contains("forged-token") && !result.err().contains("forged-token"), result.err());
    }

    @Test
    void anAppKeyCanComeFromTheEnvironment() throws Exception {
        ParsedArguments parsed = new CommandLineParser(JoinOptions.specs())
                .parse(new String[] {"--channel", "c", "--user", "u", "--app-id", "app"});

        JoinOptions options = JoinOptions.from(parsed, Map.of("ALIRTC_APP_KEY", "secret-key"));

        assertEquals("secret-key", options.appKey());
        UsageException missing = org.junit.jupiter.api.Assertions.assertThrows(
                UsageException.class, () -> JoinOptions.from(parsed, Map.of()));
        assertTrue(missing.getMessage().contains("ALIRTC_APP_KEY"), missing.getMessage());
    }

    private CompletableFuture<CliResult> join(int seconds, ByteArrayOutputStream out) throws Exception {
        Path script = dir.resolve("core-service");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Files.writeString(
                script,
                "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '" + classPath
                        + "' -Dorg.slf4j.simpleLogger.defaultLogLevel=warn " + LocalCoreMain.class.getName()
                        + " \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        String channel = "c" + UUID.randomUUID().toString().substring(0, 8);
        return CompletableFuture.supplyAsync(() -> CliResult.run(
                out,
                "join",
                "--channel",
                channel,
                "--user",
                "u1",
                "--mode",
                "sdk",
                "--core-service",
                script.toString(),
                "--app-id",
                "testApp",
                "--app-key",
                "key",
                "--seconds",
                Integer.toString(seconds)));
    }

    /** The core-service child of this JVM, once the join has succeeded. */
    private static ProcessHandle joinedCore(CompletableFuture<CliResult> run, ByteArrayOutputStream out)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !run.isDone()) {
            if (out.toString(StandardCharsets.UTF_8).contains("OnJoinChannelResult")) {
                List<ProcessHandle> cores = ProcessHandle.current()
                        .descendants()
                        .filter(CoreFaultCliTest::isLocalCore)
                        .toList();
                if (!cores.isEmpty()) {
                    return cores.get(0);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no joined core-service child within 30 s; "
                + (run.isDone() ? "join ended: " + run.join().err() : "join still runs"));
    }

    private static boolean isLocalCore(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                    .contains(LocalCoreMain.class.getName());
        } catch (IOException gone) {
            return false;
        }
    }
}
