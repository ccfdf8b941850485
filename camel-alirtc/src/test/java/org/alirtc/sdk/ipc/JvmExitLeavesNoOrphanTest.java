package org.alirtc.sdk.ipc;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A JVM that ends, by System.exit or by SIGTERM, takes its core-service children with it. */
class JvmExitLeavesNoOrphanTest {

    @TempDir
    Path dir;

    @Test
    void systemExitKillsTheCoreService() throws Exception {
        assertNoOrphanAfter("exit");
    }

    @Test
    void sigtermOfTheJvmKillsTheCoreService() throws Exception {
        assertNoOrphanAfter("wait");
    }

    private void assertNoOrphanAfter(String how) throws Exception {
        Path core = dir.resolve("core.sh");
        Files.writeString(core, "#!/bin/bash\necho \"Bind port: $1\"\nexec sleep 600\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(core, PosixFilePermissions.fromString("rwx------"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OrphanGuardMain.class.getName(),
                        core.toString(),
                        how)
                .redirectErrorStream(true)
                .start();
        try {
            long corePid = readCorePid(jvm);
            ProcessHandle coreHandle = ProcessHandle.of(corePid).orElseThrow();
            assertTrue(coreHandle.isAlive());
            if ("wait".equals(how)) {
                jvm.destroy();
            }
            assertTrue(jvm.waitFor(20, TimeUnit.SECONDS), "the child JVM did not end");
            assertTrue(
                    coreHandle
                                    .onExit()
                                    .toCompletableFuture()
                                    .completeOnTimeout(null, 10, TimeUnit.SECONDS)
                                    .get()
                            != null,
                    "core service pid " + corePid + " outlived its JVM");
            assertFalse(ProcessHandle.of(corePid).map(ProcessHandle::isAlive).orElse(false));
        } finally {
            jvm.destroyForcibly();
        }
    }

    /** Reads the child's output on another thread, so a silent child fails the test instead of hanging it. */
    private static long readCorePid(Process jvm) throws Exception {
        CompletableFuture<Long> pid = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    if (line.startsWith("core-pid ")) {
                        return Long.parseLong(
                                line.substring("core-pid ".length()).trim());
                    }
                }
            } catch (java.io.IOException e) {
                seen.append(e);
            }
            throw new AssertionError("the child JVM never reported its core service; it printed:\n" + seen);
        });
        try {
            return pid.get(30, TimeUnit.SECONDS);
        } finally {
            pid.cancel(true);
        }
    }
}
