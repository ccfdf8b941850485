package org.alirtc.sdk.ipc;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.AudioTranscodingCodec;
import org.alirtc.sdk.model.EngineExtraFlags;
import org.alirtc.sdk.model.VideoTranscodingCodec;

/**
 * Writes {@link EngineExtraFlags} into the {@code extra} JSON of the create-engine command and reads them back, so
 * the client and the local core spell and type every flag the same way.
 */
public final class EngineExtraJson {

    /** An {@code extra} JSON text to show in messages that ask for one. */
    public static final String EXAMPLE = "{\"" + WireKeys.USER_SPECIFIED_DISABLE_AUDIO_RANKING + "\": \"true\"}";

    // The vendor documents audio ranking as the string "true", not a JSON boolean.
    private static final String TRUE = "true";

    private EngineExtraJson() {}

    /** The set flags as a JSON object, in the order of the record components. */
    public static ObjectNode write(EngineExtraFlags flags) {
        ObjectNode json = ProtocolJson.object();
        if (flags.disableAudioRanking()) {
            json.put(WireKeys.USER_SPECIFIED_DISABLE_AUDIO_RANKING, TRUE);
        }
        if (flags.audioObserverCodec() != null) {
            json.put(
                    WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_CODEC,
                    flags.audioObserverCodec().code());
        }
        putIfSet(json, WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_CODEC_FORMAT, flags.audioObserverCodecFormat());
        putIfSet(json, WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_RESAMPLE_RATE, flags.audioObserverResampleRate());
        putIfSet(json, WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_CODEC_BITRATE, flags.audioObserverCodecBitrate());
        if (flags.videoObserverCodec() != null) {
            json.put(
                    WireKeys.USER_SPECIFIED_VIDEO_OBSERVER_CODEC,
                    flags.videoObserverCodec().code());
        }
        putIfSet(json, WireKeys.USER_SPECIFIED_VIDEO_OBSERVER_CODEC_FORMAT, flags.videoObserverCodecFormat());
        return json;
    }

    /**
     * The {@code extra} JSON text: the flags with the fields of the raw object on top, so a raw field overrides the
     * flag of the same key. With no flag set the raw text is returned unchanged.
     *
     * @param rawText the raw JSON object text
     * @param raw     {@code rawText} parsed
     */
    public static String merge(EngineExtraFlags flags, String rawText, ObjectNode raw) {
        if (flags.equals(EngineExtraFlags.NONE)) {
            return rawText;
        }
        ObjectNode json = write(flags);
        json.setAll(raw);
        return json.toString();
    }

    /**
     * Reads the flags of an {@code extra} JSON object, leniently, as the vendor's examples write values both as
     * JSON strings and as numbers: a flag that is missing or unreadable is unset, and so is an unknown codec.
     */
    public static EngineExtraFlags read(JsonNode json) {
        if (json == null || !json.isObject()) {
            return EngineExtraFlags.NONE;
        }
        return new EngineExtraFlags(
                truthy(json.get(WireKeys.USER_SPECIFIED_DISABLE_AUDIO_RANKING)),
                integer(json.get(WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_CODEC))
                        .flatMap(AudioTranscodingCodec::fromCode)
                        .orElse(null),
                integer(json.get(WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_CODEC_FORMAT))
                        .orElse(null),
                integer(json.get(WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_RESAMPLE_RATE))
                        .orElse(null),
                integer(json.get(WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_CODEC_BITRATE))
                        .orElse(null),
                integer(json.get(WireKeys.USER_SPECIFIED_VIDEO_OBSERVER_CODEC))
                        .flatMap(VideoTranscodingCodec::fromCode)
                        .orElse(null),
                integer(json.get(WireKeys.USER_SPECIFIED_VIDEO_OBSERVER_CODEC_FORMAT))
                        .orElse(null));
    }

    private static void putIfSet(ObjectNode json, String key, Integer value) {
        if (value != null) {
            json.put(key, value.intValue());
        }
    }

    private static boolean truthy(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNumber()
                ? node.asInt() != 0
                : TRUE.equalsIgnoreCase(node.asText().strip());
    }

    private static Optional<Integer> integer(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.asInt());
        }
        try {
            return Optional.of(Integer.parseInt(node.asText().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
