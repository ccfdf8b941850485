package org.alirtc.sdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alirtc.sdk.ipc.MessageReader;
import org.alirtc.sdk.ipc.ProtocolJson;

/**
 * How {@link RtcEngineFactory} starts and drives a core service. Start from {@link #sdk(Path)} or {@link #local()}
 * and adjust with the {@code with...} methods; every instance is validated when it is built.
 *
 * @param mode            which core service to run
 * @param coreServicePath the {@code AliRtcCoreService} executable (SDK mode only; ignored in local mode)
 * @param lowPort         lowest loopback port offered to the core service
 * @param highPort        highest loopback port offered to the core service
 * @param logPath         directory where the core service writes its logs (sent with the create command)
 * @param h5mode          H5 compatibility; must be true to talk to Web clients
 * @param extraJson       extra SDK configuration, a JSON object text such as
 *                        {@code {"user_specified_disable_audio_ranking": "true"}}; sent verbatim as a string
 * @param startTimeout    longest wait for the core service to announce its port
 * @param connectTimeout  longest wait to connect to the announced port
 * @param leaveTimeout    longest wait for the leave result when releasing a joined engine
 * @param destroyGrace    how long the core service may take to exit after the destroy command before it is ended
 * @param enableCoreDumps let a crashing vendor core service write a core file, as the vendor does
 * @param maxChunkBytes   largest chunk accepted from the core service (a guard against corrupt length prefixes)
 * @param writeTimeout    longest a write may stay blocked because the core service stopped reading
 * @param localHub        local mode: {@code host:port} of a local hub, so that engines of several processes meet in
 *                        one emulated cloud; null means {@code ALIRTC_LOCAL_HUB} when set, else the cloud of this
 *                        JVM (shared by every local engine in it)
 * @param localAppKeys    local mode: app id to app key, used to verify join token signatures and expiry, added to
 *                        those of {@code ALIRTC_LOCAL_APP_KEYS}; tokens of app ids with no key are accepted
 *                        unverified
 */
public record EngineOptions(EngineMode mode, Path coreServicePath, int lowPort, int highPort, String logPath,
        boolean h5mode, String extraJson, Duration startTimeout, Duration connectTimeout, Duration leaveTimeout,
        Duration destroyGrace, boolean enableCoreDumps, int maxChunkBytes, Duration writeTimeout, String localHub,
        Map<String, String> localAppKeys) {

    public static final int DEFAULT_LOW_PORT = 42000;
    public static final int DEFAULT_HIGH_PORT = 45000;

    public EngineOptions {
        if (mode == null) {
            throw new IllegalArgumentException("mode is null: use EngineMode.SDK with coreServicePath, or EngineMode.LOCAL");
        }
        if (mode == EngineMode.SDK) {
            if (coreServicePath == null || !Files.isRegularFile(coreServicePath)) {
                throw new IllegalArgumentException("Core service binary not found at " + coreServicePath
                        + ": set coreServicePath to the AliRtcCoreService executable, or use mode=local");
            }
        }
        if (lowPort < 1 || highPort > 65535 || lowPort > highPort) {
            throw new IllegalArgumentException("Invalid port range " + lowPort + "-" + highPort
                    + ": use 1 <= lowPort <= highPort <= 65535, e.g. 42000-45000");
        }
        logPath = logPath == null || logPath.isEmpty() ? "/tmp" : logPath;
        extraJson = extraJson == null || extraJson.isBlank() ? "{}" : extraJson;
        requireJsonObject(extraJson);
        requirePositive(startTimeout, "startTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(leaveTimeout, "leaveTimeout");
        requirePositive(destroyGrace, "destroyGrace");
        requirePositive(writeTimeout, "writeTimeout");
        if (maxChunkBytes < 4 * 1024 * 1024) {
            throw new IllegalArgumentException("maxChunkBytes is " + maxChunkBytes
                    + ": use at least 4194304 (4 MiB) so that a 1080p video frame fits");
        }
        localAppKeys = localAppKeys == null ? Map.of() : Map.copyOf(localAppKeys);
    }

    /** Defaults for the vendor core service at {@code coreServicePath}. */
    public static EngineOptions sdk(Path coreServicePath) {
        return defaults(EngineMode.SDK, coreServicePath);
    }

    /** Defaults for the local core service (no vendor binary needed). */
    public static EngineOptions local() {
        return defaults(EngineMode.LOCAL, null);
    }

    private static EngineOptions defaults(EngineMode mode, Path coreServicePath) {
        return new EngineOptions(mode, coreServicePath, DEFAULT_LOW_PORT, DEFAULT_HIGH_PORT, "/tmp", false, "{}",
                Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(3), true,
                MessageReader.DEFAULT_MAX_CHUNK_BYTES, Duration.ofSeconds(10), null, Map.of());
    }

    public EngineOptions withMode(EngineMode value) {
        return new EngineOptions(value, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withCoreServicePath(Path value) {
        return new EngineOptions(mode, value, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withPorts(int low, int high) {
        return new EngineOptions(mode, coreServicePath, low, high, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withLogPath(String value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, value, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withH5mode(boolean value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, value, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withExtraJson(String value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, value, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withStartTimeout(Duration value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, value,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withConnectTimeout(Duration value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                value, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withLeaveTimeout(Duration value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, value, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withDestroyGrace(Duration value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, value, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withEnableCoreDumps(boolean value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, value, maxChunkBytes, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withMaxChunkBytes(int value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, value, writeTimeout, localHub,
                localAppKeys);
    }

    public EngineOptions withWriteTimeout(Duration value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, value, localHub,
                localAppKeys);
    }

    public EngineOptions withLocalHub(String value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, value,
                localAppKeys);
    }

    public EngineOptions withLocalAppKeys(Map<String, String> value) {
        return new EngineOptions(mode, coreServicePath, lowPort, highPort, logPath, h5mode, extraJson, startTimeout,
                connectTimeout, leaveTimeout, destroyGrace, enableCoreDumps, maxChunkBytes, writeTimeout, localHub,
                value);
    }

    /** Keeps app keys out of logs. */
    @Override
    public String toString() {
        return "EngineOptions[mode=" + mode + ", coreServicePath=" + coreServicePath + ", ports=" + lowPort + "-"
                + highPort + ", logPath=" + logPath + ", h5mode=" + h5mode + ", extraJson=" + extraJson
                + ", startTimeout=" + startTimeout + ", connectTimeout=" + connectTimeout + ", leaveTimeout="
                + leaveTimeout + ", destroyGrace=" + destroyGrace + ", enableCoreDumps=" + enableCoreDumps
                + ", maxChunkBytes=" + maxChunkBytes + ", writeTimeout=" + writeTimeout + ", localHub=" + localHub
                + ", localAppKeys=" + localAppKeys.size() + " app id(s)]";
    }

    private static void requireJsonObject(String json) {
        JsonNode node;
        try {
            node = ProtocolJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("extraJson is not valid JSON (" + e.getMessage().lines().findFirst()
                    .orElse("") + "): pass a JSON object text such as {} or {\"user_specified_disable_audio_ranking\": \"true\"}");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("extraJson must be a JSON object, was " + json
                    + ": pass a JSON object text such as {} or {\"user_specified_disable_audio_ranking\": \"true\"}");
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " is " + value + ": use a positive duration such as "
                    + "Duration.ofSeconds(5)");
        }
    }
}
