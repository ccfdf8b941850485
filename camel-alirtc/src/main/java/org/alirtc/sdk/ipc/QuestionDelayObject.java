package org.alirtc.sdk.ipc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.AudioQuestionDelay;
import org.alirtc.sdk.model.GrtnNodeDelay;

/**
 * The {@code delayInfo} object of commands 37 and 46 (protocol spec section 3.5): 23 numbers in a fixed order,
 * then the GRTN node list when it is not empty. Two of the keys differ from the inbound ones of callback 1036.
 * A missing number reads as 0, a missing node value as -1 (unmeasured).
 */
final class QuestionDelayObject {

    private record Field(String key, ToLongFunction<AudioQuestionDelay> get, Setter set) {}

    @FunctionalInterface
    private interface Setter {
        AudioQuestionDelay.Builder set(AudioQuestionDelay.Builder builder, long value);
    }

    private static final List<Field> FIELDS = List.of(
            new Field(
                    WireKeys.AI_QUESTION_CAPTURE_TIMESTAMP,
                    AudioQuestionDelay::aiQuestionCaptureTimestamp,
                    AudioQuestionDelay.Builder::aiQuestionCaptureTimestamp),
            new Field(
                    WireKeys.AI_ANSWER_CAPTURE_TIMESTAMP,
                    AudioQuestionDelay::aiAnswerCaptureTimestamp,
                    AudioQuestionDelay.Builder::aiAnswerCaptureTimestamp),
            new Field(
                    WireKeys.AI_SENTENCE_ID,
                    AudioQuestionDelay::aiSentenceId,
                    AudioQuestionDelay.Builder::aiSentenceId),
            new Field(
                    WireKeys.AI_CLIENT_AUDIO_PUB_TOTAL_DELAY,
                    AudioQuestionDelay::aiClientAudioPubTotalDelay,
                    AudioQuestionDelay.Builder::aiClientAudioPubTotalDelay),
            new Field(
                    WireKeys.AI_CLIENT_AUDIO_SOURCE_COST,
                    AudioQuestionDelay::aiClientAudioSourceCost,
                    AudioQuestionDelay.Builder::aiClientAudioSourceCost),
            new Field(
                    WireKeys.AI_CLIENT_AUDIO_MIXER_COST,
                    AudioQuestionDelay::aiClientAudioMixerCost,
                    AudioQuestionDelay.Builder::aiClientAudioMixerCost),
            new Field(
                    WireKeys.AI_CLIENT_AUDIO_ENCODER_COST,
                    AudioQuestionDelay::aiClientAudioEncoderCost,
                    AudioQuestionDelay.Builder::aiClientAudioEncoderCost),
            new Field(
                    WireKeys.AI_CLIENT_AUDIO_NETSDK_THR_COST,
                    AudioQuestionDelay::aiClientAudioNetsdkThrCost,
                    AudioQuestionDelay.Builder::aiClientAudioNetsdkThrCost),
            new Field(
                    WireKeys.AI_CLIENT_AUDIO_QOS_THR_COST,
                    AudioQuestionDelay::aiClientAudioQosThrCost,
                    AudioQuestionDelay.Builder::aiClientAudioQosThrCost),
            new Field(
                    WireKeys.AI_CLIENT_AUDIO_PACER_COST,
                    AudioQuestionDelay::aiClientAudioPacerCost,
                    AudioQuestionDelay.Builder::aiClientAudioPacerCost),
            new Field(
                    WireKeys.AI_CLIENT_UP_HALF_RTT,
                    AudioQuestionDelay::aiClientUpHalfRtt,
                    AudioQuestionDelay.Builder::aiClientUpHalfRtt),
            new Field(
                    WireKeys.AI_LINUX_DOWN_HALF_RTT,
                    AudioQuestionDelay::aiLinuxDownHalfRtt,
                    AudioQuestionDelay.Builder::aiLinuxDownHalfRtt),
            new Field(
                    WireKeys.AI_LINUX_AUDIO_SUB_TOTAL_DELAY,
                    AudioQuestionDelay::aiLinuxAudioSubTotalDelay,
                    AudioQuestionDelay.Builder::aiLinuxAudioSubTotalDelay),
            new Field(
                    WireKeys.AI_LINUX_AUDIO_RECEIVE_COST,
                    AudioQuestionDelay::aiLinuxAudioReceiveCost,
                    AudioQuestionDelay.Builder::aiLinuxAudioReceiveCost),
            new Field(
                    WireKeys.AI_LINUX_AUDIO_NETEQ_COST,
                    AudioQuestionDelay::aiLinuxAudioNeteqCost,
                    AudioQuestionDelay.Builder::aiLinuxAudioNeteqCost),
            new Field(
                    WireKeys.AI_LINUX_AUDIO_REMOTE_SOURCE_COST,
                    AudioQuestionDelay::aiLinuxAudioRemoteSourceCost,
                    AudioQuestionDelay.Builder::aiLinuxAudioRemoteSourceCost),
            new Field(
                    WireKeys.AI_LINUX_AUDIO_PLAY_MIXER_COST,
                    AudioQuestionDelay::aiLinuxAudioPlayMixerCost,
                    AudioQuestionDelay.Builder::aiLinuxAudioPlayMixerCost),
            new Field(
                    WireKeys.AI_LINUX_AUDIO_PLAYER_COST,
                    AudioQuestionDelay::aiLinuxAudioPlayerCost,
                    AudioQuestionDelay.Builder::aiLinuxAudioPlayerCost),
            new Field(
                    WireKeys.AI_AGENT_AUDIO_ASR_COST,
                    AudioQuestionDelay::aiAgentAudioAsrCost,
                    AudioQuestionDelay.Builder::aiAgentAudioAsrCost),
            new Field(
                    WireKeys.AI_AGENT_AUDIO_LLM_COST,
                    AudioQuestionDelay::aiAgentAudioLlmCost,
                    AudioQuestionDelay.Builder::aiAgentAudioLlmCost),
            new Field(
                    WireKeys.AI_AGENT_AUDIO_TTS_COST,
                    AudioQuestionDelay::aiAgentAudioTtsCost,
                    AudioQuestionDelay.Builder::aiAgentAudioTtsCost),
            new Field(
                    WireKeys.AI_AGENT_AUDIO_TOTAL_COST,
                    AudioQuestionDelay::aiAgentAudioTotalCost,
                    AudioQuestionDelay.Builder::aiAgentAudioTotalCost),
            new Field(
                    WireKeys.AI_LINUX_AUDIO_PROCESS_SMART_DENOISE_DELAY,
                    AudioQuestionDelay::aiLinuxAudioProcessSmartDenoiseDelay,
                    AudioQuestionDelay.Builder::aiLinuxAudioProcessSmartDenoiseDelay));

    private static final long UNMEASURED = -1;

    private QuestionDelayObject() {}

    static ObjectNode encode(AudioQuestionDelay delay) {
        ObjectNode o = ProtocolJson.object();
        for (Field field : FIELDS) {
            o.put(field.key, field.get.applyAsLong(delay));
        }
        if (!delay.aiLinuxGrtnNodeDelay().isEmpty()) {
            ArrayNode nodes = o.putArray(WireKeys.AI_LINUX_GRTN_NODE_DELAY);
            for (GrtnNodeDelay node : delay.aiLinuxGrtnNodeDelay()) {
                ObjectNode n = nodes.addObject();
                n.put(WireKeys.GRTN_NODE_INTERNAL_RTT_HALF, node.internalRttHalf());
                n.put(WireKeys.GRTN_NODE_BEF_PACER, node.befPacer());
                n.put(WireKeys.GRTN_NODE_PACER_COST, node.pacerCost());
            }
        }
        return o;
    }

    static AudioQuestionDelay decode(JsonNode o) {
        AudioQuestionDelay.Builder builder = AudioQuestionDelay.builder();
        for (Field field : FIELDS) {
            field.set.set(builder, o.path(field.key).asLong(0));
        }
        List<GrtnNodeDelay> nodes = new ArrayList<>();
        for (JsonNode n : o.path(WireKeys.AI_LINUX_GRTN_NODE_DELAY)) {
            nodes.add(new GrtnNodeDelay(
                    n.path(WireKeys.GRTN_NODE_INTERNAL_RTT_HALF).asLong(UNMEASURED),
                    n.path(WireKeys.GRTN_NODE_BEF_PACER).asLong(UNMEASURED),
                    n.path(WireKeys.GRTN_NODE_PACER_COST).asLong(UNMEASURED)));
        }
        return builder.aiLinuxGrtnNodeDelay(nodes).build();
    }
}
