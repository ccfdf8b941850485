package org.alirtc.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.model.AudioFormat;
import org.alirtc.sdk.model.AudioTranscodingCodec;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.SubscribeMode;
import org.alirtc.sdk.model.VideoFormat;
import org.alirtc.sdk.model.VideoTranscodingCodec;

/**
 * The options of one shared session, merged from every endpoint that uses it, and what they render to: the
 * {@link EngineOptions}, the {@link JoinChannelConfig} and the {@code extra} JSON.
 *
 * <p>An endpoint "sets" an option when its value differs from the option's default (consumers also set the values
 * that follow from their {@code messageTypes}). Two endpoints that set one option to different values conflict, and
 * so does an endpoint that sets a value other than the one a running session already uses; either way the error names
 * both endpoints and the option.
 */
final class AliRtcSessionSettings {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AliRtcConfiguration DEFAULTS = new AliRtcConfiguration();
    private static final Set<String> SECRET = Set.of("appKey", "token");
    private static final List<SessionOption> OPTIONS = List.of(
            option("userName", AliRtcConfiguration::getUserName, AliRtcConfiguration::setUserName),
            option("appKey", AliRtcConfiguration::getAppKey, AliRtcConfiguration::setAppKey),
            option("token", AliRtcConfiguration::getToken, AliRtcConfiguration::setToken),
            option("tokenProvider", AliRtcConfiguration::getTokenProvider, AliRtcConfiguration::setTokenProvider),
            option("tokenValidity", AliRtcConfiguration::getTokenValidity, AliRtcConfiguration::setTokenValidity),
            option("coreServicePath", AliRtcConfiguration::getCoreServicePath,
                    AliRtcConfiguration::setCoreServicePath),
            option("lowPort", AliRtcConfiguration::getLowPort, AliRtcConfiguration::setLowPort),
            option("highPort", AliRtcConfiguration::getHighPort, AliRtcConfiguration::setHighPort),
            option("logPath", AliRtcConfiguration::getLogPath, AliRtcConfiguration::setLogPath),
            option("h5mode", AliRtcConfiguration::isH5mode, AliRtcConfiguration::setH5mode),
            option("localHub", AliRtcConfiguration::getLocalHub, AliRtcConfiguration::setLocalHub),
            option("startTimeout", AliRtcConfiguration::getStartTimeout, AliRtcConfiguration::setStartTimeout),
            option("connectTimeout", AliRtcConfiguration::getConnectTimeout, AliRtcConfiguration::setConnectTimeout),
            option("joinTimeout", AliRtcConfiguration::getJoinTimeout, AliRtcConfiguration::setJoinTimeout),
            option("leaveTimeout", AliRtcConfiguration::getLeaveTimeout, AliRtcConfiguration::setLeaveTimeout),
            option("destroyGrace", AliRtcConfiguration::getDestroyGrace, AliRtcConfiguration::setDestroyGrace),
            option("writeTimeout", AliRtcConfiguration::getWriteTimeout, AliRtcConfiguration::setWriteTimeout),
            option("enableCoreDumps", AliRtcConfiguration::isEnableCoreDumps,
                    AliRtcConfiguration::setEnableCoreDumps),
            option("channelProfile", AliRtcConfiguration::getChannelProfile, AliRtcConfiguration::setChannelProfile),
            option("audioOnly", AliRtcConfiguration::isAudioOnly, AliRtcConfiguration::setAudioOnly),
            option("publishAvsyncMode", AliRtcConfiguration::getPublishAvsyncMode,
                    AliRtcConfiguration::setPublishAvsyncMode),
            option("publishAvsyncWithPtsMaxAudioCacheSize",
                    AliRtcConfiguration::getPublishAvsyncWithPtsMaxAudioCacheSize,
                    AliRtcConfiguration::setPublishAvsyncWithPtsMaxAudioCacheSize),
            option("publishAvsyncWithPtsMaxVideoCacheSize",
                    AliRtcConfiguration::getPublishAvsyncWithPtsMaxVideoCacheSize,
                    AliRtcConfiguration::setPublishAvsyncWithPtsMaxVideoCacheSize),
            option("publishMode", AliRtcConfiguration::getPublishMode, AliRtcConfiguration::setPublishMode),
            option("subscribeMode", AliRtcConfiguration::getSubscribeMode, AliRtcConfiguration::setSubscribeMode),
            option("subscribeVideoFormat", AliRtcConfiguration::getSubscribeVideoFormat,
                    AliRtcConfiguration::setSubscribeVideoFormat),
            option("subscribeAudioFormat", AliRtcConfiguration::getSubscribeAudioFormat,
                    AliRtcConfiguration::setSubscribeAudioFormat),
            option("enableTtsCallback", AliRtcConfiguration::isEnableTtsCallback,
                    AliRtcConfiguration::setEnableTtsCallback),
            option("clientRole", AliRtcConfiguration::getClientRole, AliRtcConfiguration::setClientRole),
            option("disableAudioRanking", AliRtcConfiguration::isDisableAudioRanking,
                    AliRtcConfiguration::setDisableAudioRanking),
            option("audioObserverCodec", AliRtcConfiguration::getAudioObserverCodec,
                    AliRtcConfiguration::setAudioObserverCodec),
            option("audioObserverCodecFormat", AliRtcConfiguration::getAudioObserverCodecFormat,
                    AliRtcConfiguration::setAudioObserverCodecFormat),
            option("audioObserverResampleRate", AliRtcConfiguration::getAudioObserverResampleRate,
                    AliRtcConfiguration::setAudioObserverResampleRate),
            option("audioObserverCodecBitrate", AliRtcConfiguration::getAudioObserverCodecBitrate,
                    AliRtcConfiguration::setAudioObserverCodecBitrate),
            option("videoObserverCodec", AliRtcConfiguration::getVideoObserverCodec,
                    AliRtcConfiguration::setVideoObserverCodec),
            option("videoObserverCodecFormat", AliRtcConfiguration::getVideoObserverCodecFormat,
                    AliRtcConfiguration::setVideoObserverCodecFormat),
            option("extra", AliRtcConfiguration::getExtra, AliRtcConfiguration::setExtra),
            option("dataChannel", AliRtcConfiguration::getDataChannel, AliRtcConfiguration::setDataChannel),
            option("videoCallbackPeriod", AliRtcConfiguration::getVideoCallbackPeriod,
                    AliRtcConfiguration::setVideoCallbackPeriod),
            option("audioSampleRate", AliRtcConfiguration::getAudioSampleRate,
                    AliRtcConfiguration::setAudioSampleRate),
            option("audioChannels", AliRtcConfiguration::getAudioChannels, AliRtcConfiguration::setAudioChannels),
            option("publishAudio", AliRtcConfiguration::isPublishAudio, AliRtcConfiguration::setPublishAudio),
            option("publishVideo", AliRtcConfiguration::isPublishVideo, AliRtcConfiguration::setPublishVideo),
            option("videoSource", AliRtcConfiguration::getVideoSource, AliRtcConfiguration::setVideoSource),
            option("renderMode", AliRtcConfiguration::getRenderMode, AliRtcConfiguration::setRenderMode),
            option("reconnectInitialDelay", AliRtcConfiguration::getReconnectInitialDelay,
                    AliRtcConfiguration::setReconnectInitialDelay),
            option("reconnectInterval", AliRtcConfiguration::getReconnectInterval,
                    AliRtcConfiguration::setReconnectInterval),
            option("maxReconnectAttempts", AliRtcConfiguration::getMaxReconnectAttempts,
                    AliRtcConfiguration::setMaxReconnectAttempts));

    private final AliRtcSessionKey key;
    private final AliRtcConfiguration merged;
    private final String firstEndpoint;
    private final Map<String, String> setBy = new LinkedHashMap<>();
    private boolean frozen;

    AliRtcSessionSettings(AliRtcSessionKey key, String firstEndpoint, AliRtcConfiguration first) {
        this.key = key;
        this.merged = first.copy();
        this.firstEndpoint = firstEndpoint;
        for (SessionOption option : OPTIONS) {
            option.set.accept(merged, option.get.apply(DEFAULTS));
        }
        add(firstEndpoint, first);
    }

    /**
     * The configuration an endpoint contributes to its session: its own options, and for a consumer also the
     * formats, codecs, data channel and subscribe mode that follow from {@code messageTypes} where they are unset.
     *
     * @throws IllegalArgumentException when the message types ask for two formats the engine cannot deliver at once
     */
    static AliRtcConfiguration contribution(AliRtcConfiguration endpoint, boolean consumer) {
        AliRtcConfiguration c = endpoint.copy();
        if (!consumer) {
            return c;
        }
        Set<AliRtcMessageType> types = AliRtcMessageType.parseList(c.getMessageTypes());
        boolean perUser = types.contains(AliRtcMessageType.AUDIO);
        boolean mixed = types.contains(AliRtcMessageType.MIXED_AUDIO);
        boolean aac = types.contains(AliRtcMessageType.AAC);
        if (c.getSubscribeAudioFormat() == null) {
            if (perUser && mixed) {
                throw new IllegalArgumentException("messageTypes asks for both audio (per-user PCM) and mixedAudio,"
                        + " but the engine delivers one audio format at a time: use two users, or set"
                        + " subscribeAudioFormat explicitly");
            }
            if (perUser) {
                c.setSubscribeAudioFormat(AudioFormat.PCM_BEFORE_MIXING);
            } else if (mixed || aac) {
                c.setSubscribeAudioFormat(AudioFormat.MIXED_PCM);
            }
        }
        if (aac && c.getAudioObserverCodec() == null) {
            c.setAudioObserverCodec(perUser || mixed ? AudioTranscodingCodec.BOTH_PCM_AND_AAC
                    : AudioTranscodingCodec.AAC);
        }
        boolean yuv = types.contains(AliRtcMessageType.VIDEO);
        boolean h264 = types.contains(AliRtcMessageType.ENCODED_VIDEO);
        if (c.getSubscribeVideoFormat() == null && (yuv || h264 || types.contains(AliRtcMessageType.SEI))) {
            c.setSubscribeVideoFormat(VideoFormat.H264);
        }
        if (c.getVideoObserverCodec() == null && (yuv || h264)) {
            c.setVideoObserverCodec(yuv && h264 ? VideoTranscodingCodec.BOTH_YUV_AND_H264
                    : yuv ? VideoTranscodingCodec.YUV : VideoTranscodingCodec.H264);
        }
        if (c.getDataChannel() == null && types.contains(AliRtcMessageType.DATA_CHANNEL)) {
            c.setDataChannel(Boolean.TRUE);
        }
        if (c.getSubscribeMode() == null && c.getSubscribeUsers() != null && !c.getSubscribeUsers().isBlank()) {
            c.setSubscribeMode(SubscribeMode.MANUALLY);
        }
        return c;
    }

    /**
     * Adds the options of one more endpoint.
     *
     * @throws IllegalArgumentException naming both endpoints and the option when they disagree
     */
    synchronized void add(String endpoint, AliRtcConfiguration contribution) {
        for (SessionOption option : OPTIONS) {
            Object value = option.get.apply(contribution);
            if (Objects.equals(value, option.get.apply(DEFAULTS))) {
                continue;
            }
            Object current = option.get.apply(merged);
            String owner = setBy.get(option.name);
            if (owner != null || frozen) {
                if (!Objects.equals(current, value)) {
                    throw conflict(option.name, owner, endpoint, current, value);
                }
            } else {
                option.set.accept(merged, value);
            }
            setBy.putIfAbsent(option.name, endpoint);
        }
    }

    /** From now on the session runs: later endpoints must accept every value, including defaults. */
    synchronized void freeze() {
        frozen = true;
    }

    private IllegalArgumentException conflict(String option, String owner, String endpoint, Object current,
            Object value) {
        boolean secret = SECRET.contains(option);
        String was = secret ? "(hidden)" : String.valueOf(current);
        String now = secret ? "(hidden)" : String.valueOf(value);
        String first = owner != null ? owner : firstEndpoint + " (which leaves it at the default)";
        return new IllegalArgumentException("Endpoints " + first + " and " + endpoint + " share one session ("
                + key + ") but disagree on option '" + option + "': " + was + " vs " + now
                + ". Give both endpoints the same " + option + ", or leave it unset on one of them.");
    }

    AliRtcSessionKey key() {
        return key;
    }

    /** The merged configuration; callers must not change it. */
    AliRtcConfiguration configuration() {
        return merged;
    }

    /**
     * The engine creation parameters.
     *
     * @throws IllegalArgumentException when the core service binary of sdk mode is missing, or a value is invalid
     */
    EngineOptions engineOptions() {
        AliRtcConfiguration c = merged;
        EngineOptions base;
        if (key.mode() == EngineMode.SDK) {
            if (c.getCoreServicePath() == null || c.getCoreServicePath().isBlank()) {
                throw new IllegalArgumentException("mode=sdk runs the vendor AliRtcCoreService but no path is"
                        + " configured: set the coreServicePath option to the executable, or use mode=local");
            }
            Path binary = Path.of(c.getCoreServicePath());
            if (!Files.isRegularFile(binary)) {
                throw new IllegalArgumentException("mode=sdk: the AliRtcCoreService executable was not found at "
                        + binary + ": set the coreServicePath option to the executable, or use mode=local");
            }
            base = EngineOptions.sdk(binary);
        } else {
            base = EngineOptions.local();
            if (c.getLocalHub() != null && !c.getLocalHub().isBlank()) {
                base = base.withLocalHub(c.getLocalHub());
            }
            if (c.getAppKey() != null && !c.getAppKey().isEmpty()) {
                // The emulated cloud then checks join tokens against the key, as the real service does.
                base = base.withLocalAppKeys(Map.of(key.appId(), c.getAppKey()));
            }
        }
        return base.withPorts(c.getLowPort(), c.getHighPort())
                .withLogPath(c.getLogPath())
                .withH5mode(c.isH5mode())
                .withExtraJson(extraJson())
                .withStartTimeout(millis(c.getStartTimeout(), "startTimeout"))
                .withConnectTimeout(millis(c.getConnectTimeout(), "connectTimeout"))
                .withLeaveTimeout(millis(c.getLeaveTimeout(), "leaveTimeout"))
                .withDestroyGrace(millis(c.getDestroyGrace(), "destroyGrace"))
                .withWriteTimeout(millis(c.getWriteTimeout(), "writeTimeout"))
                .withEnableCoreDumps(c.isEnableCoreDumps());
    }

    /** The join configuration, one field per option; unset subscribe formats mean no delivery. */
    JoinChannelConfig joinConfig() {
        AliRtcConfiguration c = merged;
        return new JoinChannelConfig(c.getChannelProfile(), c.isAudioOnly(), c.getPublishAvsyncMode(),
                c.getPublishAvsyncWithPtsMaxAudioCacheSize(), c.getPublishAvsyncWithPtsMaxVideoCacheSize(),
                c.getPublishMode(),
                c.getSubscribeMode() != null ? c.getSubscribeMode() : SubscribeMode.AUTOMATICALLY,
                c.getSubscribeVideoFormat() != null ? c.getSubscribeVideoFormat() : VideoFormat.NONE,
                c.getSubscribeAudioFormat() != null ? c.getSubscribeAudioFormat() : AudioFormat.NONE,
                c.isEnableTtsCallback());
    }

    /**
     * The {@code extra} JSON text: the typed flags under their {@code user_specified_*} keys with the value types the
     * vendor documents (audio ranking is the string "true"), and the raw {@code extra} option merged on top.
     *
     * @throws IllegalArgumentException when the extra option is not a JSON object
     */
    String extraJson() {
        AliRtcConfiguration c = merged;
        ObjectNode json = JSON.createObjectNode();
        if (c.isDisableAudioRanking()) {
            json.put("user_specified_disable_audio_ranking", "true");
        }
        if (c.getAudioObserverCodec() != null) {
            json.put("user_specified_audio_observer_codec", c.getAudioObserverCodec().code());
        }
        putIfSet(json, "user_specified_audio_observer_codec_format", c.getAudioObserverCodecFormat());
        putIfSet(json, "user_specified_audio_observer_resample_rate", c.getAudioObserverResampleRate());
        putIfSet(json, "user_specified_audio_observer_codec_bitrate", c.getAudioObserverCodecBitrate());
        if (c.getVideoObserverCodec() != null) {
            json.put("user_specified_video_observer_codec", c.getVideoObserverCodec().code());
        }
        putIfSet(json, "user_specified_video_observer_codec_format", c.getVideoObserverCodecFormat());
        if (c.getExtra() != null && !c.getExtra().isBlank()) {
            json.setAll(parseExtra(c.getExtra()));
        }
        return json.toString();
    }

    /** Whether the data channel SetParameter is sent. */
    boolean dataChannel() {
        return Boolean.TRUE.equals(merged.getDataChannel());
    }

    private static ObjectNode parseExtra(String extra) {
        JsonNode node;
        try {
            node = JSON.readTree(extra);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The extra option is not valid JSON: pass a JSON object such as"
                    + " {\"user_specified_audio_dump\":\"true\"}", e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("The extra option must be a JSON object, was " + extra
                    + ": pass a JSON object such as {\"user_specified_audio_dump\":\"true\"}");
        }
        return (ObjectNode) node;
    }

    private static void putIfSet(ObjectNode json, String key, Integer value) {
        if (value != null) {
            json.put(key, value.intValue());
        }
    }

    private static Duration millis(long value, String option) {
        if (value <= 0) {
            throw new IllegalArgumentException("The " + option + " option is " + value + " ms: use a positive"
                    + " duration such as 5s");
        }
        return Duration.ofMillis(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> SessionOption option(String name, Function<AliRtcConfiguration, T> get,
            BiConsumer<AliRtcConfiguration, T> set) {
        return new SessionOption(name, get::apply, (c, v) -> set.accept(c, (T) v));
    }

    private record SessionOption(String name, Function<AliRtcConfiguration, Object> get,
            BiConsumer<AliRtcConfiguration, Object> set) {
    }
}
