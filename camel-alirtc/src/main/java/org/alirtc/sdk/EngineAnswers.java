package org.alirtc.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.alirtc.sdk.ipc.AiCallback.AudioDumpPathSet;
import org.alirtc.sdk.ipc.AiCallback.AudioEffectVolume;
import org.alirtc.sdk.ipc.AiCallback.SdkVersion;
import org.alirtc.sdk.ipc.Callback;
import org.alirtc.sdk.ipc.CallbackId;

/**
 * Answers the core service sends to the engine's own queries: the futures waiting for the SDK version and the
 * effect volumes, and the values kept from earlier answers (the SDK version, the audio dump path).
 */
final class EngineAnswers {

    private final PendingAnswers<String> versions = new PendingAnswers<>();
    private final PendingAnswers<Integer> publishVolumes = new PendingAnswers<>();
    private final PendingAnswers<Integer> playoutVolumes = new PendingAnswers<>();
    private final AtomicInteger probesUnanswered = new AtomicInteger();
    private volatile String sdkVersion;
    private volatile String audioDumpPath = "";

    PendingAnswers<String> versions() {
        return versions;
    }

    PendingAnswers<Integer> publishVolumes() {
        return publishVolumes;
    }

    PendingAnswers<Integer> playoutVolumes() {
        return playoutVolumes;
    }

    /** The SDK version of an earlier answer, or {@code null}. */
    String sdkVersion() {
        return sdkVersion;
    }

    String audioDumpPath() {
        return audioDumpPath;
    }

    /** A liveness probe (the SDK version query) was sent: its answer is for the engine, not for the listener. */
    void probeSent() {
        probesUnanswered.incrementAndGet();
    }

    /** The probe counted by {@link #probeSent()} could not be sent. */
    void probeNotSent() {
        probesUnanswered.updateAndGet(n -> Math.max(0, n - 1));
    }

    /**
     * State hook of 1040: an empty version is delivered and answered, but not kept. The answer to a liveness probe
     * completes waiting queries but is not passed to the listener, which did not ask.
     */
    void onSdkVersion(SdkVersion callback, Consumer<Callback> listener) {
        String version = callback.version();
        if (!version.isEmpty()) {
            sdkVersion = version;
        }
        if (probesUnanswered.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
            listener.accept(callback);
        }
        versions.completeAll(version);
    }

    /** State hook of 1054 and 1055: answers only, the listener has no method for them. */
    void onEffectVolume(AudioEffectVolume callback, Consumer<Callback> listener) {
        (callback.id() == CallbackId.ON_GET_AUDIO_EFFECT_PUBLISH_VOLUME ? publishVolumes : playoutVolumes)
                .completeAll(callback.volume());
    }

    /** State hook of 1032. */
    void onAudioDumpPath(AudioDumpPathSet callback, Consumer<Callback> listener) {
        audioDumpPath = callback.path();
        listener.accept(callback);
    }

    /** Removes every waiting future, for the caller to fail. */
    List<CompletableFuture<?>> takeWaiting() {
        List<CompletableFuture<?>> all = new ArrayList<>(publishVolumes.take());
        all.addAll(playoutVolumes.take());
        all.addAll(versions.take());
        return all;
    }
}
