package org.alirtc.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.alirtc.camel.SessionOption.Use;
import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.model.AudioFormat;
import org.alirtc.sdk.model.AudioTranscodingCodec;
import org.alirtc.sdk.model.EngineExtraFlags;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.SubscribeMode;
import org.alirtc.sdk.model.VideoFormat;
import org.alirtc.sdk.model.VideoTranscodingCodec;

/**
 * The options of one shared session, merged from every endpoint that uses it, and what they render to: the
 * {@link EngineOptions} (with its {@link EngineExtraFlags}) and the {@link JoinChannelConfig}. The options are the
 * {@link SessionOption} fields of {@link AliRtcConfiguration}, found once by {@link SessionOptionField}; nothing
 * here lists them again.
 *
 * <p>An endpoint "sets" an option when its value differs from the option's default (consumers also set the values
 * that follow from their {@code messageTypes}). The merged value of an option is the one its endpoints set, else the
 * default: leaving an option at its default never disagrees. Only two endpoints that set one option to different
 * values conflict, and the error names both endpoints and the option. An endpoint that joins a running session and
 * sets an option nobody had set changes the session (it rejoins with the merged options).
 */
final class AliRtcSessionSettings {

    private static final ObjectMapper JSON = new ObjectMapper();
    // What an unset subscribe option means here: subscribe automatically, deliver no media.
    private static final JoinChannelConfig UNSET_JOIN = JoinChannelConfig.defaults()
            .withSubscribeMode(SubscribeMode.AUTOMATICALLY)
            .withSubscribeVideoFormat(VideoFormat.NONE)
            .withSubscribeAudioFormat(AudioFormat.NONE);

    private final AliRtcSessionKey key;
    private final AliRtcConfiguration merged;
    private final Map<String, String> setBy = new LinkedHashMap<>();
    private boolean frozen;
    private JoinChannelConfig joinConfig;

    AliRtcSessionSettings(AliRtcSessionKey key, String firstEndpoint, AliRtcConfiguration first) {
        this.key = key;
        this.merged = first.copy();
        for (SessionOptionField option : SessionOptionField.all()) {
            option.reset(merged);
        }
        add(firstEndpoint, first);
    }

    /**
     * The configuration an endpoint contributes to its session: its own options, and for a consumer also the
     * formats, codecs, data channel and subscribe mode that follow from {@code messageTypes} where they are unset.
     *
     * @throws IllegalArgumentException when the message types ask for two formats the engine cannot deliver at once,
     *                                  or for data channel messages with the data channel switched off
     */
    static AliRtcConfiguration contribution(AliRtcConfiguration endpoint, boolean consumer) {
        AliRtcConfiguration c = endpoint.copy();
        if (!consumer) {
            return c;
        }
        Set<AliRtcMessageType> types = AliRtcMessageType.parseList(c.getMessageTypes());
        // Speech turns and barge-in listen to each user's PCM.
        boolean perUser =
                types.contains(AliRtcMessageType.AUDIO) || types.contains(AliRtcMessageType.UTTERANCE) || c.isBargeIn();
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
            c.setAudioObserverCodec(
                    perUser || mixed ? AudioTranscodingCodec.BOTH_PCM_AND_AAC : AudioTranscodingCodec.AAC);
        }
        boolean yuv = types.contains(AliRtcMessageType.VIDEO);
        boolean h264 = types.contains(AliRtcMessageType.ENCODED_VIDEO);
        if (c.getSubscribeVideoFormat() == null && (yuv || h264 || types.contains(AliRtcMessageType.SEI))) {
            c.setSubscribeVideoFormat(VideoFormat.H264);
        }
        if (c.getVideoObserverCodec() == null && (yuv || h264)) {
            c.setVideoObserverCodec(
                    yuv && h264
                            ? VideoTranscodingCodec.BOTH_YUV_AND_H264
                            : yuv ? VideoTranscodingCodec.YUV : VideoTranscodingCodec.H264);
        }
        if (types.contains(AliRtcMessageType.DATA_CHANNEL)) {
            if (Boolean.FALSE.equals(c.getDataChannel())) {
                throw new IllegalArgumentException("The consumer asks for dataChannel messages but sets"
                        + " dataChannel=false, so none would arrive: remove dataChannel=false, or dataChannel from"
                        + " messageTypes");
            }
            c.setDataChannel(Boolean.TRUE);
        }
        if (c.getSubscribeMode() == null
                && c.getSubscribeUsers() != null
                && !c.getSubscribeUsers().isBlank()) {
            c.setSubscribeMode(SubscribeMode.MANUALLY);
        }
        return c;
    }

    /**
     * Adds the options of one more endpoint. An option nobody has set yet takes the endpoint's value, also in a
     * running session: a default never conflicts with an explicit or derived value.
     *
     * @return the options the endpoint changed in a session that already runs (it must apply them); empty before
     *         {@link #freeze()}
     * @throws IllegalArgumentException naming both endpoints and the option when two of them set different values
     */
    synchronized List<String> add(String endpoint, AliRtcConfiguration contribution) {
        List<String> changedWhileRunning = new ArrayList<>();
        for (SessionOptionField option : SessionOptionField.all()) {
            if (!option.isSet(contribution)) {
                continue;
            }
            Object value = option.get(contribution);
            String owner = setBy.get(option.name());
            if (owner != null) {
                Object current = option.get(merged);
                if (!Objects.equals(current, value)) {
                    throw conflict(option, owner, endpoint, current, value);
                }
                continue;
            }
            option.set(merged, value);
            joinConfig = null;
            setBy.put(option.name(), endpoint);
            if (frozen) {
                changedWhileRunning.add(option.name());
            }
        }
        return changedWhileRunning;
    }

    /** From now on the session runs: options added later change it (see {@link #add}). */
    synchronized void freeze() {
        frozen = true;
    }

    private IllegalArgumentException conflict(
            SessionOptionField option, String owner, String endpoint, Object current, Object value) {
        String was = option.secret() ? "(hidden)" : String.valueOf(current);
        String now = option.secret() ? "(hidden)" : String.valueOf(value);
        return new IllegalArgumentException("Endpoints " + owner + " and " + endpoint + " share one session (" + key
                + ") but set option '" + option.name() + "' to different values: " + was + " vs " + now
                + ". Give both endpoints the same " + option.name() + ", or leave it unset on one of them.");
    }

    AliRtcSessionKey key() {
        return key;
    }

    /** The merged configuration; callers must not change it. */
    AliRtcConfiguration configuration() {
        return merged;
    }

    /**
     * The engine creation parameters: the {@link Use#ENGINE} options, the extra flags and the raw {@code extra}
     * option, and what depends on the mode.
     *
     * @throws IllegalArgumentException when the core service binary of sdk mode is missing, or a value is invalid
     */
    EngineOptions engineOptions() {
        AliRtcConfiguration c = merged;
        EngineOptions.Builder builder = EngineOptions.builder().mode(key.mode());
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
            builder.coreServicePath(binary);
        } else {
            if (c.getLocalHub() != null && !c.getLocalHub().isBlank()) {
                builder.localHub(c.getLocalHub());
            }
            if (c.getAppKey() != null && !c.getAppKey().isEmpty()) {
                // The emulated cloud then checks join tokens against the key, as the real service does.
                builder.localAppKeys(Map.of(key.appId(), c.getAppKey()));
            }
        }
        builder.extraFlags(SessionOptionField.render(Use.EXTRA, EngineExtraFlags.builder(), c)
                        .build())
                .extraJson(rawExtra(c.getExtra()));
        return SessionOptionField.render(Use.ENGINE, builder, c).build();
    }

    /** The join configuration: the {@link Use#JOIN} options; unset subscribe formats mean no delivery. */
    synchronized JoinChannelConfig joinConfig() {
        if (joinConfig == null) {
            joinConfig = SessionOptionField.render(Use.JOIN, UNSET_JOIN, merged);
        }
        return joinConfig;
    }

    /**
     * The {@code extra} JSON text of the engine: the typed flags with the raw {@code extra} option merged on top.
     *
     * @throws IllegalArgumentException when the extra option is not a JSON object
     */
    String extraJson() {
        return engineOptions().extraJson();
    }

    /** Whether the data channel SetParameter is sent: unless an endpoint switches it off with dataChannel=false. */
    synchronized boolean dataChannel() {
        return !Boolean.FALSE.equals(merged.getDataChannel());
    }

    /** The raw extra option, checked to be a JSON object and written compactly, or null when unset. */
    private static String rawExtra(String extra) {
        if (extra == null || extra.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(extra);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "The extra option is not valid JSON: pass a JSON object such as"
                            + " {\"user_specified_audio_dump\":\"true\"}",
                    e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("The extra option must be a JSON object, was " + extra
                    + ": pass a JSON object such as {\"user_specified_audio_dump\":\"true\"}");
        }
        return node.toString();
    }
}
