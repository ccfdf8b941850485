package org.alirtc.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.cli.AliRtcCli;
import org.alirtc.sdk.ipc.CallbackId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hub in its own process, abused from outside: idle connections until its open-file limit is exhausted, more
 * clients than its cap, and SIGTERM. {@link #main} measures what the tests only bound: the hub's CPU use and log
 * volume while its file limit is exhausted, and how long local-core and the hub take to exit on SIGTERM.
 */
class HubAbuseTest {

    private static final int FILE_LIMIT = 256;

    @TempDir
    Path dir;

    @Test
    void aHubWithItsFileLimitExhaustedLogsLittleAndServesAgainOnceTheAbuseEnds() throws Exception {
        Abuse abuse = abuse(dir.resolve("hub.log"), 3_000, Integer.MAX_VALUE);

        assertTrue(abuse.acceptFailureLines() >= 1, "the file limit was never reached:\n" + abuse.log());
        // Each kind of failure is logged at most once a second (there are two kinds: accept, and set-up).
        long allowed = 2 * (long) Math.ceil(abuse.windowSeconds()) + 2;
        assertTrue(
                abuse.windowFailureLines() <= allowed,
                abuse.windowFailureLines() + " lines in " + abuse.windowSeconds() + " s:\n" + abuse.log());
        assertEquals(CallbackId.ON_GET_SDK_VERSION, abuse.answerAfterwards(), abuse.log());
        assertTrue(!abuse.log().contains("NoClassDefFoundError"), abuse.log());
    }

    @Test
    void clientsBeyondTheCapAreDisconnectedAndTheHubStillServes() throws Exception {
        Abuse abuse = abuse(dir.resolve("hub.log"), 1_000, 20);

        assertTrue(abuse.log().contains("it already serves 20 clients, its cap"), abuse.log());
        assertTrue(!abuse.log().contains("could not serve a client"), abuse.log());
        assertEquals(CallbackId.ON_GET_SDK_VERSION, abuse.answerAfterwards(), abuse.log());
    }

    @Test
    void localCoreAndTheHubEndOnSigterm() throws Exception {
        for (String[] args : new String[][] {{"local-core", "0"}, {"local-core", "--hub", "0"}}) {
            Process child = start(List.of(args), dir.resolve("sigterm.log"), null);
            readPort(child);
            child.destroy();
            assertTrue(child.waitFor(5, TimeUnit.SECONDS), String.join(" ", args) + " still runs 5 s after SIGTERM");
        }
    }

    /** Measures the hub under abuse: {@code [seconds of abuse] [idle connections]}. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path log = Files.createTempFile("hub-abuse", ".log");
        Abuse abuse = abuse(log, seconds * 1_000L, Integer.MAX_VALUE);
        System.out.printf(
                "file limit %d: %d idle connections accepted by the kernel; during %d s the hub used %.1f %% of one"
                        + " core and logged %d bytes (%d accept-failure lines); afterwards it answered %s%n",
                FILE_LIMIT,
                abuse.connections(),
                seconds,
                abuse.cpuPercent(),
                abuse.logBytes(),
                abuse.acceptFailureLines(),
                CallbackId.name(abuse.answerAfterwards()));
        for (String[] command : new String[][] {{"local-core", "0"}, {"local-core", "--hub", "0"}}) {
            Process child = start(List.of(command), log, null);
            readPort(child);
            long start = System.nanoTime();
            child.destroy();
            child.waitFor(30, TimeUnit.SECONDS);
            System.out.printf(
                    "%s exits %d ms after SIGTERM%n",
                    String.join(" ", command), (System.nanoTime() - start) / 1_000_000);
        }
        Files.delete(log);
    }

    /**
     * @param acceptFailureLines the hub's accept and setup failure lines, over its whole life
     * @param windowFailureLines the same, written while the idle connections were held
     * @param windowSeconds      how long they were held
     */
    record Abuse(
            int connections,
            double cpuPercent,
            long logBytes,
            long acceptFailureLines,
            long windowFailureLines,
            double windowSeconds,
            int answerAfterwards,
            String log) {}

    /** Runs a hub with {@value #FILE_LIMIT} open files, holds idle connections for {@code millis}, then releases. */
    static Abuse abuse(Path log, long millis, int cap) throws Exception {
        Process hub = start(List.of("local-core", "--hub", "0"), log, cap);
        try {
            int port = readPort(hub);
            List<Socket> idle = new ArrayList<>();
            int refusedInARow = 0;
            for (int i = 0; i < FILE_LIMIT * 2 && refusedInARow < 5; i++) {
                Socket socket = new Socket();
                try {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                    idle.add(socket);
                    refusedInARow = 0;
                } catch (IOException backlogFull) {
                    socket.close();
                    refusedInARow++;
                }
            }
            long logBefore = Files.size(log);
            long cpuBefore = cpuTicks(hub.pid());
            long start = System.nanoTime();
            Thread.sleep(millis);
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpu = cpuTicks(hub.pid()) - cpuBefore;
            long logBytes = Files.size(log) - logBefore;
            long windowFailures = failureLines(readFrom(log, logBefore, logBytes));
            for (Socket socket : idle) {
                socket.close();
            }
            int answer = answerWithin(port, 15_000);
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return new Abuse(
                    idle.size(),
                    100.0 * cpu / 100 / seconds,
                    logBytes,
                    failureLines(text),
                    windowFailures,
                    seconds,
                    answer,
                    text);
        } finally {
            hub.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static long failureLines(String log) {
        return log.lines()
                .filter(l -> l.contains("cannot accept a client") || l.contains("could not serve a client"))
                .count();
    }

    private static String readFrom(Path log, long offset, long length) throws IOException {
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(offset, all.length);
        int to = (int) Math.min(offset + length, all.length);
        return new String(all, from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * Asks the hub for its version until it answers or {@code millis} pass: the hub frees the abusers' connections and
     * ends its accept back-off at its own pace, which on a loaded machine takes longer than on a quiet one.
     */
    private static int answerWithin(int port, long millis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            try {
                return ProtocolFuzzTest.askVersion(port);
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(500);
            }
        }
    }

    private static Process start(List<String> args, Path log, Integer cap) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                "prlimit",
                "--nofile=" + FILE_LIMIT + ":" + FILE_LIMIT,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                AliRtcCli.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().remove(LocalCoreOptions.HUB_VARIABLE);
        if (cap != null) {
            builder.environment().put(LocalCoreOptions.MAX_CONNECTIONS_VARIABLE, Integer.toString(cap));
        }
        return builder.start();
    }

    private static int readPort(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null) {
            throw new AssertionError("the child printed no port");
        }
        return Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
    }

    /** User and system time of a process in clock ticks (100 a second on Linux). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
