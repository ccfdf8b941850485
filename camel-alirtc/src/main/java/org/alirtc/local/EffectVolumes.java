package org.alirtc.local;

import java.util.HashMap;
import java.util.Map;

import org.alirtc.sdk.model.AudioEffectConfig;

/**
 * Audio-effect volumes as set by the client, so the volume getters (54, 56) answer what was set. Effects are not
 * played in local mode; until set, a volume is the vendor's default.
 */
final class EffectVolumes {

    private final Map<Integer, Integer> bySound = new HashMap<>();
    private int all = AudioEffectConfig.DEFAULT_VOLUME;

    void set(int soundId, int volume) {
        bySound.put(soundId, volume);
    }

    /** Sets every sound's volume, as the SetAll commands do. */
    void setAll(int volume) {
        bySound.clear();
        all = volume;
    }

    int get(int soundId) {
        return bySound.getOrDefault(soundId, all);
    }
}
