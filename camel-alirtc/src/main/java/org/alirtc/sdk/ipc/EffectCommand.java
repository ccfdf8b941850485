package org.alirtc.sdk.ipc;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.AudioEffectConfig;

/**
 * The audio-effect commands 48 to 62 (protocol spec section 3.4f). A missing sound id reads as 0; a missing
 * volume, and any missing setting of a play, reads as the vendor default of {@link AudioEffectConfig#defaults()}.
 */
public sealed interface EffectCommand extends Command {

    /** Command 48. */
    record PreloadAudioEffect(int soundId, String filePath) implements EffectCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.PRELOAD_AUDIO_EFFECT);
            h.put(WireKeys.SOUND_ID, soundId);
            h.put(WireKeys.FILE_PATH, filePath);
            return Message.command(h);
        }

        public static PreloadAudioEffect decode(Message m) {
            return new PreloadAudioEffect(readSoundId(m), m.text(WireKeys.FILE_PATH));
        }
    }

    /** Command 49. */
    record UnloadAudioEffect(int soundId) implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.UNLOAD_AUDIO_EFFECT, WireKeys.SOUND_ID, soundId);
        }

        public static UnloadAudioEffect decode(Message m) {
            return new UnloadAudioEffect(readSoundId(m));
        }
    }

    /** Command 50; the settings are those of the vendor's AliRtcAudioEffectConfig. */
    record PlayAudioEffect(
            int soundId,
            String filePath,
            boolean needPublish,
            int loopCycles,
            int startPosMs,
            int publishVolume,
            int playoutVolume)
            implements EffectCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.PLAY_AUDIO_EFFECT);
            h.put(WireKeys.SOUND_ID, soundId);
            h.put(WireKeys.FILE_PATH, filePath);
            h.put(WireKeys.NEED_PUBLISH, needPublish);
            h.put(WireKeys.LOOP_CYCLES, loopCycles);
            h.put(WireKeys.START_POS_MS, startPosMs);
            h.put(WireKeys.PUBLISH_VOLUME, publishVolume);
            h.put(WireKeys.PLAYOUT_VOLUME, playoutVolume);
            return Message.command(h);
        }

        public static PlayAudioEffect decode(Message m) {
            AudioEffectConfig d = AudioEffectConfig.defaults();
            return new PlayAudioEffect(
                    readSoundId(m),
                    m.text(WireKeys.FILE_PATH),
                    m.bool(WireKeys.NEED_PUBLISH),
                    m.intValue(WireKeys.LOOP_CYCLES, d.loopCycles()),
                    m.intValue(WireKeys.START_POS_MS, d.startPosMs()),
                    m.intValue(WireKeys.PUBLISH_VOLUME, d.publishVolume()),
                    m.intValue(WireKeys.PLAYOUT_VOLUME, d.playoutVolume()));
        }
    }

    /** Command 51. */
    record StopAudioEffect(int soundId) implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.STOP_AUDIO_EFFECT, WireKeys.SOUND_ID, soundId);
        }

        public static StopAudioEffect decode(Message m) {
            return new StopAudioEffect(readSoundId(m));
        }
    }

    /** Command 52. */
    record StopAllAudioEffects() implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.STOP_ALL_AUDIO_EFFECTS);
        }

        public static StopAllAudioEffects decode(Message m) {
            return new StopAllAudioEffects();
        }
    }

    /** Command 53. */
    record SetAudioEffectPublishVolume(int soundId, int volume) implements EffectCommand {

        @Override
        public Message encode() {
            return soundVolume(CommandId.SET_AUDIO_EFFECT_PUBLISH_VOLUME, soundId, volume);
        }

        public static SetAudioEffectPublishVolume decode(Message m) {
            return new SetAudioEffectPublishVolume(
                    readSoundId(m),
                    m.intValue(WireKeys.VOLUME, AudioEffectConfig.defaults().publishVolume()));
        }
    }

    /** Command 54, answered by callback 1055. */
    record GetAudioEffectPublishVolume(int soundId) implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.GET_AUDIO_EFFECT_PUBLISH_VOLUME, WireKeys.SOUND_ID, soundId);
        }

        public static GetAudioEffectPublishVolume decode(Message m) {
            return new GetAudioEffectPublishVolume(readSoundId(m));
        }
    }

    /** Command 55. */
    record SetAudioEffectPlayoutVolume(int soundId, int volume) implements EffectCommand {

        @Override
        public Message encode() {
            return soundVolume(CommandId.SET_AUDIO_EFFECT_PLAYOUT_VOLUME, soundId, volume);
        }

        public static SetAudioEffectPlayoutVolume decode(Message m) {
            return new SetAudioEffectPlayoutVolume(
                    readSoundId(m),
                    m.intValue(WireKeys.VOLUME, AudioEffectConfig.defaults().playoutVolume()));
        }
    }

    /** Command 56, answered by callback 1054. */
    record GetAudioEffectPlayoutVolume(int soundId) implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.GET_AUDIO_EFFECT_PLAYOUT_VOLUME, WireKeys.SOUND_ID, soundId);
        }

        public static GetAudioEffectPlayoutVolume decode(Message m) {
            return new GetAudioEffectPlayoutVolume(readSoundId(m));
        }
    }

    /** Command 57. */
    record SetAllAudioEffectsPlayoutVolume(int volume) implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.SET_ALL_AUDIO_EFFECTS_PLAYOUT_VOLUME, WireKeys.VOLUME, volume);
        }

        public static SetAllAudioEffectsPlayoutVolume decode(Message m) {
            return new SetAllAudioEffectsPlayoutVolume(
                    m.intValue(WireKeys.VOLUME, AudioEffectConfig.defaults().playoutVolume()));
        }
    }

    /** Command 58. */
    record SetAllAudioEffectsPublishVolume(int volume) implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.SET_ALL_AUDIO_EFFECTS_PUBLISH_VOLUME, WireKeys.VOLUME, volume);
        }

        public static SetAllAudioEffectsPublishVolume decode(Message m) {
            return new SetAllAudioEffectsPublishVolume(
                    m.intValue(WireKeys.VOLUME, AudioEffectConfig.defaults().publishVolume()));
        }
    }

    /** Command 59. */
    record PauseAudioEffect(int soundId) implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.PAUSE_AUDIO_EFFECT, WireKeys.SOUND_ID, soundId);
        }

        public static PauseAudioEffect decode(Message m) {
            return new PauseAudioEffect(readSoundId(m));
        }
    }

    /** Command 60. */
    record PauseAllAudioEffects() implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.PAUSE_ALL_AUDIO_EFFECTS);
        }

        public static PauseAllAudioEffects decode(Message m) {
            return new PauseAllAudioEffects();
        }
    }

    /** Command 61. */
    record ResumeAudioEffect(int soundId) implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.number(CommandId.RESUME_AUDIO_EFFECT, WireKeys.SOUND_ID, soundId);
        }

        public static ResumeAudioEffect decode(Message m) {
            return new ResumeAudioEffect(readSoundId(m));
        }
    }

    /** Command 62. */
    record ResumeAllAudioEffects() implements EffectCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.RESUME_ALL_AUDIO_EFFECTS);
        }

        public static ResumeAllAudioEffects decode(Message m) {
            return new ResumeAllAudioEffects();
        }
    }

    private static Message soundVolume(int commandId, int soundId, int volume) {
        ObjectNode h = Message.commandHeader(commandId);
        h.put(WireKeys.SOUND_ID, soundId);
        h.put(WireKeys.VOLUME, volume);
        return Message.command(h);
    }

    private static int readSoundId(Message m) {
        return m.intValue(WireKeys.SOUND_ID, 0);
    }
}
