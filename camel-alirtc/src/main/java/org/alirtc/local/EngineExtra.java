package org.alirtc.local;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.media.PcmFormat;
import org.alirtc.sdk.ipc.ProtocolJson;

/**
 * The {@code extra} flags of the create-engine command (1) that change what the local core delivers. Values are
 * read leniently, as the vendor's examples write them both as JSON strings and as numbers.
 *
 * @param audioRankingDisabled {@code user_specified_disable_audio_ranking} "true": every subscribed stream is
 *                             delivered instead of the three loudest
 * @param observerSampleRate   {@code user_specified_audio_observer_resample_rate}: the rate of delivered PCM, or
 *                             0 for 48 kHz
 * @param audioObserverCodec   {@code user_specified_audio_observer_codec}: 0 PCM, 1 AAC, 2 both
 * @param videoObserverCodec   {@code user_specified_video_observer_codec}: 0 YUV, 1 H264, 2 both
 */
record EngineExtra(boolean audioRankingDisabled, int observerSampleRate, int audioObserverCodec,
                   int videoObserverCodec) {

    static final int CODEC_RAW = 0;
    static final int CODEC_ENCODED = 1;
    static final int CODEC_BOTH = 2;

    /** The rate PCM is delivered at when no resample rate is set. */
    static final int DEFAULT_DELIVERY_RATE = 48_000;

    static final EngineExtra DEFAULTS = new EngineExtra(false, 0, CODEC_RAW, CODEC_RAW);

    private static final Logger LOG = LoggerFactory.getLogger(EngineExtra.class);

    /** Parses the extra JSON text; anything unreadable falls back to the defaults, with a warning. */
    static EngineExtra parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULTS;
        }
        JsonNode json;
        try {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            json = ProtocolJson.parse(bytes, 0, bytes.length);
        } catch (RuntimeException e) {
            LOG.warn("Engine extra is not JSON; using the defaults (write a JSON object such as "
                    + "{\"user_specified_disable_audio_ranking\": \"true\"})");
            return DEFAULTS;
        }
        if (!json.isObject()) {
            return DEFAULTS;
        }
        int rate = integer(json.get("user_specified_audio_observer_resample_rate"), 0);
        if (rate != 0 && !PcmFormat.isSupportedRate(rate)) {
            LOG.warn("user_specified_audio_observer_resample_rate {} is not a supported rate; delivering 48000 Hz "
                    + "(use 0 or one of 8000, 16000, 32000, 44100, 48000 ...)", rate);
            rate = 0;
        }
        return new EngineExtra(truthy(json.get("user_specified_disable_audio_ranking")), rate,
                codec(json.get("user_specified_audio_observer_codec")),
                codec(json.get("user_specified_video_observer_codec")));
    }

    /** The rate PCM callbacks are delivered at. */
    int deliveryRate() {
        return observerSampleRate == 0 ? DEFAULT_DELIVERY_RATE : observerSampleRate;
    }

    boolean deliversPcm() {
        return audioObserverCodec != CODEC_ENCODED;
    }

    boolean deliversYuv() {
        return videoObserverCodec != CODEC_ENCODED;
    }

    private static int codec(JsonNode node) {
        int value = integer(node, CODEC_RAW);
        return value >= CODEC_RAW && value <= CODEC_BOTH ? value : CODEC_RAW;
    }

    private static boolean truthy(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNumber() ? node.asInt() != 0 : "true".equalsIgnoreCase(node.asText().strip());
    }

    private static int integer(JsonNode node, int fallback) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isNumber()) {
            return node.asInt();
        }
        try {
            return Integer.parseInt(node.asText().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
