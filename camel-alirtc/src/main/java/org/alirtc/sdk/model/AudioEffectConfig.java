package org.alirtc.sdk.model;

/**
 * How a sound effect is played. {@link #defaults()} gives the vendor defaults.
 *
 * @param needPublish   also publish the effect to the channel
 * @param loopCycles    -1 to loop forever, otherwise the number of plays (1 or more)
 * @param startPosMs    start position in ms, 0 or more
 * @param publishVolume published volume, 0 to 100
 * @param playoutVolume local playout volume, 0 to 100
 */
public record AudioEffectConfig(
        boolean needPublish, int loopCycles, int startPosMs, int publishVolume, int playoutVolume) {

    public AudioEffectConfig {
        if (loopCycles != -1 && loopCycles < 1) {
            throw new IllegalArgumentException(
                    "loopCycles is " + loopCycles + ": use -1 to loop forever or a play count of 1 or more");
        }
        Checks.atLeast(startPosMs, 0, "startPosMs");
        Checks.inRange(publishVolume, 0, 100, "publishVolume");
        Checks.inRange(playoutVolume, 0, 100, "playoutVolume");
    }

    /** The vendor's volume of an audio effect until one is set. */
    public static final int DEFAULT_VOLUME = 50;

    /** Not published, looping forever from the start, both volumes {@value #DEFAULT_VOLUME}. */
    public static AudioEffectConfig defaults() {
        return new AudioEffectConfig(false, -1, 0, DEFAULT_VOLUME, DEFAULT_VOLUME);
    }

    public AudioEffectConfig withNeedPublish(boolean value) {
        return new AudioEffectConfig(value, loopCycles, startPosMs, publishVolume, playoutVolume);
    }

    public AudioEffectConfig withLoopCycles(int value) {
        return new AudioEffectConfig(needPublish, value, startPosMs, publishVolume, playoutVolume);
    }

    public AudioEffectConfig withVolumes(int newPublishVolume, int newPlayoutVolume) {
        return new AudioEffectConfig(needPublish, loopCycles, startPosMs, newPublishVolume, newPlayoutVolume);
    }
}
