package org.alirtc.sdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.ipc.EngineExtraJson;
import org.alirtc.sdk.ipc.MessageReader;
import org.alirtc.sdk.ipc.ProtocolJson;
import org.alirtc.sdk.model.EngineExtraFlags;

/**
 * How {@link RtcEngineFactory} starts and drives a core service. Start from {@link #sdk(Path)}, {@link #local()} or
 * {@link #builder()}, and adjust a copy with {@link #toBuilder()}; every instance is validated when it is built.
 *
 * @param mode            which core service to run
 * @param coreServicePath the {@code AliRtcCoreService} executable (SDK mode only; ignored in local mode)
 * @param lowPort         lowest loopback port offered to the core service
 * @param highPort        highest loopback port offered to the core service
 * @param logPath         directory where the core service writes its logs (sent with the create command)
 * @param h5mode          H5 compatibility; must be true to talk to Web clients
 * @param extraFlags      the typed {@code user_specified_*} flags of the extra SDK configuration
 * @param extraJson       the extra SDK configuration sent verbatim as a string: built from a raw JSON object text
 *                        such as {@code {"user_specified_audio_dump": "true"}} merged on top of {@code extraFlags};
 *                        the raw text itself when no typed flag is set
 * @param startTimeout    longest wait for the core service to announce its port
 * @param connectTimeout  longest wait to connect to the announced port
 * @param leaveTimeout    longest wait for the leave result when releasing a joined engine
 * @param destroyGrace    how long the core service may take to exit after the destroy command before it is ended
 * @param enableCoreDumps let a crashing vendor core service write a core file, as the vendor does
 * @param maxChunkBytes   largest chunk accepted from the core service (a guard against corrupt length prefixes)
 * @param writeTimeout    longest a write may stay blocked because the core service stopped reading
 * @param livenessTimeout longest the core service may stay silent before it is declared unresponsive, stopped and
 *                        reported; after a quarter of it (at most 1 s) a probe (the SDK version query) asks for an
 *                        answer, and while that goes unanswered {@link RtcEngine#coreServiceSuspect()} is true. Zero
 *                        turns the check off
 * @param localHub        local mode: {@code host:port} of a local hub, so that engines of several processes meet in
 *                        one emulated cloud; null means {@code ALIRTC_LOCAL_HUB} when set, else the cloud of this
 *                        JVM (shared by every local engine in it)
 * @param localAppKeys    local mode: app id to app key, used to verify join token signatures and expiry, added to
 *                        those of {@code ALIRTC_LOCAL_APP_KEYS}; tokens of app ids with no key are accepted
 *                        unverified
 */
public record EngineOptions(
        EngineMode mode,
        Path coreServicePath,
        int lowPort,
        int highPort,
        String logPath,
        boolean h5mode,
        EngineExtraFlags extraFlags,
        String extraJson,
        Duration startTimeout,
        Duration connectTimeout,
        Duration leaveTimeout,
        Duration destroyGrace,
        boolean enableCoreDumps,
        int maxChunkBytes,
        Duration writeTimeout,
        Duration livenessTimeout,
        String localHub,
        Map<String, String> localAppKeys) {

    public static final int DEFAULT_LOW_PORT = 42000;
    public static final int DEFAULT_HIGH_PORT = 45000;

    public EngineOptions {
        if (mode == null) {
            throw new IllegalArgumentException(
                    "mode is null: use EngineMode.SDK with coreServicePath, or EngineMode.LOCAL");
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
        extraFlags = extraFlags == null ? EngineExtraFlags.NONE : extraFlags;
        extraJson = extraJson == null || extraJson.isBlank() ? "{}" : extraJson;
        extraJson = EngineExtraJson.merge(extraFlags, extraJson, requireJsonObject(extraJson));
        requirePositive(startTimeout, "startTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(leaveTimeout, "leaveTimeout");
        requirePositive(destroyGrace, "destroyGrace");
        requirePositive(writeTimeout, "writeTimeout");
        if (livenessTimeout == null || livenessTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    "livenessTimeout is " + livenessTimeout
                            + ": use a positive duration such as Duration.ofSeconds(10), or Duration.ZERO to turn the check off");
        }
        if (!livenessTimeout.isZero() && livenessTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("livenessTimeout is " + livenessTimeout.toMillis()
                    + " ms: use at least 100 ms, as a busy core service may take that long to answer a probe");
        }
        if (maxChunkBytes < 4 * 1024 * 1024) {
            throw new IllegalArgumentException("maxChunkBytes is " + maxChunkBytes
                    + ": use at least 4194304 (4 MiB) so that a 1080p video frame fits");
        }
        localAppKeys = localAppKeys == null ? Map.of() : Map.copyOf(localAppKeys);
    }

    /** Defaults for the vendor core service at {@code coreServicePath}. */
    public static EngineOptions sdk(Path coreServicePath) {
        return builder().mode(EngineMode.SDK).coreServicePath(coreServicePath).build();
    }

    /** Defaults for the local core service (no vendor binary needed). */
    public static EngineOptions local() {
        return builder().mode(EngineMode.LOCAL).build();
    }

    /** The defaults, with no mode: set one, as there is no silent choice between the vendor and the local core. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Keeps app keys out of logs. */
    @Override
    public String toString() {
        return "EngineOptions[mode=" + mode + ", coreServicePath=" + coreServicePath + ", ports=" + lowPort + "-"
                + highPort + ", logPath=" + logPath + ", h5mode=" + h5mode + ", extraJson=" + extraJson
                + ", startTimeout=" + startTimeout + ", connectTimeout=" + connectTimeout + ", leaveTimeout="
                + leaveTimeout + ", destroyGrace=" + destroyGrace + ", enableCoreDumps=" + enableCoreDumps
                + ", maxChunkBytes=" + maxChunkBytes + ", writeTimeout=" + writeTimeout + ", livenessTimeout="
                + livenessTimeout + ", localHub=" + localHub
                + ", localAppKeys=" + localAppKeys.size() + " app id(s)]";
    }

    private static ObjectNode requireJsonObject(String json) {
        JsonNode node;
        try {
            node = ProtocolJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("extraJson is not valid JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + "): pass a JSON object text such as {} or "
                    + EngineExtraJson.EXAMPLE);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("extraJson must be a JSON object, was " + json
                    + ": pass a JSON object text such as {} or " + EngineExtraJson.EXAMPLE);
        }
        return (ObjectNode) node;
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    name + " is " + value + ": use a positive duration such as " + "Duration.ofSeconds(5)");
        }
    }

    /** Collects the options one by one; {@link #build()} validates them together. */
    public static final class Builder {

        private EngineMode mode;
        private Path coreServicePath;
        private int lowPort = DEFAULT_LOW_PORT;
        private int highPort = DEFAULT_HIGH_PORT;
        private String logPath = "/tmp";
        private boolean h5mode;
        private EngineExtraFlags extraFlags = EngineExtraFlags.NONE;
        private String extraJson = "{}";
        private Duration startTimeout = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration leaveTimeout = Duration.ofSeconds(5);
        private Duration destroyGrace = Duration.ofSeconds(3);
        private boolean enableCoreDumps = true;
        private int maxChunkBytes = MessageReader.DEFAULT_MAX_CHUNK_BYTES;
        private Duration writeTimeout = Duration.ofSeconds(10);
        private Duration livenessTimeout = Duration.ofSeconds(8);
        private String localHub;
        private Map<String, String> localAppKeys = Map.of();

        private Builder() {}

        private Builder(EngineOptions from) {
            mode = from.mode;
            coreServicePath = from.coreServicePath;
            lowPort = from.lowPort;
            highPort = from.highPort;
            logPath = from.logPath;
            h5mode = from.h5mode;
            extraFlags = from.extraFlags;
            // The merged text: merging the same flags under it again yields it unchanged.
            extraJson = from.extraJson;
            startTimeout = from.startTimeout;
            connectTimeout = from.connectTimeout;
            leaveTimeout = from.leaveTimeout;
            destroyGrace = from.destroyGrace;
            enableCoreDumps = from.enableCoreDumps;
            maxChunkBytes = from.maxChunkBytes;
            writeTimeout = from.writeTimeout;
            livenessTimeout = from.livenessTimeout;
            localHub = from.localHub;
            localAppKeys = from.localAppKeys;
        }

        public Builder mode(EngineMode value) {
            mode = value;
            return this;
        }

        public Builder coreServicePath(Path value) {
            coreServicePath = value;
            return this;
        }

        public Builder lowPort(int value) {
            lowPort = value;
            return this;
        }

        public Builder highPort(int value) {
            highPort = value;
            return this;
        }

        public Builder logPath(String value) {
            logPath = value;
            return this;
        }

        public Builder h5mode(boolean value) {
            h5mode = value;
            return this;
        }

        public Builder extraFlags(EngineExtraFlags value) {
            extraFlags = value;
            return this;
        }

        /** The raw extra JSON object text, merged on top of the {@link #extraFlags(EngineExtraFlags) flags}. */
        public Builder extraJson(String value) {
            extraJson = value;
            return this;
        }

        public Builder startTimeout(Duration value) {
            startTimeout = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder leaveTimeout(Duration value) {
            leaveTimeout = value;
            return this;
        }

        public Builder destroyGrace(Duration value) {
            destroyGrace = value;
            return this;
        }

        public Builder enableCoreDumps(boolean value) {
            enableCoreDumps = value;
            return this;
        }

        public Builder maxChunkBytes(int value) {
            maxChunkBytes = value;
            return this;
        }

        public Builder writeTimeout(Duration value) {
            writeTimeout = value;
            return this;
        }

        /** Longest silence of the core service before it is declared unresponsive; zero turns the check off. */
        public Builder livenessTimeout(Duration value) {
            livenessTimeout = value;
            return this;
        }

        public Builder localHub(String value) {
            localHub = value;
            return this;
        }

        public Builder localAppKeys(Map<String, String> value) {
            localAppKeys = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the first invalid option and its fix
         */
        public EngineOptions build() {
            return new EngineOptions(
                    mode,
                    coreServicePath,
                    lowPort,
                    highPort,
                    logPath,
                    h5mode,
                    extraFlags,
                    extraJson,
                    startTimeout,
                    connectTimeout,
                    leaveTimeout,
                    destroyGrace,
                    enableCoreDumps,
                    maxChunkBytes,
                    writeTimeout,
                    livenessTimeout,
                    localHub,
                    localAppKeys);
        }
    }
}
