package org.alirtc.sdk;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.alirtc.sdk.ipc.Callback;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.MediaCallback.PushBufferFull;

/**
 * Whether pushed media may go to the core service: while the core reports its audio or video push buffer full
 * (1024, 1028), pushes of that kind are refused and counted instead of sent, until it reports room again or the
 * buffers are cleared.
 */
final class PushGate {

    private volatile boolean audioBufferFull;
    private volatile boolean videoBufferFull;
    private final AtomicLong droppedBufferFullPushes = new AtomicLong();

    boolean isAudioBufferFull() {
        return audioBufferFull;
    }

    boolean isVideoBufferFull() {
        return videoBufferFull;
    }

    long droppedBufferFullPushes() {
        return droppedBufferFullPushes.get();
    }

    /** Whether an audio push may be sent; counts it as dropped when not. */
    boolean admitsAudio() {
        return admits(audioBufferFull);
    }

    /** Whether a video push may be sent; counts it as dropped when not. */
    boolean admitsVideo() {
        return admits(videoBufferFull);
    }

    /** The core's buffers were cleared. */
    void cleared() {
        audioBufferFull = false;
        videoBufferFull = false;
    }

    /** State hook of 1024 and 1028. */
    void onBufferFull(PushBufferFull callback, Consumer<Callback> listener) {
        if (callback.id() == CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL) {
            audioBufferFull = callback.full();
        } else {
            videoBufferFull = callback.full();
        }
        listener.accept(callback);
    }

    private boolean admits(boolean full) {
        if (full) {
            droppedBufferFullPushes.incrementAndGet();
            return false;
        }
        return true;
    }
}
