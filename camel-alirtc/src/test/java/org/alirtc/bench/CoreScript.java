package org.alirtc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A stand-in {@code AliRtcCoreService} executable: a two-line shell script that announces a benchmark server's port
 * ({@code Bind port: N}) and sleeps, so that an engine started in SDK mode connects to that server.
 */
final class CoreScript implements AutoCloseable {

    private final Path directory;
    private final Path script;

    CoreScript(int serverPort) throws IOException {
        this.directory = Files.createTempDirectory("alirtc-bench-");
        this.script = directory.resolve("AliRtcCoreService");
        Files.writeString(
                script,
                "#!/bin/sh\necho \"Bind port: " + serverPort + "\"\nexec sleep 600\n",
                StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    }

    Path path() {
        return script;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(script);
        Files.deleteIfExists(directory);
    }
}
