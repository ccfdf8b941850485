package org.alirtc.local;

import java.util.concurrent.locks.LockSupport;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneGenerator;

/** Pushes a tone in real time, 10 ms per push on an absolute schedule, after a short head start. */
final class TonePusher implements AutoCloseable {

    private static final int HEAD_START_FRAMES = 15;

    private final Thread thread;
    private volatile boolean running = true;

    TonePusher(TestClient client, PcmFormat format, double hz, double amplitude) {
        ToneGenerator tone = new ToneGenerator(format, hz, amplitude);
        client.setExternalAudioSource(format.sampleRate(), format.channels());
        thread = new Thread(
                () -> {
                    long start = System.nanoTime();
                    long frame = 0;
                    while (running) {
                        long due = start + Math.max(0, frame - HEAD_START_FRAMES) * 10_000_000L;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                            continue;
                        }
                        try {
                            client.pushAudio(tone.next10ms(), frame * 10);
                        } catch (IllegalStateException closed) {
                            return;
                        }
                        frame++;
                    }
                },
                "test-tone-" + hz);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
