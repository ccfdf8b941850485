package org.alirtc.sdk.ipc;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.AudioQuestionDelay;
import org.alirtc.sdk.model.ExtraDelay;

/**
 * The commands of the AI-agent helpers: speech analysis queries, the voiceprint, the loopback-latency probe and
 * the latency reports (protocol spec sections 3.3, 3.4, 3.4b and 3.5).
 */
public sealed interface AiCommand extends Command {

    /** Command 33, answered by callback 1033. */
    record GetAudioIsMainSpeaker(long startTime, long endTime) implements AiCommand {

        @Override
        public Message encode() {
            return CommandFields.timeRange(CommandId.GET_AUDIO_IS_MAIN_SPEAKER, startTime, endTime);
        }

        public static GetAudioIsMainSpeaker decode(Message m) {
            return new GetAudioIsMainSpeaker(m.longValue(WireKeys.START_TIME, 0), m.longValue(WireKeys.END_TIME, 0));
        }
    }

    /** Command 42, answered by callback 1041. */
    record GetAiVadInfo(long startTime, long endTime) implements AiCommand {

        @Override
        public Message encode() {
            return CommandFields.timeRange(CommandId.GET_AIVAD_INFO, startTime, endTime);
        }

        public static GetAiVadInfo decode(Message m) {
            return new GetAiVadInfo(m.longValue(WireKeys.START_TIME, 0), m.longValue(WireKeys.END_TIME, 0));
        }
    }

    /**
     * Command 34. The vector travels in the header as base64, and its absence as the text {@code "Null"}.
     *
     * @param vector the wire text: base64, or {@link #NO_VECTOR}; null when the header has none
     */
    record SetVoiceprintVector(String vector) implements AiCommand {

        public static final String NO_VECTOR = "Null";

        public static SetVoiceprintVector of(byte[] vectorOrNull) {
            return new SetVoiceprintVector(
                    vectorOrNull == null ? NO_VECTOR : Base64.getEncoder().encodeToString(vectorOrNull));
        }

        @Override
        public Message encode() {
            return CommandFields.text(CommandId.SET_VOICEPRINT_VECTOR, WireKeys.VECTOR, vector);
        }

        public static SetVoiceprintVector decode(Message m) {
            return new SetVoiceprintVector(m.text(WireKeys.VECTOR));
        }
    }

    /** Command 35, answered by callback 1035. */
    record GetVoiceprintVector() implements AiCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.GET_VOICEPRINT_VECTOR);
        }

        public static GetVoiceprintVector decode(Message m) {
            return new GetVoiceprintVector();
        }
    }

    /** Command 39, the loopback-latency probe, answered by callback 1039. */
    record GetNeedTestCycleRound(String uid) implements AiCommand {

        @Override
        public Message encode() {
            return CommandFields.text(CommandId.GET_NEED_TEST_CYCLE_ROUND, WireKeys.UID, uid);
        }

        public static GetNeedTestCycleRound decode(Message m) {
            return new GetNeedTestCycleRound(m.text(WireKeys.UID));
        }
    }

    /**
     * Command 37. The delay report travels as the object {@link QuestionDelayObject} describes; its two agent-begin
     * timestamps are not part of it.
     */
    record SetAudioDelayInfo(String uid, AudioQuestionDelay delayInfo) implements AiCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SET_AUDIO_DELAY_INFO);
            h.put(WireKeys.UID, uid);
            h.set(WireKeys.DELAY_INFO, QuestionDelayObject.encode(delayInfo));
            return Message.command(h);
        }

        public static SetAudioDelayInfo decode(Message m) {
            return new SetAudioDelayInfo(
                    m.text(WireKeys.UID), QuestionDelayObject.decode(m.header().path(WireKeys.DELAY_INFO)));
        }
    }

    /** Command 46, answered by callback 1051 with the encrypted report; the delay report travels as for 37. */
    record EncryptDelayInfo(AudioQuestionDelay delayInfo) implements AiCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.ENCRYPT_DELAY_INFO);
            h.set(WireKeys.DELAY_INFO, QuestionDelayObject.encode(delayInfo));
            return Message.command(h);
        }

        public static EncryptDelayInfo decode(Message m) {
            return new EncryptDelayInfo(QuestionDelayObject.decode(m.header().path(WireKeys.DELAY_INFO)));
        }
    }

    /**
     * Command 47: an encrypted delay report (a string here, as callback 1051 gave it).
     *
     * @param extraDelay sent only when not null, and null when the header has none
     */
    record SetAudioDelayInfoV2(String uid, int sentenceId, String delayInfo, ExtraDelay extraDelay)
            implements AiCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.SET_AUDIO_DELAY_INFO_V2);
            h.put(WireKeys.UID, uid);
            h.put(WireKeys.SENTENCE_ID_CAMEL_CASE, sentenceId);
            h.put(WireKeys.DELAY_INFO, delayInfo);
            if (extraDelay != null) {
                h.putObject(WireKeys.EXTRA_DELAY).put(WireKeys.AVATAR_RENDER_COST, extraDelay.avatarRenderCost());
            }
            return Message.command(h);
        }

        public static SetAudioDelayInfoV2 decode(Message m) {
            JsonNode extra = m.header().get(WireKeys.EXTRA_DELAY);
            return new SetAudioDelayInfoV2(
                    m.text(WireKeys.UID),
                    m.intValue(WireKeys.SENTENCE_ID_CAMEL_CASE, 0),
                    m.text(WireKeys.DELAY_INFO),
                    extra == null || !extra.isObject()
                            ? null
                            : new ExtraDelay(
                                    extra.path(WireKeys.AVATAR_RENDER_COST).asLong(0)));
        }
    }
}
