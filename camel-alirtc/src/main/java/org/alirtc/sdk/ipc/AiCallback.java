package org.alirtc.sdk.ipc;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.AudioQuestionDelay;
import org.alirtc.sdk.model.GrtnNodeDelay;
import org.alirtc.sdk.model.VoiceprintStatus;

import static org.alirtc.sdk.ipc.CallbackFields.bool;
import static org.alirtc.sdk.ipc.CallbackFields.i;
import static org.alirtc.sdk.ipc.CallbackFields.lng;
import static org.alirtc.sdk.ipc.CallbackFields.plain;
import static org.alirtc.sdk.ipc.CallbackFields.requireId;
import static org.alirtc.sdk.ipc.CallbackFields.str;

/**
 * Callbacks of the AI voice features and of the engine's own answers: voiceprint, VAD, sentence latency, greeting,
 * loopback test, SDK version, audio dump and audio effects.
 */
public sealed interface AiCallback extends Callback {

    /** 1033: whether the main speaker talked between two times (answer to command 33). */
    record MainSpeaker(long startTime, long endTime, VoiceprintStatus status) implements AiCallback {

        static MainSpeaker decode(Message m) {
            ObjectNode h = m.header();
            return new MainSpeaker(
                    lng(h, WireKeys.START_TIME),
                    lng(h, WireKeys.END_TIME),
                    new VoiceprintStatus(
                            bool(h, WireKeys.IS_ENABLE),
                            bool(h, WireKeys.IS_MAIN_SPEAKER),
                            bool(h, WireKeys.IS_ENROLLED),
                            i(h, WireKeys.ENVIRONMENT)));
        }

        @Override
        public int id() {
            return CallbackId.ON_GET_AUDIO_IS_MAIN_SPEAKER;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.IS_ENABLE, status.voiceprintEnabled());
            h.put(WireKeys.IS_MAIN_SPEAKER, status.mainSpeaker());
            h.put(WireKeys.IS_ENROLLED, status.enrolled());
            h.put(WireKeys.ENVIRONMENT, status.voiceEnvironment());
            h.put(WireKeys.START_TIME, startTime);
            h.put(WireKeys.END_TIME, endTime);
            return plain(h);
        }
    }

    /** 1041: the AI VAD state between two times (answer to command 42). */
    record AiVadInfo(int status, long startTime, long endTime) implements AiCallback {

        static AiVadInfo decode(Message m) {
            ObjectNode h = m.header();
            return new AiVadInfo(i(h, WireKeys.STATUS), lng(h, WireKeys.START_TIME), lng(h, WireKeys.END_TIME));
        }

        @Override
        public int id() {
            return CallbackId.ON_GET_AIVAD_INFO;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.STATUS, status);
            h.put(WireKeys.START_TIME, startTime);
            h.put(WireKeys.END_TIME, endTime);
            return plain(h);
        }
    }

    /** 1051: the encrypted form of a question delay (answer to command 46). */
    record EncryptedDelayInfo(String delay) implements AiCallback {

        static EncryptedDelayInfo decode(Message m) {
            return new EncryptedDelayInfo(str(m.header(), WireKeys.DELAY));
        }

        @Override
        public int id() {
            return CallbackId.ON_ENCRYPTION_DELAY_INFO;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.DELAY, delay);
            return plain(h);
        }
    }

    /**
     * 1035: the voiceprint vector as the wire carries it, in base64. It stays text here so that a malformed vector
     * is the receiver's to report, not a decoding failure.
     */
    record VoiceprintVector(String base64) implements AiCallback {

        static VoiceprintVector decode(Message m) {
            return new VoiceprintVector(str(m.header(), WireKeys.VECTOR));
        }

        @Override
        public int id() {
            return CallbackId.ON_VOICEPRINT_VECTOR;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.VECTOR, base64);
            return plain(h);
        }
    }

    /** 1039: whether the loopback latency test is enabled (answer to command 39). */
    record TestCycleRound(boolean enabled) implements AiCallback {

        static TestCycleRound decode(Message m) {
            return new TestCycleRound(bool(m.header(), WireKeys.IS_ENABLE));
        }

        @Override
        public int id() {
            return CallbackId.ON_TEST_CYCLE_ROUND;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.IS_ENABLE, enabled);
            return plain(h);
        }
    }

    /** 1031: the greeting is ready to play. */
    record GreetReady(boolean ready) implements AiCallback {

        static GreetReady decode(Message m) {
            return new GreetReady(bool(m.header(), WireKeys.READY));
        }

        @Override
        public int id() {
            return CallbackId.ON_GREET_READY;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.READY, ready);
            return plain(h);
        }
    }

    /** 1034: the device id of a remote user. */
    record RemoteDeviceId(String uid, String deviceId) implements AiCallback {

        static RemoteDeviceId decode(Message m) {
            ObjectNode h = m.header();
            return new RemoteDeviceId(str(h, WireKeys.UID), str(h, WireKeys.UDID));
        }

        @Override
        public int id() {
            return CallbackId.ON_REMOTE_DEVICE_ID;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.UDID, deviceId);
            return plain(h);
        }
    }

    /**
     * 1036: a remote user's sentence ended or not, with its latency breakdown. The breakdown is sent only when it
     * holds data; an absent one reads back as {@link AudioQuestionDelay#empty()}. Two inbound keys have their words
     * swapped against the outbound ones (spec section 4.2).
     */
    record RemoteSentenceState(String uid, boolean end, AudioQuestionDelay delay) implements AiCallback {

        static RemoteSentenceState decode(Message m) {
            ObjectNode h = m.header();
            return new RemoteSentenceState(
                    str(h, WireKeys.UID), bool(h, WireKeys.END), delay(h.get(WireKeys.AUDIO_QUESTION_DELAY)));
        }

        @Override
        public int id() {
            return CallbackId.ON_REMOTE_SENTENCE_STATE;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.END, end);
            if (!delay.equals(AudioQuestionDelay.empty())) {
                put(h.putObject(WireKeys.AUDIO_QUESTION_DELAY), delay);
            }
            return plain(h);
        }

        private static AudioQuestionDelay delay(JsonNode d) {
            if (d == null || !d.isObject()) {
                return AudioQuestionDelay.empty();
            }
            List<GrtnNodeDelay> nodes = new ArrayList<>();
            for (JsonNode n : d.path(WireKeys.AI_LINUX_GRTN_NODE_DELAY)) {
                nodes.add(new GrtnNodeDelay(
                        n.path(WireKeys.GRTN_NODE_INTERNAL_RTT_HALF).asLong(),
                        n.path(WireKeys.GRTN_NODE_BEF_PACER).asLong(),
                        n.path(WireKeys.GRTN_NODE_PACER_COST).asLong()));
            }
            return AudioQuestionDelay.builder()
                    .aiQuestionCaptureTimestamp(lng(d, WireKeys.AI_QUESTION_CAPTURE_TIMESTAMP))
                    .aiAnswerCaptureTimestamp(lng(d, WireKeys.AI_ANSWER_CAPTURE_TIMESTAMP))
                    .aiSentenceId(lng(d, WireKeys.AI_SENTENCE_ID))
                    .aiClientAudioPubTotalDelay(lng(d, WireKeys.AI_CLIENT_AUDIO_TOTAL_PUB_DELAY))
                    .aiClientAudioSourceCost(lng(d, WireKeys.AI_CLIENT_AUDIO_SOURCE_COST))
                    .aiClientAudioMixerCost(lng(d, WireKeys.AI_CLIENT_AUDIO_MIXER_COST))
                    .aiClientAudioEncoderCost(lng(d, WireKeys.AI_CLIENT_AUDIO_ENCODER_COST))
                    .aiClientAudioNetsdkThrCost(lng(d, WireKeys.AI_CLIENT_AUDIO_NETSDK_THR_COST))
                    .aiClientAudioQosThrCost(lng(d, WireKeys.AI_CLIENT_AUDIO_QOS_THR_COST))
                    .aiClientAudioPacerCost(lng(d, WireKeys.AI_CLIENT_AUDIO_PACER_COST))
                    .aiClientUpHalfRtt(lng(d, WireKeys.AI_CLIENT_UP_HALF_RTT))
                    .aiLinuxDownHalfRtt(lng(d, WireKeys.AI_LINUX_DOWN_HALF_RTT))
                    .aiLinuxGrtnNodeDelay(nodes)
                    .aiLinuxAudioSubTotalDelay(lng(d, WireKeys.AI_LINUX_AUDIO_TOTAL_SUB_DELAY))
                    .aiLinuxAudioReceiveCost(lng(d, WireKeys.AI_LINUX_AUDIO_RECEIVE_COST))
                    .aiLinuxAudioNeteqCost(lng(d, WireKeys.AI_LINUX_AUDIO_NETEQ_COST))
                    .aiLinuxAudioRemoteSourceCost(lng(d, WireKeys.AI_LINUX_AUDIO_REMOTE_SOURCE_COST))
                    .aiLinuxAudioPlayMixerCost(lng(d, WireKeys.AI_LINUX_AUDIO_PLAY_MIXER_COST))
                    .aiLinuxAudioPlayerCost(lng(d, WireKeys.AI_LINUX_AUDIO_PLAYER_COST))
                    .aiAgentAudioAsrCost(lng(d, WireKeys.AI_AGENT_AUDIO_ASR_COST))
                    .aiAgentAudioLlmCost(lng(d, WireKeys.AI_AGENT_AUDIO_LLM_COST))
                    .aiAgentAudioTtsCost(lng(d, WireKeys.AI_AGENT_AUDIO_TTS_COST))
                    .aiAgentAudioTotalCost(lng(d, WireKeys.AI_AGENT_AUDIO_TOTAL_COST))
                    .aiLinuxAudioProcessSmartDenoiseDelay(lng(d, WireKeys.AI_LINUX_AUDIO_PROCESS_SMART_DENOISE_DELAY))
                    .build();
        }

        /** The keys in the order of the spec's table 4.2; the two agent-begin times never travel. */
        private static void put(ObjectNode d, AudioQuestionDelay delay) {
            d.put(WireKeys.AI_QUESTION_CAPTURE_TIMESTAMP, delay.aiQuestionCaptureTimestamp());
            d.put(WireKeys.AI_ANSWER_CAPTURE_TIMESTAMP, delay.aiAnswerCaptureTimestamp());
            d.put(WireKeys.AI_SENTENCE_ID, delay.aiSentenceId());
            d.put(WireKeys.AI_CLIENT_AUDIO_TOTAL_PUB_DELAY, delay.aiClientAudioPubTotalDelay());
            d.put(WireKeys.AI_CLIENT_AUDIO_SOURCE_COST, delay.aiClientAudioSourceCost());
            d.put(WireKeys.AI_CLIENT_AUDIO_MIXER_COST, delay.aiClientAudioMixerCost());
            d.put(WireKeys.AI_CLIENT_AUDIO_ENCODER_COST, delay.aiClientAudioEncoderCost());
            d.put(WireKeys.AI_CLIENT_AUDIO_NETSDK_THR_COST, delay.aiClientAudioNetsdkThrCost());
            d.put(WireKeys.AI_CLIENT_AUDIO_QOS_THR_COST, delay.aiClientAudioQosThrCost());
            d.put(WireKeys.AI_CLIENT_AUDIO_PACER_COST, delay.aiClientAudioPacerCost());
            d.put(WireKeys.AI_CLIENT_UP_HALF_RTT, delay.aiClientUpHalfRtt());
            d.put(WireKeys.AI_LINUX_DOWN_HALF_RTT, delay.aiLinuxDownHalfRtt());
            ArrayNode nodes = d.putArray(WireKeys.AI_LINUX_GRTN_NODE_DELAY);
            for (GrtnNodeDelay node : delay.aiLinuxGrtnNodeDelay()) {
                nodes.addObject()
                        .put(WireKeys.GRTN_NODE_INTERNAL_RTT_HALF, node.internalRttHalf())
                        .put(WireKeys.GRTN_NODE_BEF_PACER, node.befPacer())
                        .put(WireKeys.GRTN_NODE_PACER_COST, node.pacerCost());
            }
            d.put(WireKeys.AI_LINUX_AUDIO_TOTAL_SUB_DELAY, delay.aiLinuxAudioSubTotalDelay());
            d.put(WireKeys.AI_LINUX_AUDIO_RECEIVE_COST, delay.aiLinuxAudioReceiveCost());
            d.put(WireKeys.AI_LINUX_AUDIO_NETEQ_COST, delay.aiLinuxAudioNeteqCost());
            d.put(WireKeys.AI_LINUX_AUDIO_REMOTE_SOURCE_COST, delay.aiLinuxAudioRemoteSourceCost());
            d.put(WireKeys.AI_LINUX_AUDIO_PLAY_MIXER_COST, delay.aiLinuxAudioPlayMixerCost());
            d.put(WireKeys.AI_LINUX_AUDIO_PLAYER_COST, delay.aiLinuxAudioPlayerCost());
            d.put(WireKeys.AI_AGENT_AUDIO_ASR_COST, delay.aiAgentAudioAsrCost());
            d.put(WireKeys.AI_AGENT_AUDIO_LLM_COST, delay.aiAgentAudioLlmCost());
            d.put(WireKeys.AI_AGENT_AUDIO_TTS_COST, delay.aiAgentAudioTtsCost());
            d.put(WireKeys.AI_AGENT_AUDIO_TOTAL_COST, delay.aiAgentAudioTotalCost());
            d.put(WireKeys.AI_LINUX_AUDIO_PROCESS_SMART_DENOISE_DELAY, delay.aiLinuxAudioProcessSmartDenoiseDelay());
        }
    }

    /** 1038: the local agent's sentence began or not, with the agent's own costs in ms. */
    record LocalSentenceState(String uid, boolean begin, long asr, long llm, long tts, long sentence)
            implements AiCallback {

        static LocalSentenceState decode(Message m) {
            ObjectNode h = m.header();
            return new LocalSentenceState(
                    str(h, WireKeys.UID),
                    bool(h, WireKeys.BEGIN),
                    lng(h, WireKeys.ASR),
                    lng(h, WireKeys.LLM),
                    lng(h, WireKeys.TTS),
                    lng(h, WireKeys.SENTENCE));
        }

        /** The costs as the delay record the listener receives. */
        public AudioQuestionDelay delay() {
            return AudioQuestionDelay.builder()
                    .aiAgentAudioAsrCost(asr)
                    .aiAgentAudioLlmCost(llm)
                    .aiAgentAudioTtsCost(tts)
                    .aiSentenceId(sentence)
                    .build();
        }

        @Override
        public int id() {
            return CallbackId.ON_LOCAL_SENTENCE_STATE;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.BEGIN, begin);
            h.put(WireKeys.ASR, asr);
            h.put(WireKeys.LLM, llm);
            h.put(WireKeys.TTS, tts);
            h.put(WireKeys.SENTENCE, sentence);
            return plain(h);
        }
    }

    /** 1040: the core's SDK version (answer to command 40). */
    record SdkVersion(String version) implements AiCallback {

        static SdkVersion decode(Message m) {
            return new SdkVersion(str(m.header(), WireKeys.SDK_VERSION));
        }

        @Override
        public int id() {
            return CallbackId.ON_GET_SDK_VERSION;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.SDK_VERSION, version);
            return plain(h);
        }
    }

    /** 1032: where the core dumps pushed audio. */
    record AudioDumpPathSet(String path) implements AiCallback {

        static AudioDumpPathSet decode(Message m) {
            return new AudioDumpPathSet(str(m.header(), WireKeys.AUDIOPATH));
        }

        @Override
        public int id() {
            return CallbackId.ON_AUDIO_DUMP_PATH_SET;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.AUDIOPATH, path);
            return plain(h);
        }
    }

    /** 1053: an audio effect played to its end. */
    record AudioEffectFinished(int soundId) implements AiCallback {

        static AudioEffectFinished decode(Message m) {
            return new AudioEffectFinished(i(m.header(), WireKeys.SOUND_ID));
        }

        @Override
        public int id() {
            return CallbackId.ON_AUDIO_EFFECT_FINISHED;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.SOUND_ID, soundId);
            return plain(h);
        }
    }

    /** 1054 playout or 1055 publish volume of an audio effect (answers to commands 56 and 54). */
    record AudioEffectVolume(int id, int volume) implements AiCallback {

        public AudioEffectVolume {
            requireId(id, CallbackId.ON_GET_AUDIO_EFFECT_PLAYOUT_VOLUME, CallbackId.ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME);
        }

        static AudioEffectVolume decode(Message m) {
            return new AudioEffectVolume(m.id(), i(m.header(), WireKeys.VOLUME));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id);
            h.put(WireKeys.VOLUME, volume);
            return plain(h);
        }
    }
}
