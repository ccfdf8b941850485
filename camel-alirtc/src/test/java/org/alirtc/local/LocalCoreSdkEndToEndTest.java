package org.alirtc.local;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.ToneGenerator;
import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcEngineFactory;
import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.PublishMode;
import org.alirtc.sdk.model.SubscribeMode;
import org.alirtc.sdk.model.TokenGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SDK's own engine against the local core: what an application sees. */
class LocalCoreSdkEndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final class Recorder implements RtcEngineListener {
        final List<AudioPcmFrame> mixed = new CopyOnWriteArrayList<>();
        final CountDownLatch published = new CountDownLatch(1);
        final CountDownLatch remoteOnline = new CountDownLatch(1);

        @Override
        public void onSubscribeMixAudioFrame(AudioPcmFrame frame) {
            mixed.add(frame);
        }

        @Override
        public void onAudioPublishStateChanged(int oldState, int newState, int elapseSinceLastState, String channel) {
            if (newState == 3) {
                published.countDown();
            }
        }

        @Override
        public void onRemoteUserOnLineNotify(String uid) {
            remoteOnline.countDown();
        }
    }

    @Test
    void twoSdkEnginesInLocalModeHearEachOther() throws Exception {
        String channel = "sdk-" + UUID.randomUUID().toString().substring(0, 8);
        JoinChannelConfig config = JoinChannelConfig.defaults()
                .withAudioOnly(true)
                .withPublishMode(PublishMode.AUTOMATICALLY)
                .withSubscribeMode(SubscribeMode.AUTOMATICALLY);
        Recorder aliceEvents = new Recorder();
        Recorder bobEvents = new Recorder();
        try (RtcEngine alice = RtcEngineFactory.create(EngineOptions.local(), aliceEvents);
                RtcEngine bob = RtcEngineFactory.create(
                        EngineOptions.local().toBuilder()
                                .extraJson("{\"user_specified_audio_observer_resample_rate\": 16000}")
                                .build(),
                        bobEvents)) {
            alice.join(token(channel, "alice"), channel, "alice", "alice", config, TIMEOUT)
                    .get(5, TimeUnit.SECONDS);
            bob.join(token(channel, "bob"), channel, "bob", "bob", config, TIMEOUT)
                    .get(5, TimeUnit.SECONDS);
            assertTrue(aliceEvents.published.await(5, TimeUnit.SECONDS));
            assertTrue(bobEvents.remoteOnline.await(5, TimeUnit.SECONDS));
            assertEquals(0, alice.setExternalAudioSource(true, 16000, 1));
            ToneGenerator tone = new ToneGenerator(PcmFormat.of(16000, 1), 440, 0.5);
            long start = System.nanoTime();
            for (int i = 0; i < 80; i++) {
                LockSupport.parkNanos(start + i * 10_000_000L - System.nanoTime());
                byte[] pcm = tone.next10ms();
                alice.pushExternalAudioFrameRawData(pcm, pcm.length, i * 10L);
            }
            // The mix runs in real time: on a loaded machine its last frames may come well after the pushes.
            short[] samples = heardTone(bobEvents);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (samples.length < 16000 * 6 / 10 && System.nanoTime() < deadline) {
                TestClient.sleep(50);
                samples = heardTone(bobEvents);
            }
            assertTrue(samples.length >= 16000 * 6 / 10, "at least 600 ms of alice's tone reached bob");
            assertEquals(440.0, ToneDetector.dominantFrequency(samples, 16000), 3.0);
            alice.leave(TIMEOUT).get(5, TimeUnit.SECONDS);
            bob.leave(TIMEOUT).get(5, TimeUnit.SECONDS);
        }
    }

    private static String token(String channel, String userId) {
        return TokenGenerator.generate(
                TestClient.APP_ID, "key", channel, userId, System.currentTimeMillis() / 1000 + 3600);
    }

    private static short[] heardTone(Recorder events) {
        ByteArrayOutputStream heard = new ByteArrayOutputStream();
        for (AudioPcmFrame frame : events.mixed) {
            assertEquals(16000, frame.sampleRate());
            if (Pcm.rms(frame.data()) > 0) {
                heard.writeBytes(frame.data());
            }
        }
        return Pcm.toShorts(heard.toByteArray());
    }
}
