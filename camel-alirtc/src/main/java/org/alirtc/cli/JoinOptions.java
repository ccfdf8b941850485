package org.alirtc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.ipc.EngineExtraJson;
import org.alirtc.sdk.ipc.ProtocolJson;
import org.alirtc.sdk.model.AudioFormat;
import org.alirtc.sdk.model.DevelopmentApp;
import org.alirtc.sdk.model.Identifiers;
import org.alirtc.sdk.model.MediaLimits;

/**
 * What {@code join} was asked to do, validated. {@link #toString()} masks the token and the app key, so the
 * options can be echoed safely.
 *
 * @param channel         channel id
 * @param userId          user id
 * @param userName        display name, null for none
 * @param token           join token given with {@code --token}, or null to generate one
 * @param appId           app id for a generated token, null when {@code --token} is given
 * @param appKey          app key for a generated token, null when {@code --token} is given
 * @param mode            which core service to run
 * @param coreServicePath the vendor {@code AliRtcCoreService} executable (SDK mode), else null
 * @param lowPort         lowest loopback port offered to the core service
 * @param highPort        highest loopback port offered to the core service
 * @param logPath         core service log directory, null for the default
 * @param h5mode          H5 compatibility (needed to talk to Web clients)
 * @param extraJson       extra engine configuration (a JSON object text), null for none
 * @param audioFormat     how remote audio is delivered (and recorded): mixed or per user
 * @param toneHz          frequency of a generated tone to publish, null for none
 * @param wavFile         WAV file to publish, null for none
 * @param dataMessages    data channel messages to send, in order
 * @param seiMessages     SEI messages to send, in order
 * @param recordDir       directory for received audio and messages, null to record nothing
 * @param seconds         how long to stay in the channel after joining
 * @param jsonEvents      print callbacks as JSON lines instead of text
 */
public record JoinOptions(
        String channel,
        String userId,
        String userName,
        String token,
        String appId,
        String appKey,
        EngineMode mode,
        Path coreServicePath,
        int lowPort,
        int highPort,
        String logPath,
        boolean h5mode,
        String extraJson,
        AudioFormat audioFormat,
        Double toneHz,
        Path wavFile,
        List<String> dataMessages,
        List<String> seiMessages,
        Path recordDir,
        int seconds,
        boolean jsonEvents) {

    /** App id of tokens generated in local mode when no credentials are given, the same as the component's. */
    public static final String DEVELOPMENT_APP_ID = DevelopmentApp.APP_ID;
    /** App key of {@link #DEVELOPMENT_APP_ID}. A published development value, never valid in the ARTC cloud. */
    public static final String DEVELOPMENT_APP_KEY = DevelopmentApp.APP_KEY;

    static final int DEFAULT_SECONDS = 10;
    static final int MAX_SECONDS = 86_400;

    public JoinOptions {
        dataMessages = List.copyOf(dataMessages);
        seiMessages = List.copyOf(seiMessages);
    }

    /** The options of {@code join}, for parsing and for the usage text. */
    public static List<OptionSpec> specs() {
        return List.of(
                OptionSpec.value("channel", "C", "channel id (1-64 of A-Z a-z 0-9 - _), required"),
                OptionSpec.value("user", "U", "user id (same rule), required"),
                OptionSpec.value("user-name", "N", "display name (default: none)"),
                OptionSpec.value("token", "T", "join token from your app server (visible in ps: prefer the next two)"),
                OptionSpec.value("token-file", "FILE", "read the join token from FILE; or set ALIRTC_TOKEN"),
                OptionSpec.value("app-id", "A", "app id: generate a 24 h token locally (with the app key)"),
                OptionSpec.value("app-key", "K", "app key for the generated token; never printed, visible in ps"),
                OptionSpec.value("app-key-file", "FILE", "read the app key from FILE; or set ALIRTC_APP_KEY"),
                OptionSpec.value("mode", "sdk|local", "core service: vendor binary (sdk) or built-in (local, default)"),
                OptionSpec.value("core-service", "PATH", "AliRtcCoreService executable, required with --mode sdk"),
                OptionSpec.value("low-port", "P", "lowest loopback port for the core service (default 42000)"),
                OptionSpec.value("high-port", "P", "highest loopback port for the core service (default 45000)"),
                OptionSpec.value("log-path", "DIR", "core service log directory (default /tmp)"),
                OptionSpec.flag("h5mode", "H5 compatibility, needed to talk to Web clients"),
                OptionSpec.value("extra", "JSON", "extra engine configuration, a JSON object text"),
                OptionSpec.value(
                        "audio-format", "mixed|per-user", "remote audio: one mix (default) or one stream per user"),
                OptionSpec.value("send-tone", "HZ", "publish a sine tone of HZ (48 kHz mono, paced in real time)"),
                OptionSpec.value("send-wav", "FILE", "publish a 16-bit PCM WAV file, paced in real time"),
                OptionSpec.repeatable("send-data", "TEXT", "send a data channel message (repeatable, <= 1024 bytes)"),
                OptionSpec.repeatable(
                        "send-sei",
                        "TEXT",
                        "send an SEI message (repeatable, <= 4096 bytes);"
                                + " publishes a 320x240 test-pattern video to carry it"),
                OptionSpec.value("record-dir", "DIR", "write received audio (WAV) and messages (messages.jsonl) here"),
                OptionSpec.value("seconds", "N", "stay N seconds after joining, then leave (default 10)"),
                OptionSpec.flag("json-events", "print one JSON object per callback"),
                OptionSpec.flag("help", "show this help"));
    }

    /**
     * Validates parsed arguments.
     *
     * @throws UsageException naming the first problem and its fix
     */
    public static JoinOptions from(ParsedArguments args) throws UsageException {
        return from(args, System.getenv());
    }

    /**
     * Validates parsed arguments, taking the token ({@code ALIRTC_TOKEN}) or the app key ({@code ALIRTC_APP_KEY})
     * from {@code environment} when the command line does not give them.
     *
     * @throws UsageException naming the first problem and its fix
     */
    static JoinOptions from(ParsedArguments args, Map<String, String> environment) throws UsageException {
        if (!args.positionals().isEmpty()) {
            throw new UsageException("Unexpected argument '"
                    + args.positionals().get(0) + "': every join setting is an option such as --channel C");
        }
        String channel = id(args.required("channel"), true);
        String userId = id(args.required("user"), false);
        EngineMode mode = mode(args.value("mode"));
        Path coreService = coreService(args.value("core-service"), mode);

        String appId = args.value("app-id");
        boolean tokenGiven = SecretArgument.TOKEN.onCommandLine(args);
        if (tokenGiven && (appId != null || SecretArgument.APP_KEY.onCommandLine(args))) {
            throw new UsageException("--token cannot be combined with --app-id/--app-key: give either a token or"
                    + " the app id and key to generate one");
        }
        // The environment fills in only what the command line leaves open: a token unless an app id is given, the
        // app key of a given app id.
        String token = SecretArgument.TOKEN.resolve(args, environment, appId == null);
        String appKey = SecretArgument.APP_KEY.resolve(args, environment, appId != null);
        if (appId == null && appKey != null) {
            throw new UsageException("--app-key goes with --app-id: give both to generate a token");
        }
        if (appId != null && appKey == null) {
            throw new UsageException("--app-id needs the app key: give --app-key-file FILE, set ALIRTC_APP_KEY, or"
                    + " give --app-key K");
        }
        if (token != null && token.isBlank()) {
            throw new UsageException("--token is empty: give the token from your app server");
        }
        if (token == null && appId == null) {
            if (mode == EngineMode.SDK) {
                throw new UsageException("No credentials: give --token T, or --app-id A --app-key K");
            }
            appId = DEVELOPMENT_APP_ID;
            appKey = DEVELOPMENT_APP_KEY;
        }

        int lowPort = args.intValue("low-port", EngineOptions.DEFAULT_LOW_PORT, 1, 65_535);
        int highPort = args.intValue("high-port", EngineOptions.DEFAULT_HIGH_PORT, 1, 65_535);
        if (lowPort > highPort) {
            throw new UsageException("--low-port " + lowPort + " is above --high-port " + highPort
                    + ": give a range such as --low-port 42000 --high-port 45000");
        }

        Double toneHz = args.has("send-tone") ? args.doubleValue("send-tone", 0, 20, 20_000) : null;
        Path wav = args.has("send-wav") ? Path.of(args.value("send-wav")) : null;
        if (toneHz != null && wav != null) {
            throw new UsageException("--send-tone and --send-wav both publish audio: give one of them");
        }
        if (wav != null && !Files.isReadable(wav)) {
            throw new UsageException("--send-wav " + wav + " is not a readable file: give the path of a WAV file");
        }
        List<String> data = limited(args.values("send-data"), "send-data", MediaLimits.MAX_DATA_CHANNEL_MESSAGE_BYTES);
        List<String> sei = limited(args.values("send-sei"), "send-sei", MediaLimits.MAX_SEI_BYTES);
        Path recordDir = args.has("record-dir") ? Path.of(args.value("record-dir")) : null;
        if (recordDir != null && Files.exists(recordDir) && !Files.isDirectory(recordDir)) {
            throw new UsageException(
                    "--record-dir " + recordDir + " is a file: give a directory (it is created" + " if missing)");
        }
        String extra = extra(args.value("extra"));
        JoinOptions options = new JoinOptions(
                channel,
                userId,
                args.value("user-name"),
                token,
                appId,
                appKey,
                mode,
                coreService,
                lowPort,
                highPort,
                args.value("log-path"),
                args.has("h5mode"),
                extra,
                audioFormat(args.value("audio-format")),
                toneHz,
                wav,
                data,
                sei,
                recordDir,
                args.intValue("seconds", DEFAULT_SECONDS, 1, MAX_SECONDS),
                args.has("json-events"));
        try {
            options.engineOptions();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return options;
    }

    /** The engine settings these options ask for. */
    public EngineOptions engineOptions() {
        return EngineOptions.builder()
                .mode(mode)
                .coreServicePath(coreServicePath)
                .lowPort(lowPort)
                .highPort(highPort)
                .logPath(logPath)
                .h5mode(h5mode)
                .extraJson(extraJson)
                .build();
    }

    /** Whether the token is generated here rather than given. */
    public boolean generatesToken() {
        return token == null;
    }

    /** Whether the token is generated with the built-in development credentials. */
    public boolean usesDevelopmentCredentials() {
        return generatesToken() && DEVELOPMENT_APP_ID.equals(appId) && DEVELOPMENT_APP_KEY.equals(appKey);
    }

    /** Keeps the token and the app key out of anything printed. */
    @Override
    public String toString() {
        String credentials = token != null
                ? "token=(given, " + token.length() + " chars)"
                : usesDevelopmentCredentials()
                        ? "token=(generated for the development app id " + appId + ")"
                        : "token=(generated for app id " + appId + ", app key hidden)";
        return "JoinOptions[channel=" + channel + ", user=" + userId + ", userName=" + userName + ", " + credentials
                + ", mode=" + mode.name().toLowerCase()
                + (coreServicePath == null ? "" : ", coreService=" + coreServicePath) + ", ports=" + lowPort + "-"
                + highPort + ", logPath=" + logPath + ", h5mode="
                + h5mode + ", extra=" + extraJson + ", audioFormat=" + audioFormat + ", sendTone=" + toneHz
                + ", sendWav=" + wavFile + ", sendData=" + dataMessages.size() + ", sendSei=" + seiMessages.size()
                + ", recordDir=" + recordDir + ", seconds=" + seconds + ", jsonEvents=" + jsonEvents + "]";
    }

    private static String id(String value, boolean channel) throws UsageException {
        try {
            return channel ? Identifiers.requireChannelId(value) : Identifiers.requireUserId(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String extra(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        JsonNode json;
        try {
            json = ProtocolJson.mapper().readTree(value);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw new UsageException(
                    "--extra must be a JSON object text: give e.g. --extra '" + EngineExtraJson.EXAMPLE + "'");
        }
        return value;
    }

    private static EngineMode mode(String value) throws UsageException {
        if (value == null || value.equals("local")) {
            return EngineMode.LOCAL;
        }
        if (value.equals("sdk")) {
            return EngineMode.SDK;
        }
        throw new UsageException("--mode '" + value + "' is unknown: give sdk or local");
    }

    private static Path coreService(String value, EngineMode mode) throws UsageException {
        if (mode == EngineMode.LOCAL) {
            if (value != null) {
                throw new UsageException("--core-service is used only with --mode sdk: drop it, or add --mode sdk");
            }
            return null;
        }
        if (value == null) {
            throw new UsageException("--mode sdk needs --core-service PATH: give the AliRtcCoreService executable,"
                    + " or use --mode local");
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new UsageException("--core-service " + value + " is not a file: give the path of the"
                    + " AliRtcCoreService executable");
        }
        return path;
    }

    private static AudioFormat audioFormat(String value) throws UsageException {
        if (value == null || value.equals("mixed")) {
            return AudioFormat.MIXED_PCM;
        }
        if (value.equals("per-user")) {
            return AudioFormat.PCM_BEFORE_MIXING;
        }
        throw new UsageException("--audio-format '" + value + "' is unknown: give mixed or per-user");
    }

    private static List<String> limited(List<String> texts, String option, int maxBytes) throws UsageException {
        for (String text : texts) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > maxBytes) {
                throw new UsageException("--" + option + " message of " + bytes + " bytes: give 1 to " + maxBytes
                        + " bytes of UTF-8 text");
            }
        }
        return texts;
    }
}
