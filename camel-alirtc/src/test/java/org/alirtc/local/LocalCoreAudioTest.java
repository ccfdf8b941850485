package org.alirtc.local;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.ToneGenerator;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.Message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalCoreAudioTest {

    private static final String RANKING_OFF = "{\"user_specified_disable_audio_ranking\": \"true\"}";

    private static String channel() {
        return "audio-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aToneFromOneUserArrivesAsTheSameToneInTheOthersPerUserPcm() throws Exception {
        String channel = channel();
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            alice.joined(channel, "alice", "{}", c -> {});
            bob.joined(
                    channel,
                    "bob",
                    "{\"user_specified_audio_observer_resample_rate\": 16000}",
                    c -> c.put("subscribeAudioFormat", 2));
            alice.await(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
            bob.await(
                    CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED,
                    m -> "alice".equals(m.text("uid")) && m.intValue("newState", -1) == 3);
            try (TonePusher tone = new TonePusher(alice, PcmFormat.of(16000, 1), 440, 0.5)) {
                List<Message> frames =
                        bob.awaitCount(CallbackId.ON_SUBSCRIBE_AUDIO_FRAME, m -> "alice".equals(m.text("uid")), 40);
                Message first = frames.get(0);
                assertEquals(16000, first.intValue("sample_rates", 0));
                assertEquals(160, first.intValue("samples", 0));
                assertEquals(1, first.intValue("channels", 0));
                assertEquals(16, first.intValue("sample_bits", 0));
                assertEquals(320, first.intValue("frame_size", 0));
                assertEquals(0, first.intValue("stream_index", -1));
                short[] samples = concat(frames.subList(10, 40));
                assertEquals(440.0, ToneDetector.dominantFrequency(samples, 16000), 3.0);
            }
            List<Message> firstPackets = bob.all(CallbackId.ON_FIRST_AUDIO_PACKET_RECEIVED);
            assertEquals(1, firstPackets.size(), "the first packet of alice is reported once: " + firstPackets);
            assertEquals("alice", firstPackets.get(0).text("uid"));
            assertTrue(firstPackets.get(0).intValue("timeCost", -1) >= 0, "time since joining");
            assertTrue(
                    alice.all(CallbackId.ON_FIRST_AUDIO_PACKET_RECEIVED).isEmpty(),
                    "bob publishes nothing alice could hear");
            assertTrue(
                    bob.all(CallbackId.ON_SUBSCRIBE_AUDIO_FRAME, m -> "bob".equals(m.text("uid")))
                            .isEmpty(),
                    "nobody receives their own audio");
        }
    }

    @Test
    void theMixContainsEveryRemoteSpeakerButNeverTheListenersOwnAudio() throws Exception {
        String channel = channel();
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start();
                TestClient carol = TestClient.start()) {
            alice.joined(channel, "alice", "{}", c -> {});
            bob.joined(channel, "bob", "{}", c -> {});
            carol.joined(channel, "carol", "{}", c -> {});
            for (TestClient client : List.of(alice, bob, carol)) {
                client.await(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
            }
            try (TonePusher a = new TonePusher(alice, PcmFormat.of(48000, 1), 440, 0.3);
                    TonePusher c = new TonePusher(carol, PcmFormat.of(16000, 1), 880, 0.3);
                    TonePusher b = new TonePusher(bob, PcmFormat.of(48000, 1), 1320, 0.3)) {
                int start = bob.receivedCount();
                bob.awaitAt(CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME, m -> true, start);
                TestClient.sleep(700);
                List<Message> mixed = bob.all(CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME);
                List<Message> window = mixed.subList(mixed.size() - 40, mixed.size());
                assertEquals(48000, window.get(0).intValue("sample_rates", 0));
                assertEquals(480, window.get(0).intValue("samples", 0));
                short[] samples = concat(window);
                double p440 = ToneDetector.powerAt(samples, 48000, 440);
                double p880 = ToneDetector.powerAt(samples, 48000, 880);
                double p1320 = ToneDetector.powerAt(samples, 48000, 1320);
                double p660 = ToneDetector.powerAt(samples, 48000, 660);
                assertTrue(p440 > 1000 * p660, "alice's 440 Hz is in bob's mix");
                assertTrue(p880 > 1000 * p660, "carol's 880 Hz is in bob's mix");
                assertTrue(p1320 < p440 / 1000, "bob's own 1320 Hz is not in his mix");
                assertTrue(Math.abs(10 * Math.log10(p440 / p880)) < 3, "both speakers are mixed at their level");
            }
        }
    }

    @Test
    void aLoneUserGetsMixedSilenceEveryTenMilliseconds() throws Exception {
        try (TestClient alone = TestClient.start()) {
            alone.joined(channel(), "solo", "{\"user_specified_audio_observer_resample_rate\": 8000}", c -> {});
            List<Message> frames = alone.awaitCount(CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME, m -> true, 30);
            for (Message frame : frames) {
                assertEquals(8000, frame.intValue("sample_rates", 0));
                assertEquals(80, frame.intValue("samples", 0));
                assertEquals(160, frame.payload().length);
                assertEquals(0.0, Pcm.rms(frame.payload()));
            }
        }
    }

    @Test
    void rankingDeliversOnlyTheThreeLoudestUnlessDisabled() throws Exception {
        String channel = channel();
        double[] amplitudes = {0.8, 0.4, 0.2, 0.03};
        try (TestClient ranked = TestClient.start();
                TestClient unranked = TestClient.start()) {
            ranked.joined(channel, "ranked", "{}", c -> c.put("subscribeAudioFormat", 2));
            unranked.joined(channel, "unranked", RANKING_OFF, c -> c.put("subscribeAudioFormat", 2));
            TestClient[] speakers = new TestClient[4];
            TonePusher[] tones = new TonePusher[4];
            try {
                for (int i = 0; i < 4; i++) {
                    speakers[i] = TestClient.start();
                    speakers[i].joined(channel, "speaker" + i, "{}", c -> c.put("subscribeAudioFormat", 0));
                    speakers[i].await(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
                    tones[i] = new TonePusher(speakers[i], PcmFormat.of(48000, 1), 300 + 200 * i, amplitudes[i]);
                }
                unranked.awaitCount(CallbackId.ON_SUBSCRIBE_AUDIO_FRAME, m -> "speaker3".equals(m.text("uid")), 10);
                int rankedFrom = ranked.receivedCount();
                int unrankedFrom = unranked.receivedCount();
                TestClient.sleep(500);
                assertEquals(Set.of("speaker0", "speaker1", "speaker2"), speakersSince(ranked, rankedFrom));
                assertEquals(
                        Set.of("speaker0", "speaker1", "speaker2", "speaker3"), speakersSince(unranked, unrankedFrom));
            } finally {
                for (int i = 0; i < 4; i++) {
                    if (tones[i] != null) {
                        tones[i].close();
                    }
                    if (speakers[i] != null) {
                        speakers[i].close();
                    }
                }
            }
        }
    }

    @Test
    void pushingTooFastReportsBufferFullThenNotFullOnceDrained() throws Exception {
        try (TestClient alice = TestClient.start()) {
            alice.joined(channel(), "alice", "{}", c -> {});
            alice.await(CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED, m -> m.intValue("newState", -1) == 3);
            alice.setExternalAudioSource(48000, 1);
            ToneGenerator tone = new ToneGenerator(PcmFormat.of(48000, 1), 440, 0.5);
            for (int i = 0; i < 100; i++) {
                alice.pushAudio(tone.next10ms(), i * 10L);
            }
            alice.send(CommandId.GET_REMAIN_DATA_BUFFER_SIZE, h -> h.put("dataType", 2));
            Message full = alice.await(CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL);
            assertTrue(full.bool("success"), "the first report says full");
            long buffered =
                    alice.await(CallbackId.ON_GET_REMAIN_DATA_BUFFER_SIZE).longValue("audioBufferSize", -1);
            assertTrue(buffered > 150 && buffered <= 300, "at most the 300 ms cap is buffered, was " + buffered);
            Message drained = alice.await(CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL, m -> !m.bool("success"));
            assertFalse(drained.bool("success"));
            assertEquals(
                    2, alice.all(CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL).size());
        }
    }

    @Test
    void withPtsAGapInTimestampsPlaysAsSilence() throws Exception {
        String channel = channel();
        try (TestClient alice = TestClient.start();
                TestClient bob = TestClient.start()) {
            alice.joined(channel, "alice", "{}", c -> {
                c.put("publishAvsyncMode", 1);
                c.put("publishAvsyncWithPtsMaxAudioCacheSize", 2000);
            });
            bob.joined(channel, "bob", "{}", c -> {});
            bob.await(
                    CallbackId.ON_AUDIO_SUBSCRIBE_STATE_CHANGED,
                    m -> "alice".equals(m.text("uid")) && m.intValue("newState", -1) == 3);
            alice.setExternalAudioSource(48000, 1);
            ToneGenerator tone = new ToneGenerator(PcmFormat.of(48000, 1), 440, 0.5);
            for (int i = 0; i < 20; i++) {
                alice.pushAudio(tone.next10ms(), 1000 + i * 10L);
            }
            for (int i = 40; i < 60; i++) {
                alice.pushAudio(tone.next10ms(), 1000 + i * 10L);
            }
            TestClient.sleep(1000);
            StringBuilder pattern = new StringBuilder();
            for (Message frame : bob.all(CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME)) {
                pattern.append(Pcm.rms(frame.payload()) > 0 ? 'T' : '.');
            }
            String played = pattern.toString().replaceAll("^\\.+|\\.+$", "");
            assertTrue(played.matches("T{19,21}\\.{19,21}T{19,21}"), "tone, 200 ms of silence, tone: " + played);
        }
    }

    private static Set<String> speakersSince(TestClient client, int from) {
        List<Message> all = client.received();
        return all.subList(from, all.size()).stream()
                .filter(m -> m.id() == CallbackId.ON_SUBSCRIBE_AUDIO_FRAME)
                .map(m -> m.text("uid"))
                .collect(Collectors.toSet());
    }

    static short[] concat(List<Message> frames) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Message frame : frames) {
            bytes.writeBytes(frame.payload());
        }
        return Pcm.toShorts(bytes.toByteArray());
    }
}
