package org.alirtc.sdk.ipc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The vendor's {@code AliRtcCoreService} as a supervised child process. Started with the port to bind as its only
 * argument, it announces {@code Bind port: N} on stdout and then serves one protocol connection on that port.
 * Unlike the vendor binding, starting is bounded by a timeout, the library path is changed for the child only,
 * the output pumps end at end-of-file, stopping escalates to SIGTERM and SIGKILL, and no child outlives the JVM.
 */
public final class CoreServiceProcess implements CoreService {

    private static final Logger LOG = LoggerFactory.getLogger(CoreServiceProcess.class);
    private static final String NAME = "AliRtcCoreService";
    private static final String ANNOUNCEMENT = "Bind port: ";
    private static final String LIBRARY_PATH = "LD_LIBRARY_PATH";
    private static final int REMEMBERED_LINES = 10;
    private static final Duration TERM_WAIT = Duration.ofSeconds(1);
    private static final Duration KILL_WAIT = Duration.ofSeconds(2);
    private static final Duration PUMP_JOIN = Duration.ofSeconds(1);

    private final Process process;
    private final long pid;
    private final CompletableFuture<Integer> exitFuture;
    private final CompletableFuture<Integer> announcedPort = new CompletableFuture<>();
    private final Deque<String> recentLines = new ArrayDeque<>();
    private final List<Thread> pumps = new ArrayList<>(2);
    private final CoreDumpLimit.Outcome coreDumps;
    private volatile int port;
    private boolean stopped;

    private CoreServiceProcess(Process process, boolean enableCoreDumps) {
        this.process = process;
        this.pid = process.pid();
        this.exitFuture = process.onExit().thenApply(Process::exitValue);
        this.coreDumps = enableCoreDumps ? CoreDumpLimit.raiseToUnlimited(pid) : null;
        pumps.add(pump(process.getInputStream(), "stdout", "[core] ", false));
        pumps.add(pump(process.getErrorStream(), "stderr", "[core-err] ", true));
    }

    /**
     * Starts the core service and waits until it has announced its port.
     *
     * @throws IOException when no port is free, the binary cannot be run, the service exits before announcing
     *                     its port (the message carries the exit code and its last output lines), or it does not
     *                     announce within {@link CoreProcessOptions#startTimeout()} (then it is ended)
     */
    public static CoreServiceProcess start(CoreProcessOptions options) throws IOException {
        int probedPort = PortProbe.findFreePort(options.lowPort(), options.highPort());
        ensureOwnerExecutable(options.executable());
        ProcessBuilder builder = new ProcessBuilder(options.executable().toString(), Integer.toString(probedPort));
        builder.environment().putAll(options.extraEnvironment());
        String libraryDirectory = options.executable().getParent().toString();
        builder.environment().compute(LIBRARY_PATH, (key, value) -> withLibraryDirectory(value, libraryDirectory));
        if (options.workingDirectory() != null) {
            builder.directory(options.workingDirectory().toFile());
        }
        // stdin stays an open pipe nobody writes to, as quiet as the terminal the vendor's child inherits.
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("Could not start " + NAME + " at " + options.executable() + ": " + e.getMessage(), e);
        }
        ChildProcessRegistry.register(process);
        LOG.info("Started {} pid {} with port {}", NAME, process.pid(), probedPort);
        CoreServiceProcess service = new CoreServiceProcess(process, options.enableCoreDumps());
        service.awaitAnnouncement(options.startTimeout(), probedPort);
        return service;
    }

    private void awaitAnnouncement(Duration timeout, int probedPort) throws IOException {
        try {
            port = announcedPort.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(Duration.ZERO);
            throw new IOException(NAME + " did not announce '" + ANNOUNCEMENT + "N' within " + format(timeout)
                    + "; see its output above");
        } catch (ExecutionException e) {
            stop(Duration.ZERO);
            throw new IOException(e.getCause().getMessage() + lastOutput(), e.getCause());
        } catch (InterruptedException e) {
            stop(Duration.ZERO);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + NAME + " pid " + pid + " to announce its port");
        }
        if (port != probedPort) {
            LOG.info("{} pid {} announced port {} instead of the probed {}", NAME, pid, port, probedPort);
        }
    }

    /** Puts {@code directory} first unless it already is one of the entries, keeping every existing entry. */
    static String withLibraryDirectory(String current, String directory) {
        if (current == null || current.isEmpty()) {
            return directory;
        }
        if (Arrays.asList(current.split(":", -1)).contains(directory)) {
            return current;
        }
        return directory + ":" + current;
    }

    private static void ensureOwnerExecutable(Path executable) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(executable);
            if (permissions.add(PosixFilePermission.OWNER_EXECUTE)) {
                Files.setPosixFilePermissions(executable, permissions);
                LOG.info("Added the owner-execute permission to {}", executable);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Starting will then fail with the operating system's own reason, which says more than this.
            LOG.warn("Could not make {} executable: {}", executable, e.toString());
        }
    }

    private Thread pump(InputStream stream, String streamName, String prefix, boolean isError) {
        Thread thread = new Thread(() -> pumpLines(stream, prefix, isError), "alirtc-core-" + streamName + "-" + pid);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * The level a stderr line of the child was written at, when it names one near its start (the local core's
     * {@code [thread] INFO logger - ...}, or {@code W}/{@code E} style words of other loggers); WARN when it names
     * none, since an unlabelled stderr line is most likely a problem.
     */
    static Level levelOf(String line) {
        String head = line.length() > 120 ? line.substring(0, 120) : line;
        for (String word : head.split("[\\s\\[\\]:|]+")) {
            switch (word) {
                case "ERROR", "FATAL", "SEVERE" -> {
                    return Level.ERROR;
                }
                case "WARN", "WARNING" -> {
                    return Level.WARN;
                }
                case "INFO" -> {
                    return Level.INFO;
                }
                case "DEBUG" -> {
                    return Level.DEBUG;
                }
                case "TRACE" -> {
                    return Level.TRACE;
                }
                default -> {
                    // not a level word
                }
            }
        }
        return Level.WARN;
    }

    private void pumpLines(InputStream stream, String prefix, boolean isError) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                remember(prefix + text);
                if (isError) {
                    LOG.atLevel(levelOf(text)).log("{}{}", prefix, text);
                } else {
                    LOG.info("{}{}", prefix, text);
                    if (!announcedPort.isDone() && text.startsWith(ANNOUNCEMENT)) {
                        parseAnnouncement(text);
                    }
                }
            }
        } catch (IOException e) {
            LOG.debug("Output of {} pid {} closed: {}", NAME, pid, e.toString());
        }
        if (!isError) {
            announcedPort.completeExceptionally(new IOException(endedWithoutAnnouncement()));
        }
    }

    private void parseAnnouncement(String line) {
        String[] tokens = line.split("\\s+");
        try {
            int announced = Integer.parseInt(tokens[tokens.length - 1]);
            if (announced < 1 || announced > 65535) {
                throw new NumberFormatException("out of range");
            }
            announcedPort.complete(announced);
        } catch (NumberFormatException e) {
            announcedPort.completeExceptionally(
                    new IOException(NAME + " pid " + pid + " announced an unusable port in '" + line + "'"));
        }
    }

    private String endedWithoutAnnouncement() {
        try {
            // The output ends when the process does; wait that long to report its exit code.
            int code = exitFuture.get(PUMP_JOIN.toMillis(), TimeUnit.MILLISECONDS);
            return NAME + " pid " + pid + " exited with code " + code + " before announcing '" + ANNOUNCEMENT + "N'";
        } catch (TimeoutException | ExecutionException e) {
            return NAME + " pid " + pid + " closed its output without announcing '" + ANNOUNCEMENT + "N'";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NAME + " pid " + pid + " closed its output without announcing '" + ANNOUNCEMENT + "N'";
        }
    }

    private void remember(String line) {
        synchronized (recentLines) {
            if (recentLines.size() == REMEMBERED_LINES) {
                recentLines.removeFirst();
            }
            recentLines.addLast(line);
        }
    }

    private String lastOutput() {
        synchronized (recentLines) {
            if (recentLines.isEmpty()) {
                return "; it printed nothing";
            }
            return "; its last output:\n  " + String.join("\n  ", recentLines);
        }
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.of(pid);
    }

    @Override
    public CompletableFuture<Integer> exitFuture() {
        return exitFuture;
    }

    /**
     * Waits up to {@code grace} for the process to exit by itself (the engine sends the destroy command first),
     * then sends SIGTERM, waits 1 s, sends SIGKILL and waits up to 2 s more. Idempotent.
     */
    @Override
    public synchronized void stop(Duration grace) {
        if (!stopped) {
            stopped = true;
            endProcess(grace);
            joinPumps();
        }
    }

    private void endProcess(Duration grace) {
        if (awaitExit(grace)) {
            return;
        }
        LOG.info("{} pid {} still running after {}: sending SIGTERM", NAME, pid, format(grace));
        process.destroy();
        if (awaitExit(TERM_WAIT)) {
            return;
        }
        LOG.warn("{} pid {} ignored SIGTERM for {}: sending SIGKILL", NAME, pid, format(TERM_WAIT));
        process.destroyForcibly();
        if (!awaitExit(KILL_WAIT)) {
            LOG.error("{} pid {} still running {} after SIGKILL", NAME, pid, format(KILL_WAIT));
        }
    }

    /** True when the process has exited; an interrupt skips straight to SIGKILL so stopping never hangs. */
    private boolean awaitExit(Duration timeout) {
        try {
            exitFuture.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return !process.isAlive();
        }
    }

    private void joinPumps() {
        for (Thread thread : pumps) {
            try {
                thread.join(PUMP_JOIN.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether lifting the core-file limit worked; {@code null} when core dumps were not asked for. */
    CoreDumpLimit.Outcome coreDumps() {
        return coreDumps;
    }

    @Override
    public String describe() {
        return NAME + " pid " + pid + " port " + port;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
