package org.alirtc.local;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.media.PcmFormat;
import org.alirtc.sdk.ipc.EngineExtraJson;
import org.alirtc.sdk.ipc.ProtocolJson;
import org.alirtc.sdk.ipc.WireKeys;
import org.alirtc.sdk.model.EngineExtraFlags;
import org.alirtc.sdk.model.WireCode;

/**
 * The {@code extra} flags of the create-engine command (1) that change what the local core delivers, read through
 * {@link EngineExtraJson} (leniently, as the vendor's examples write values both as JSON strings and as numbers).
 *
 * @param audioRankingDisabled {@code user_specified_disable_audio_ranking} "true": every subscribed stream is
 *                             delivered instead of the three loudest
 * @param observerSampleRate   {@code user_specified_audio_observer_resample_rate}: the rate of delivered PCM, or
 *                             0 for 48 kHz
 * @param audioObserverCodec   {@code user_specified_audio_observer_codec}: 0 PCM, 1 AAC, 2 both
 * @param videoObserverCodec   {@code user_specified_video_observer_codec}: 0 YUV, 1 H264, 2 both
 * @param aacBitrate           {@code user_specified_audio_observer_codec_bitrate} in bps, 64000 when unset
 */
record EngineExtra(
        boolean audioRankingDisabled,
        int observerSampleRate,
        int audioObserverCodec,
        int videoObserverCodec,
        int aacBitrate) {

    static final int CODEC_RAW = 0;
    static final int CODEC_ENCODED = 1;
    /** The vendor's example bitrate. */
    static final int DEFAULT_AAC_BITRATE = 64_000;

    /** The rate PCM is delivered at when no resample rate is set. */
    static final int DEFAULT_DELIVERY_RATE = 48_000;

    static final EngineExtra DEFAULTS = new EngineExtra(false, 0, CODEC_RAW, CODEC_RAW, DEFAULT_AAC_BITRATE);

    private static final Logger LOG = LoggerFactory.getLogger(EngineExtra.class);
    /** Shared by every connection, so a client that creates engines in a loop cannot flood the log. */
    private static final RateLimitedLog WARNINGS = new RateLimitedLog(LOG);

    /** Parses the extra JSON text; anything unreadable falls back to the defaults, with a warning. */
    static EngineExtra parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULTS;
        }
        JsonNode json;
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            json = ProtocolJson.parse(bytes, 0, bytes.length);
        } catch (RuntimeException e) {
            WARNINGS.warn(
                    "extra-not-json",
                    "Engine extra is not JSON; using the defaults (write a JSON object such as "
                            + EngineExtraJson.EXAMPLE + ")");
            return DEFAULTS;
        }
        EngineExtraFlags flags = EngineExtraJson.read(json);
        int rate = flags.audioObserverResampleRate() == null ? 0 : flags.audioObserverResampleRate();
        if (rate != 0 && !PcmFormat.isSupportedRate(rate)) {
            WARNINGS.warn(
                    "extra-rate",
                    "{} {} is not a supported rate; delivering 48000 Hz (use 0 or one of 8000, 16000, 32000, 44100,"
                            + " 48000 ...)",
                    WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_RESAMPLE_RATE,
                    rate);
            rate = 0;
        }
        return new EngineExtra(
                flags.disableAudioRanking(),
                rate,
                codec(flags.audioObserverCodec()),
                codec(flags.videoObserverCodec()),
                bitrate(flags.audioObserverCodecBitrate()));
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

    /** AAC is wanted (1 or 2); whether it can be made is up to {@link Encoders}. */
    boolean deliversAac() {
        return audioObserverCodec != CODEC_RAW;
    }

    boolean deliversH264() {
        return videoObserverCodec != CODEC_RAW;
    }

    private static int bitrate(Integer bps) {
        if (bps == null || bps <= 0) {
            if (bps != null) {
                LOG.warn(
                        "{} {} is not a bitrate; encoding AAC at {} bps",
                        WireKeys.USER_SPECIFIED_AUDIO_OBSERVER_CODEC_BITRATE,
                        bps,
                        DEFAULT_AAC_BITRATE);
            }
            return DEFAULT_AAC_BITRATE;
        }
        return bps;
    }

    private static int codec(WireCode codec) {
        return codec == null ? CODEC_RAW : codec.code();
    }
}
