package org.alirtc.sdk;

/**
 * What the application asked to publish, and at which external audio volume, as far as the commands for it were
 * sent. The core's publish-state callbacks do not change these, as in the vendor SDK.
 */
final class PublishIntents {

    private static final int DEFAULT_VOLUME = 100;

    private volatile boolean video;
    private volatile boolean audio;
    private volatile boolean screen;
    private volatile boolean dual;
    private volatile int externalAudioVolume = DEFAULT_VOLUME;

    boolean video() {
        return video;
    }

    boolean audio() {
        return audio;
    }

    boolean screen() {
        return screen;
    }

    boolean dual() {
        return dual;
    }

    int externalAudioVolume() {
        return externalAudioVolume;
    }

    void video(boolean sent, boolean enabled) {
        video = sent && enabled;
    }

    void audio(boolean sent, boolean enabled) {
        audio = sent && enabled;
    }

    void screen(boolean sent, boolean enabled) {
        screen = sent && enabled;
    }

    void dual(boolean sent, boolean enabled) {
        dual = sent && enabled;
    }

    void externalAudioVolume(int volume) {
        externalAudioVolume = volume;
    }
}
