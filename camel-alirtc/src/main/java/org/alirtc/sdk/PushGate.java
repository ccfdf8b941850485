package org.alirtc.sdk;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.alirtc.sdk.ipc.Callback;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.MediaCallback.PushBufferFull;

/**
 * Whether pushed media may go to the core service: while the core reports its audio or video push buffer full
 * (1024, 1028), pushes of that kind are refused and counted instead of sent, until it reports room again or the
 * buffers are cleared. A push that waits for room is woken by that report, not by polling.
 */
final class PushGate {

    private volatile boolean audioBufferFull;
    private volatile boolean videoBufferFull;
    private final AtomicLong droppedBufferFullPushes = new AtomicLong();
    /** Notified whenever a buffer may have room again. */
    private final Object room = new Object();

    boolean isAudioBufferFull() {
        return audioBufferFull;
    }

    boolean isVideoBufferFull() {
        return videoBufferFull;
    }

    /** Waits until the audio push buffer has room, at most {@code timeoutNanos}; true when it has. */
    boolean awaitAudioRoom(long timeoutNanos) throws InterruptedException {
        return awaitRoom(true, timeoutNanos);
    }

    /** Waits until the video push buffer has room, at most {@code timeoutNanos}; true when it has. */
    boolean awaitVideoRoom(long timeoutNanos) throws InterruptedException {
        return awaitRoom(false, timeoutNanos);
    }

    private boolean awaitRoom(boolean audio, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        synchronized (room) {
            while (audio ? audioBufferFull : videoBufferFull) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(room, left);
            }
        }
        return true;
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
        signalRoom();
    }

    /** State hook of 1024 and 1028. */
    void onBufferFull(PushBufferFull callback, Consumer<Callback> listener) {
        if (callback.id() == CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL) {
            audioBufferFull = callback.full();
        } else {
            videoBufferFull = callback.full();
        }
        if (!callback.full()) {
            signalRoom();
        }
        listener.accept(callback);
    }

    private void signalRoom() {
        synchronized (room) {
            room.notifyAll();
        }
    }

    private boolean admits(boolean full) {
        if (full) {
            droppedBufferFullPushes.incrementAndGet();
            return false;
        }
        return true;
    }
}
