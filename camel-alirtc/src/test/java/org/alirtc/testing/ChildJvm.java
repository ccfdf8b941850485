package org.alirtc.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.alirtc.local.LocalCoreOptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A child JVM running a main class on the test class path, as a user's second process would, with its output lines
 * collected as they come. Tests keep the children they start and {@link #kill()} them when done.
 */
public final class ChildJvm {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> drained;

    private ChildJvm(Process process) {
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

    /**
     * Starts {@code mainClass} with {@code args}, logging warnings only, using the local hub {@code hub}
     * ({@code host:port}, or null for none) and no app keys from this JVM's environment.
     */
    public static ChildJvm start(String hub, Map<String, String> environment, Class<?> mainClass, String... args)
            throws IOException {
        return start(hub, environment, "warn", mainClass, args);
    }

    /** Like {@link #start(String, Map, Class, String...)}, logging from {@code logLevel} up. */
    public static ChildJvm start(
            String hub, Map<String, String> environment, String logLevel, Class<?> mainClass, String... args)
            throws IOException {
        return start(null, hub, environment, logLevel, mainClass, args);
    }

    /**
     * Like {@link #start(String, Map, Class, String...)}, in the working directory {@code directory}, for code that
     * names files relative to it as users' routes do.
     */
    public static ChildJvm startIn(Path directory, Class<?> mainClass, String... args) throws IOException {
        return start(directory, null, Map.of(), "warn", mainClass, args);
    }

    private static ChildJvm start(
            Path directory,
            String hub,
            Map<String, String> environment,
            String logLevel,
            Class<?> mainClass,
            String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=" + logLevel,
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().remove(LocalCoreOptions.APP_KEYS_VARIABLE);
        builder.environment().remove(LocalCoreOptions.HUB_VARIABLE);
        if (hub != null) {
            builder.environment().put(LocalCoreOptions.HUB_VARIABLE, hub);
        }
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start());
    }

    /** A {@code 127.0.0.1:port} address where nothing listens, for a hub the first child starts. */
    public static String freeHubAddress() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "127.0.0.1:" + socket.getLocalPort();
        }
    }

    /** Waits up to 60 s (child JVMs start slowly on a busy machine) for a line containing {@code text}; fails with the output when it does not come. */
    public void awaitLine(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines.stream().noneMatch(line -> line.contains(text))) {
            if (!process.isAlive()) {
                drained.get(5, TimeUnit.SECONDS);
                if (lines.stream().noneMatch(line -> line.contains(text))) {
                    fail("no line with '" + text + "' from the child, which ended: " + output());
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("no line with '" + text + "' from the child within 60 s: " + output());
            }
            Thread.sleep(20);
        }
    }

    /** Waits up to 30 s for the child to end and returns its exit code. */
    public int exitCode() throws Exception {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            fail("the child did not end within 30 s: " + output());
        }
        drained.get(5, TimeUnit.SECONDS);
        return process.exitValue();
    }

    /** Everything the child printed so far. */
    public String output() {
        return String.join(System.lineSeparator(), lines);
    }

    /** Ends the child at once, as {@code kill -9} does, and waits up to 10 s for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
