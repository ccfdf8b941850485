package org.alirtc.examples.quarkus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starts the packaged application the way it is deployed ({@code java -jar target/quarkus-app/quarkus-run.jar})
 * and waits until the listener has heard the greeter's DataChannel hello in the local room.
 */
class QuarkusRoomIT {

    private static final String HEARD = "listener heard greeter: hello from Quarkus";

    @Test
    void thePackagedApplicationJoinsALocalRoomAndItsUsersTalk() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "not packaged: " + jar.toAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true);
        builder.environment().remove("ALIRTC_LOCAL_HUB");
        Process app = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> collect(app, lines));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines.stream().noneMatch(line -> line.contains(HEARD))) {
                if (!app.isAlive() || System.nanoTime() > deadline) {
                    fail("the application never logged '" + HEARD + "':\n" + String.join("\n", lines));
                }
                Thread.sleep(50);
            }
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            drained.get(10, TimeUnit.SECONDS);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("greeter saw userOnline listener")), String.join("\n", lines));
    }

    private static void collect(Process app, List<String> lines) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
                System.out.println("[app] " + line);
            }
        } catch (IOException e) {
            lines.add("(output unreadable: " + e.getMessage() + ")");
        }
    }
}
