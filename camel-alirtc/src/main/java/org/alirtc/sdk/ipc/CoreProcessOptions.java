package org.alirtc.sdk.ipc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to start the vendor's {@code AliRtcCoreService} child process.
 *
 * @param executable        the {@code AliRtcCoreService} binary; its directory is put first on the child's
 *                          {@code LD_LIBRARY_PATH} so it finds the shared libraries shipped next to it
 * @param lowPort           lowest loopback port offered to the core service
 * @param highPort          highest loopback port offered to the core service
 * @param startTimeout      longest wait for the {@code Bind port: N} line; {@code null} means 10 s
 * @param enableCoreDumps   lift the child's core-file size limit, as the vendor does, so a crash leaves a core file
 *                          (written into the child's working directory)
 * @param extraEnvironment  variables added to the inherited environment of the child only; {@code null} means none
 * @param workingDirectory  the child's working directory; {@code null} inherits this JVM's
 */
public record CoreProcessOptions(
        Path executable,
        int lowPort,
        int highPort,
        Duration startTimeout,
        boolean enableCoreDumps,
        Map<String, String> extraEnvironment,
        Path workingDirectory) {

    /** The start timeout used when none is given. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(10);

    public CoreProcessOptions {
        if (executable == null || !Files.isRegularFile(executable)) {
            throw new IllegalArgumentException("Core service binary not found at " + executable
                    + ": set coreServicePath to the AliRtcCoreService executable");
        }
        // Absolute, because the child resolves a relative path against its own working directory.
        executable = executable.toAbsolutePath().normalize();
        if (lowPort < 1 || lowPort > highPort || highPort > 65535) {
            throw new IllegalArgumentException("Invalid port range [" + lowPort + ", " + highPort
                    + "]: lowPort and highPort must satisfy 1 <= lowPort <= highPort <= 65535");
        }
        if (startTimeout == null) {
            startTimeout = DEFAULT_START_TIMEOUT;
        } else if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be a positive duration, was " + startTimeout
                    + ": give the core service time to print 'Bind port: N'");
        }
        extraEnvironment = extraEnvironment == null ? Map.of() : Map.copyOf(extraEnvironment);
        if (workingDirectory != null && !Files.isDirectory(workingDirectory)) {
            throw new IllegalArgumentException("Working directory " + workingDirectory
                    + " is not a directory: create it or leave it unset to inherit this JVM's");
        }
    }

    /** Options with the defaults: 10 s start timeout, core dumps enabled, no extra environment, inherited directory. */
    public static CoreProcessOptions of(Path executable, int lowPort, int highPort) {
        return new CoreProcessOptions(executable, lowPort, highPort, DEFAULT_START_TIMEOUT, true, Map.of(), null);
    }

    public CoreProcessOptions withStartTimeout(Duration timeout) {
        return new CoreProcessOptions(
                executable, lowPort, highPort, timeout, enableCoreDumps, extraEnvironment, workingDirectory);
    }

    public CoreProcessOptions withCoreDumps(boolean enabled) {
        return new CoreProcessOptions(
                executable, lowPort, highPort, startTimeout, enabled, extraEnvironment, workingDirectory);
    }

    public CoreProcessOptions withExtraEnvironment(Map<String, String> environment) {
        return new CoreProcessOptions(
                executable, lowPort, highPort, startTimeout, enableCoreDumps, environment, workingDirectory);
    }

    public CoreProcessOptions withWorkingDirectory(Path directory) {
        return new CoreProcessOptions(
                executable, lowPort, highPort, startTimeout, enableCoreDumps, extraEnvironment, directory);
    }
}
