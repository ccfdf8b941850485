package org.alirtc.sdk.model;

/**
 * The typed {@code user_specified_*} flags of the extra engine configuration (create-engine command, spec section
 * 3.1). A null component is unset and stays out of the extra JSON; the protocol layer's {@code EngineExtraJson}
 * writes and reads them, for the client and the local core alike.
 *
 * @param disableAudioRanking       {@code user_specified_disable_audio_ranking}: deliver every subscribed audio
 *                                  stream instead of the three loudest
 * @param audioObserverCodec        {@code user_specified_audio_observer_codec}: format of subscribed remote audio
 * @param audioObserverCodecFormat  {@code user_specified_audio_observer_codec_format}: AAC container, 0 = ADTS
 * @param audioObserverResampleRate {@code user_specified_audio_observer_resample_rate}: rate of delivered audio in
 *                                  Hz, 0 = none
 * @param audioObserverCodecBitrate {@code user_specified_audio_observer_codec_bitrate}: target AAC bitrate in bps
 * @param videoObserverCodec        {@code user_specified_video_observer_codec}: format of subscribed remote video
 * @param videoObserverCodecFormat  {@code user_specified_video_observer_codec_format}: H.264 bitstream format,
 *                                  0 = Annex B
 */
public record EngineExtraFlags(
        boolean disableAudioRanking,
        AudioTranscodingCodec audioObserverCodec,
        Integer audioObserverCodecFormat,
        Integer audioObserverResampleRate,
        Integer audioObserverCodecBitrate,
        VideoTranscodingCodec videoObserverCodec,
        Integer videoObserverCodecFormat) {

    /** No flag set: the core service's defaults. */
    public static final EngineExtraFlags NONE = new EngineExtraFlags(false, null, null, null, null, null, null);

    /** Starts with no flag set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Sets flags one by one; a null value unsets one. */
    public static final class Builder {

        private boolean disableAudioRanking;
        private AudioTranscodingCodec audioObserverCodec;
        private Integer audioObserverCodecFormat;
        private Integer audioObserverResampleRate;
        private Integer audioObserverCodecBitrate;
        private VideoTranscodingCodec videoObserverCodec;
        private Integer videoObserverCodecFormat;

        private Builder() {}

        public Builder disableAudioRanking(boolean value) {
            disableAudioRanking = value;
            return this;
        }

        public Builder audioObserverCodec(AudioTranscodingCodec value) {
            audioObserverCodec = value;
            return this;
        }

        public Builder audioObserverCodecFormat(Integer value) {
            audioObserverCodecFormat = value;
            return this;
        }

        public Builder audioObserverResampleRate(Integer value) {
            audioObserverResampleRate = value;
            return this;
        }

        public Builder audioObserverCodecBitrate(Integer value) {
            audioObserverCodecBitrate = value;
            return this;
        }

        public Builder videoObserverCodec(VideoTranscodingCodec value) {
            videoObserverCodec = value;
            return this;
        }

        public Builder videoObserverCodecFormat(Integer value) {
            videoObserverCodecFormat = value;
            return this;
        }

        public EngineExtraFlags build() {
            return new EngineExtraFlags(
                    disableAudioRanking,
                    audioObserverCodec,
                    audioObserverCodecFormat,
                    audioObserverResampleRate,
                    audioObserverCodecBitrate,
                    videoObserverCodec,
                    videoObserverCodecFormat);
        }
    }
}
