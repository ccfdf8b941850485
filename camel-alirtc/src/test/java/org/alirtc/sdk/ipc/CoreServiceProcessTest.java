package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CoreServiceProcessTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private CoreServiceProcess service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.stop(Duration.ZERO);
        }
    }

    @Test
    void startReturnsTheAnnouncedPortAndPassesExactlyTheBinaryAndThePort() throws Exception {
        Path binary = script("core", """
                printf '%s\\n' "$#" "$0" "$@" > "$(dirname "$0")/argv.txt"
                echo "Bind port: $1"
                exec sleep 600
                """);
        service = assertTimeoutPreemptively(BOUND, () -> CoreServiceProcess.start(options(binary)));

        List<String> argv = Files.readAllLines(dir.resolve("argv.txt"));
        assertEquals(List.of("1", binary.toString(), Integer.toString(service.port())), argv);
        assertTrue(service.port() >= 20000 && service.port() <= 60000, "port " + service.port());
        assertTrue(service.isAlive());
        assertEquals(
                "AliRtcCoreService pid " + service.pid().getAsLong() + " port " + service.port(), service.describe());
    }

    @Test
    void childLibraryPathGetsTheBinaryDirectoryFirstAndKeepsEveryEntryWhileThisJvmIsUntouched() throws Exception {
        Path binary = script("core", """
                printf '%s' "$LD_LIBRARY_PATH" > "$(dirname "$0")/ld.txt"
                echo "Bind port: $1"
                exec sleep 600
                """);
        String ownBefore = System.getenv("LD_LIBRARY_PATH");

        service = assertTimeoutPreemptively(
                BOUND,
                () -> CoreServiceProcess.start(
                        options(binary).withExtraEnvironment(Map.of("LD_LIBRARY_PATH", "/opt/a:/opt/b"))));
        assertEquals(dir + ":/opt/a:/opt/b", Files.readString(dir.resolve("ld.txt")));
        service.stop(Duration.ZERO);

        // A list that already holds the directory stays exactly as it was (the vendor replaced it by the directory).
        service = assertTimeoutPreemptively(
                BOUND,
                () -> CoreServiceProcess.start(
                        options(binary).withExtraEnvironment(Map.of("LD_LIBRARY_PATH", "/opt/a:" + dir + ":/opt/b"))));
        assertEquals("/opt/a:" + dir + ":/opt/b", Files.readString(dir.resolve("ld.txt")));

        assertEquals(ownBefore, System.getenv("LD_LIBRARY_PATH"));
    }

    @Test
    void libraryDirectoryIsOnlyAddedAsAWholeEntry() {
        assertEquals("/x", CoreServiceProcess.withLibraryDirectory(null, "/x"));
        assertEquals("/x", CoreServiceProcess.withLibraryDirectory("", "/x"));
        assertEquals("/x:/x/lib", CoreServiceProcess.withLibraryDirectory("/x/lib", "/x"));
        assertEquals("/a:/x", CoreServiceProcess.withLibraryDirectory("/a:/x", "/x"));
    }

    @Test
    void stopWithAShortGraceEndsTheProcess() throws Exception {
        Path binary = script("core", """
                echo "Bind port: $1"
                exec sleep 600
                """);
        service = assertTimeoutPreemptively(BOUND, () -> CoreServiceProcess.start(options(binary)));
        long pid = service.pid().getAsLong();

        assertTimeoutPreemptively(BOUND, () -> service.stop(Duration.ofMillis(200)));

        assertTrue(service.exitFuture().isDone());
        assertFalse(isRunning(pid));
        assertTimeoutPreemptively(BOUND, () -> service.stop(Duration.ofMillis(200)));
    }

    @Test
    void stopEscalatesToSigkillWhenSigtermIsIgnored() throws Exception {
        Path binary = script("core", """
                trap '' TERM
                echo "Bind port: $1"
                exec sleep 600
                """);
        service = assertTimeoutPreemptively(BOUND, () -> CoreServiceProcess.start(options(binary)));
        long pid = service.pid().getAsLong();

        assertTimeoutPreemptively(BOUND, () -> service.stop(Duration.ofMillis(100)));

        assertTrue(service.exitFuture().isDone());
        assertEquals(128 + 9, service.exitFuture().get(1, TimeUnit.SECONDS), "killed by SIGKILL");
        assertFalse(isRunning(pid));
    }

    @Test
    void startFailsWithinTheTimeoutAndEndsAChildThatNeverAnnounces() throws Exception {
        Path binary = script("core", """
                echo $$ > "$(dirname "$0")/pid.txt"
                echo "starting up"
                exec sleep 600
                """);
        IOException e = assertTimeoutPreemptively(
                BOUND,
                () -> assertThrows(
                        IOException.class,
                        () -> CoreServiceProcess.start(options(binary).withStartTimeout(Duration.ofMillis(1500)))));

        assertEquals(
                "AliRtcCoreService did not announce 'Bind port: N' within 1500 ms; see its output above",
                e.getMessage());
        long pid = Long.parseLong(Files.readString(dir.resolve("pid.txt")).strip());
        assertFalse(isRunning(pid));
    }

    @Test
    void startFailsWithTheExitCodeAndOutputOfAChildThatExitsAtOnce() throws Exception {
        Path binary = script("core", """
                echo "cannot load libAliRtcEngine.so" >&2
                exit 7
                """);
        IOException e = assertTimeoutPreemptively(
                BOUND, () -> assertThrows(IOException.class, () -> CoreServiceProcess.start(options(binary))));

        assertTrue(e.getMessage().contains("exited with code 7"), e.getMessage());
        assertTrue(e.getMessage().contains("[core-err] cannot load libAliRtcEngine.so"), e.getMessage());
    }

    @Test
    void exitFutureCompletesWithTheExitCodeWhenTheChildEndsByItself() throws Exception {
        Path binary = script("core", """
                echo "Bind port: $1"
                sleep 0.5
                exit 3
                """);
        service = assertTimeoutPreemptively(BOUND, () -> CoreServiceProcess.start(options(binary)));

        assertEquals(3, service.exitFuture().get(5, TimeUnit.SECONDS));
        assertFalse(service.isAlive());
    }

    @Test
    void theOwnerExecuteBitIsAddedToABinaryWithoutIt() throws Exception {
        Path binary = script("core", """
                echo "Bind port: $1"
                exec sleep 600
                """);
        Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rw-r--r--"));

        service = assertTimeoutPreemptively(BOUND, () -> CoreServiceProcess.start(options(binary)));

        assertTrue(Files.getPosixFilePermissions(binary).contains(PosixFilePermission.OWNER_EXECUTE));
        assertTrue(service.isAlive());
    }

    @Test
    void coreDumpsAreUnlimitedInTheChild() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/limits")), "needs Linux /proc");
        Path binary = script("core", """
                echo "Bind port: $1"
                exec sleep 600
                """);
        service = assertTimeoutPreemptively(BOUND, () -> CoreServiceProcess.start(options(binary)));
        assumeTrue(service.coreDumps() != CoreDumpLimit.Outcome.DENIED, "prlimit refused (EPERM)");
        assertEquals(CoreDumpLimit.Outcome.APPLIED, service.coreDumps());

        String coreLine = coreLimitLine(Long.toString(service.pid().getAsLong()));
        assertTrue(coreLine.matches("Max core file size\\s+unlimited\\s+unlimited\\s+bytes\\s*"), coreLine);
    }

    @Test
    void coreDumpsAreLeftAsInheritedWhenDisabled() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/limits")), "needs Linux /proc");
        Path binary = script("core", """
                echo "Bind port: $1"
                exec sleep 600
                """);
        service = assertTimeoutPreemptively(
                BOUND, () -> CoreServiceProcess.start(options(binary).withCoreDumps(false)));

        assertNull(service.coreDumps());
        assertEquals(
                coreLimitLine("self"), coreLimitLine(Long.toString(service.pid().getAsLong())));
    }

    private CoreProcessOptions options(Path binary) {
        return CoreProcessOptions.of(binary, 20000, 60000);
    }

    private Path script(String name, String body) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, "#!/bin/bash\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }

    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String coreLimitLine(String pid) throws IOException {
        return Files.readString(Path.of("/proc/" + pid + "/limits"))
                .lines()
                .filter(line -> line.startsWith("Max core file size"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void childStderrIsRelayedAtTheLevelItNames() {
        assertEquals(
                org.slf4j.event.Level.INFO,
                CoreServiceProcess.levelOf("[main] INFO org.alirtc.local.LocalHub - Local hub listening on port 1"));
        assertEquals(
                org.slf4j.event.Level.ERROR, CoreServiceProcess.levelOf("2026-01-01 10:00:00 [ERROR] socket failed"));
        assertEquals(org.slf4j.event.Level.WARN, CoreServiceProcess.levelOf("segmentation fault"));
    }
}
