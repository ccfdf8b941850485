package org.alirtc.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AliRtcCliUsageTest {

    @TempDir
    Path dir;

    @Test
    void noCommandIsAUsageError() {
        CliResult result = CliResult.run();

        assertEquals(AliRtcCli.EXIT_USAGE, result.exitCode());
        assertTrue(result.err().startsWith("error: No command given: use join or local-core"), result.err());
        assertTrue(result.err().contains("Usage: java -jar alirtc-cli.jar <command>"), result.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliResult result = CliResult.run("jion");

        assertEquals(AliRtcCli.EXIT_USAGE, result.exitCode());
        assertTrue(result.err().startsWith("error: Unknown command 'jion'"), result.err());
    }

    @Test
    void joinUsageErrorsNameTheProblemAndShowTheOptions() {
        assertUsageError("error: Missing --channel: it is required", "join", "--user", "alice");
        assertUsageError("error: Unknown option --chanel", "join", "--chanel", "demo", "--user", "alice");
        assertUsageError(
                "error: Invalid channel id 'de mo': use 1-64 characters from A-Z a-z 0-9 - _",
                "join",
                "--channel",
                "de mo",
                "--user",
                "alice");
        assertUsageError(
                "error: --seconds 0 is out of range: give a number from 1 to 86400",
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--seconds",
                "0");
        assertUsageError(
                "error: --mode 'cloud' is unknown: give sdk or local",
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--mode",
                "cloud");
        assertUsageError(
                "error: --mode sdk needs --core-service PATH",
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--mode",
                "sdk",
                "--token",
                "abc");
        assertUsageError(
                "error: No credentials: give --token T, or --app-id A --app-key K",
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--mode",
                "sdk",
                "--core-service",
                "/bin/sh");
        assertUsageError(
                "error: --send-tone and --send-wav both publish audio: give one of them",
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--send-tone",
                "440",
                "--send-wav",
                "/bin/sh");
        assertUsageError(
                "error: --audio-format 'stereo' is unknown: give mixed or per-user",
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--audio-format",
                "stereo");
        assertUsageError(
                "error: --extra must be a JSON object",
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--extra",
                "[1]");
        assertUsageError(
                "error: --send-data message of 1025 bytes: give 1 to 1024 bytes of UTF-8 text",
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--send-data",
                "x".repeat(1025));
    }

    @Test
    void usageErrorsNeverShowTheAppKeyOrToken() {
        CliResult keyed = CliResult.run(
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--app-id",
                "app",
                "--app-key",
                "s3cr3t-app-key",
                "--token",
                "s3cr3t-token");

        assertEquals(AliRtcCli.EXIT_USAGE, keyed.exitCode());
        assertTrue(keyed.err().contains("--token cannot be combined with --app-id/--app-key"), keyed.err());
        assertFalse(keyed.err().contains("s3cr3t"), keyed.err());
    }

    @Test
    void aRecordDirectoryThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");

        assertUsageError(
                "error: --record-dir " + file + " is a file",
                "join",
                "--channel",
                "demo",
                "--user",
                "alice",
                "--record-dir",
                file.toString());
    }

    @Test
    void helpListsEveryOptionAndSaysSeiPublishesVideo() {
        CliResult join = CliResult.run("join", "--help");
        CliResult top = CliResult.run("--help");
        CliResult localCore = CliResult.run("local-core", "--help");

        assertEquals(AliRtcCli.EXIT_OK, join.exitCode());
        for (OptionSpec spec : JoinOptions.specs()) {
            assertTrue(join.out().contains(spec.synopsis()), spec.synopsis());
        }
        assertTrue(
                join.out()
                        .contains("--send-sei needs published video, so it also publishes a 320x240 I420"
                                + " test pattern at 15 fps"),
                join.out());
        assertEquals(AliRtcCli.EXIT_OK, top.exitCode());
        assertTrue(top.out().contains("local-core"), top.out());
        assertEquals(AliRtcCli.EXIT_OK, localCore.exitCode());
        assertTrue(localCore.out().contains("--hub <port>"), localCore.out());
    }

    private static void assertUsageError(String expectedStart, String... args) {
        CliResult result = CliResult.run(args);
        assertEquals(AliRtcCli.EXIT_USAGE, result.exitCode(), result.err());
        assertTrue(result.err().startsWith(expectedStart), result.err());
        assertTrue(result.err().contains("Usage: alirtc-cli join"), result.err());
    }
}
