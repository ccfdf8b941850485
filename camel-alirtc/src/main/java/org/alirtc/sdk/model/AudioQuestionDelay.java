package org.alirtc.sdk.model;

import java.util.List;

/**
 * Latency breakdown of one question and answer in an AI voice scenario, all times in ms (vendor
 * {@code AIAudioQuestionDelay}). It arrives with remote sentence callbacks and is handed back when publishing the
 * answer, so the far side can see the whole loop. Start from {@link #empty()} or {@link #toBuilder()}.
 * <p>Field names are the vendor attribute names in camel case; the wire uses the vendor names, except that two
 * inbound keys have their words swapped (noted below).
 *
 * @param aiQuestionCaptureTimestamp capture time of the last PCM of the client's question; 0 means no AI latency data (vendor {@code ai_question_capture_timestamp})
 * @param aiAnswerCaptureTimestamp capture time of the answer (vendor {@code ai_answer_capture_timestamp})
 * @param aiQuestionAgentBeginTimestamp when the agent began on the question (never sent or read on the wire) (vendor {@code ai_question_agent_begin_timestamp})
 * @param aiAnswerAgentBeginTimestamp when the agent began the answer (never sent or read on the wire) (vendor {@code ai_answer_agent_begin_timestamp})
 * @param aiSentenceId id of the question sentence (vendor {@code ai_sentence_id})
 * @param aiClientAudioPubTotalDelay client uplink: total publish delay (inbound wire key {@code ai_client_audio_total_pub_delay}) (vendor {@code ai_client_audio_pub_total_delay})
 * @param aiClientAudioSourceCost client uplink: audio source (vendor {@code ai_client_audio_source_cost})
 * @param aiClientAudioMixerCost client uplink: mixer (vendor {@code ai_client_audio_mixer_cost})
 * @param aiClientAudioEncoderCost client uplink: encoder (vendor {@code ai_client_audio_encoder_cost})
 * @param aiClientAudioNetsdkThrCost client uplink: network SDK thread (vendor {@code ai_client_audio_netsdk_thr_cost})
 * @param aiClientAudioQosThrCost client uplink: QoS thread (vendor {@code ai_client_audio_qos_thr_cost})
 * @param aiClientAudioPacerCost client uplink: pacer (vendor {@code ai_client_audio_pacer_cost})
 * @param aiClientUpHalfRtt client uplink: half round trip (vendor {@code ai_client_up_half_rtt})
 * @param aiLinuxGrtnNodeDelay media network nodes between the client's uplink and this side's subscription (vendor {@code ai_linux_grtn_node_delay})
 * @param aiLinuxDownHalfRtt this side: downlink half round trip (vendor {@code ai_linux_down_half_rtt})
 * @param aiLinuxAudioSubTotalDelay this side: total subscribe delay (inbound wire key {@code ai_linux_audio_total_sub_delay}) (vendor {@code ai_linux_audio_sub_total_delay})
 * @param aiLinuxAudioReceiveCost this side: receive (vendor {@code ai_linux_audio_receive_cost})
 * @param aiLinuxAudioNeteqCost this side: jitter buffer (vendor {@code ai_linux_audio_neteq_cost})
 * @param aiLinuxAudioRemoteSourceCost this side: remote source (vendor {@code ai_linux_audio_remote_source_cost})
 * @param aiLinuxAudioPlayMixerCost this side: playout mixer (vendor {@code ai_linux_audio_play_mixer_cost})
 * @param aiLinuxAudioPlayerCost this side: player (vendor {@code ai_linux_audio_player_cost})
 * @param aiAgentAudioAsrCost agent: speech recognition (vendor {@code ai_agent_audio_asr_cost})
 * @param aiAgentAudioLlmCost agent: language model (vendor {@code ai_agent_audio_llm_cost})
 * @param aiAgentAudioTtsCost agent: speech synthesis (vendor {@code ai_agent_audio_tts_cost})
 * @param aiAgentAudioTotalCost agent: total (vendor {@code ai_agent_audio_total_cost})
 * @param aiLinuxAudioProcessSmartDenoiseDelay audio processing: smart denoise (vendor {@code ai_linux_audio_process_smart_denoise_delay})
 */
public record AudioQuestionDelay(
        long aiQuestionCaptureTimestamp,
        long aiAnswerCaptureTimestamp,
        long aiQuestionAgentBeginTimestamp,
        long aiAnswerAgentBeginTimestamp,
        long aiSentenceId,
        long aiClientAudioPubTotalDelay,
        long aiClientAudioSourceCost,
        long aiClientAudioMixerCost,
        long aiClientAudioEncoderCost,
        long aiClientAudioNetsdkThrCost,
        long aiClientAudioQosThrCost,
        long aiClientAudioPacerCost,
        long aiClientUpHalfRtt,
        List<GrtnNodeDelay> aiLinuxGrtnNodeDelay,
        long aiLinuxDownHalfRtt,
        long aiLinuxAudioSubTotalDelay,
        long aiLinuxAudioReceiveCost,
        long aiLinuxAudioNeteqCost,
        long aiLinuxAudioRemoteSourceCost,
        long aiLinuxAudioPlayMixerCost,
        long aiLinuxAudioPlayerCost,
        long aiAgentAudioAsrCost,
        long aiAgentAudioLlmCost,
        long aiAgentAudioTtsCost,
        long aiAgentAudioTotalCost,
        long aiLinuxAudioProcessSmartDenoiseDelay) {

    public AudioQuestionDelay {
        aiLinuxGrtnNodeDelay = aiLinuxGrtnNodeDelay == null ? List.of() : List.copyOf(aiLinuxGrtnNodeDelay);
    }

    /** Every value 0 and no nodes: the vendor default, meaning "no AI latency data". */
    public static AudioQuestionDelay empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.aiQuestionCaptureTimestamp = aiQuestionCaptureTimestamp;
        b.aiAnswerCaptureTimestamp = aiAnswerCaptureTimestamp;
        b.aiQuestionAgentBeginTimestamp = aiQuestionAgentBeginTimestamp;
        b.aiAnswerAgentBeginTimestamp = aiAnswerAgentBeginTimestamp;
        b.aiSentenceId = aiSentenceId;
        b.aiClientAudioPubTotalDelay = aiClientAudioPubTotalDelay;
        b.aiClientAudioSourceCost = aiClientAudioSourceCost;
        b.aiClientAudioMixerCost = aiClientAudioMixerCost;
        b.aiClientAudioEncoderCost = aiClientAudioEncoderCost;
        b.aiClientAudioNetsdkThrCost = aiClientAudioNetsdkThrCost;
        b.aiClientAudioQosThrCost = aiClientAudioQosThrCost;
        b.aiClientAudioPacerCost = aiClientAudioPacerCost;
        b.aiClientUpHalfRtt = aiClientUpHalfRtt;
        b.aiLinuxGrtnNodeDelay = aiLinuxGrtnNodeDelay;
        b.aiLinuxDownHalfRtt = aiLinuxDownHalfRtt;
        b.aiLinuxAudioSubTotalDelay = aiLinuxAudioSubTotalDelay;
        b.aiLinuxAudioReceiveCost = aiLinuxAudioReceiveCost;
        b.aiLinuxAudioNeteqCost = aiLinuxAudioNeteqCost;
        b.aiLinuxAudioRemoteSourceCost = aiLinuxAudioRemoteSourceCost;
        b.aiLinuxAudioPlayMixerCost = aiLinuxAudioPlayMixerCost;
        b.aiLinuxAudioPlayerCost = aiLinuxAudioPlayerCost;
        b.aiAgentAudioAsrCost = aiAgentAudioAsrCost;
        b.aiAgentAudioLlmCost = aiAgentAudioLlmCost;
        b.aiAgentAudioTtsCost = aiAgentAudioTtsCost;
        b.aiAgentAudioTotalCost = aiAgentAudioTotalCost;
        b.aiLinuxAudioProcessSmartDenoiseDelay = aiLinuxAudioProcessSmartDenoiseDelay;
        return b;
    }

    /** Whether there is AI latency data at all; the vendor skips it when the question capture time is 0. */
    public boolean isPresent() {
        return aiQuestionCaptureTimestamp != 0;
    }

    /** Builds an {@link AudioQuestionDelay}; every value starts at 0 and the node list empty. */
    public static final class Builder {

        private long aiQuestionCaptureTimestamp;
        private long aiAnswerCaptureTimestamp;
        private long aiQuestionAgentBeginTimestamp;
        private long aiAnswerAgentBeginTimestamp;
        private long aiSentenceId;
        private long aiClientAudioPubTotalDelay;
        private long aiClientAudioSourceCost;
        private long aiClientAudioMixerCost;
        private long aiClientAudioEncoderCost;
        private long aiClientAudioNetsdkThrCost;
        private long aiClientAudioQosThrCost;
        private long aiClientAudioPacerCost;
        private long aiClientUpHalfRtt;
        private List<GrtnNodeDelay> aiLinuxGrtnNodeDelay = List.of();
        private long aiLinuxDownHalfRtt;
        private long aiLinuxAudioSubTotalDelay;
        private long aiLinuxAudioReceiveCost;
        private long aiLinuxAudioNeteqCost;
        private long aiLinuxAudioRemoteSourceCost;
        private long aiLinuxAudioPlayMixerCost;
        private long aiLinuxAudioPlayerCost;
        private long aiAgentAudioAsrCost;
        private long aiAgentAudioLlmCost;
        private long aiAgentAudioTtsCost;
        private long aiAgentAudioTotalCost;
        private long aiLinuxAudioProcessSmartDenoiseDelay;

        private Builder() {}

        public Builder aiQuestionCaptureTimestamp(long value) {
            this.aiQuestionCaptureTimestamp = value;
            return this;
        }

        public Builder aiAnswerCaptureTimestamp(long value) {
            this.aiAnswerCaptureTimestamp = value;
            return this;
        }

        public Builder aiQuestionAgentBeginTimestamp(long value) {
            this.aiQuestionAgentBeginTimestamp = value;
            return this;
        }

        public Builder aiAnswerAgentBeginTimestamp(long value) {
            this.aiAnswerAgentBeginTimestamp = value;
            return this;
        }

        public Builder aiSentenceId(long value) {
            this.aiSentenceId = value;
            return this;
        }

        public Builder aiClientAudioPubTotalDelay(long value) {
            this.aiClientAudioPubTotalDelay = value;
            return this;
        }

        public Builder aiClientAudioSourceCost(long value) {
            this.aiClientAudioSourceCost = value;
            return this;
        }

        public Builder aiClientAudioMixerCost(long value) {
            this.aiClientAudioMixerCost = value;
            return this;
        }

        public Builder aiClientAudioEncoderCost(long value) {
            this.aiClientAudioEncoderCost = value;
            return this;
        }

        public Builder aiClientAudioNetsdkThrCost(long value) {
            this.aiClientAudioNetsdkThrCost = value;
            return this;
        }

        public Builder aiClientAudioQosThrCost(long value) {
            this.aiClientAudioQosThrCost = value;
            return this;
        }

        public Builder aiClientAudioPacerCost(long value) {
            this.aiClientAudioPacerCost = value;
            return this;
        }

        public Builder aiClientUpHalfRtt(long value) {
            this.aiClientUpHalfRtt = value;
            return this;
        }

        public Builder aiLinuxGrtnNodeDelay(List<GrtnNodeDelay> value) {
            this.aiLinuxGrtnNodeDelay = value;
            return this;
        }

        public Builder aiLinuxDownHalfRtt(long value) {
            this.aiLinuxDownHalfRtt = value;
            return this;
        }

        public Builder aiLinuxAudioSubTotalDelay(long value) {
            this.aiLinuxAudioSubTotalDelay = value;
            return this;
        }

        public Builder aiLinuxAudioReceiveCost(long value) {
            this.aiLinuxAudioReceiveCost = value;
            return this;
        }

        public Builder aiLinuxAudioNeteqCost(long value) {
            this.aiLinuxAudioNeteqCost = value;
            return this;
        }

        public Builder aiLinuxAudioRemoteSourceCost(long value) {
            this.aiLinuxAudioRemoteSourceCost = value;
            return this;
        }

        public Builder aiLinuxAudioPlayMixerCost(long value) {
            this.aiLinuxAudioPlayMixerCost = value;
            return this;
        }

        public Builder aiLinuxAudioPlayerCost(long value) {
            this.aiLinuxAudioPlayerCost = value;
            return this;
        }

        public Builder aiAgentAudioAsrCost(long value) {
            this.aiAgentAudioAsrCost = value;
            return this;
        }

        public Builder aiAgentAudioLlmCost(long value) {
            this.aiAgentAudioLlmCost = value;
            return this;
        }

        public Builder aiAgentAudioTtsCost(long value) {
            this.aiAgentAudioTtsCost = value;
            return this;
        }

        public Builder aiAgentAudioTotalCost(long value) {
            this.aiAgentAudioTotalCost = value;
            return this;
        }

        public Builder aiLinuxAudioProcessSmartDenoiseDelay(long value) {
            this.aiLinuxAudioProcessSmartDenoiseDelay = value;
            return this;
        }

        public AudioQuestionDelay build() {
            return new AudioQuestionDelay(
                    aiQuestionCaptureTimestamp,
                    aiAnswerCaptureTimestamp,
                    aiQuestionAgentBeginTimestamp,
                    aiAnswerAgentBeginTimestamp,
                    aiSentenceId,
                    aiClientAudioPubTotalDelay,
                    aiClientAudioSourceCost,
                    aiClientAudioMixerCost,
                    aiClientAudioEncoderCost,
                    aiClientAudioNetsdkThrCost,
                    aiClientAudioQosThrCost,
                    aiClientAudioPacerCost,
                    aiClientUpHalfRtt,
                    aiLinuxGrtnNodeDelay,
                    aiLinuxDownHalfRtt,
                    aiLinuxAudioSubTotalDelay,
                    aiLinuxAudioReceiveCost,
                    aiLinuxAudioNeteqCost,
                    aiLinuxAudioRemoteSourceCost,
                    aiLinuxAudioPlayMixerCost,
                    aiLinuxAudioPlayerCost,
                    aiAgentAudioAsrCost,
                    aiAgentAudioLlmCost,
                    aiAgentAudioTtsCost,
                    aiAgentAudioTotalCost,
                    aiLinuxAudioProcessSmartDenoiseDelay);
        }
    }
}
