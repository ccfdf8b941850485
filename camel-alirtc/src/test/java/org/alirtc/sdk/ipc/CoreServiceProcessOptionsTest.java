package org.alirtc.sdk.ipc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreServiceProcessOptionsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreTenSecondsCoreDumpsOnNoExtraEnvironmentInheritedDirectory() throws Exception {
        Path binary = Files.createFile(dir.resolve("AliRtcCoreService"));

        CoreProcessOptions options = CoreProcessOptions.of(binary, 42000, 45000);

        assertEquals(Duration.ofSeconds(10), options.startTimeout());
        assertTrue(options.enableCoreDumps());
        assertEquals(Map.of(), options.extraEnvironment());
        assertEquals(null, options.workingDirectory());
        assertEquals(binary.toAbsolutePath(), options.executable());
    }

    @Test
    void aMissingBinaryNamesThePathAndTheSetting() {
        Path missing = dir.resolve("Release/lib/AliRtcCoreService");

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CoreProcessOptions.of(missing, 42000, 45000));

        assertEquals(
                "Core service binary not found at " + missing
                        + ": set coreServicePath to the AliRtcCoreService executable",
                e.getMessage());
    }

    @Test
    void aDirectoryIsNotABinary() {
        assertThrows(IllegalArgumentException.class, () -> CoreProcessOptions.of(dir, 42000, 45000));
    }

    @Test
    void portsMustFormARangeInsideOneToSixtyFiveThousandFiveHundredThirtyFive() throws Exception {
        Path binary = Files.createFile(dir.resolve("AliRtcCoreService"));

        for (int[] range : new int[][] {{45000, 42000}, {0, 10}, {65000, 65536}}) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> CoreProcessOptions.of(binary, range[0], range[1]));
            assertTrue(e.getMessage().contains("1 <= lowPort <= highPort <= 65535"), e.getMessage());
        }
        assertEquals(5000, CoreProcessOptions.of(binary, 5000, 5000).highPort());
    }

    @Test
    void startTimeoutMustBePositiveAndNullMeansTheDefault() throws Exception {
        Path binary = Files.createFile(dir.resolve("AliRtcCoreService"));
        CoreProcessOptions options = CoreProcessOptions.of(binary, 42000, 45000);

        assertThrows(IllegalArgumentException.class, () -> options.withStartTimeout(Duration.ZERO));
        assertEquals(Duration.ofSeconds(10), options.withStartTimeout(null).startTimeout());
    }

    @Test
    void theWorkingDirectoryMustExist() throws Exception {
        Path binary = Files.createFile(dir.resolve("AliRtcCoreService"));

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> CoreProcessOptions.of(binary, 42000, 45000).withWorkingDirectory(dir.resolve("nope")));

        assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
    }
}
