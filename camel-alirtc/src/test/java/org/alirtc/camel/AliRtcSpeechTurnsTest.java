package org.alirtc.camel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioInputStream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.SpeechClips;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;
import org.alirtc.media.WavWriter;
import org.alirtc.sdk.model.AudioPcmFrame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speech turns in local-mode rooms: speakers play the kept espeak-ng sentences through producers, a listening route
 * receives {@code utterance} exchanges and speech events; in a second room the bot plays a long tone with barge-in
 * on while a user starts speaking over it.
 */
class AliRtcSpeechTurnsTest extends SharedContextTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ROOM = "alirtc:turns?mode=local";
    private static final String BARGE_ROOM = "alirtc:barge?mode=local";

    private final ConcurrentLinkedQueue<Received> heard = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Received> botHeard = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Received> listener = new ConcurrentLinkedQueue<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(ROOM + "&userId=bot&messageTypes=utterance,events&maxUtteranceLength=4000")
                        .routeId("bot")
                        .process(e -> heard.add(Received.of(e)));
                from("direct:alice").to(ROOM + "&userId=alice");
                from("direct:bob").to(ROOM + "&userId=bob");

                from(BARGE_ROOM + "&userId=bot&messageTypes=utterance,events&bargeIn=true")
                        .routeId("bargeBot")
                        .process(e -> botHeard.add(Received.of(e)));
                from("direct:botSays").to(BARGE_ROOM + "&userId=bot");
                from("direct:carol").to(BARGE_ROOM + "&userId=carol");
                from(BARGE_ROOM + "&userId=listener&messageTypes=audio")
                        .routeId("listener")
                        .process(e -> listener.add(Received.of(e)));
            }
        };
    }

    @Test
    void twoUsersSpeakingInTurnsGiveOneUtterancePerTurnWithTheRightUserAndDuration() throws Exception {
        awaitOnline("bot", "alice", "bob");
        heard.clear();
        short[] alice = SpeechClips.speech("alice-1");
        short[] bob = SpeechClips.speech("bob-1");

        template.sendBody("direct:alice", wav(SpeechClips.join(alice, SpeechClips.silence(300))));
        Thread.sleep(900);
        template.sendBody("direct:bob", wav(SpeechClips.join(bob, SpeechClips.silence(300))));
        Await.until(WAIT, () -> utterances(heard).size() >= 2, () -> "two utterances, got " + utterances(heard));
        Thread.sleep(1000);

        List<Received> turns = utterances(heard);
        assertEquals(2, turns.size(), () -> "one utterance per turn: " + turns);
        assertUtterance(turns.get(0), "alice", alice);
        assertUtterance(turns.get(1), "bob", bob);
        List<String> events = heard.stream()
                .filter(r -> r.type() == AliRtcMessageType.EVENT)
                .map(r -> ((AliRtcEvent) r.body()).type() + ":" + r.userId())
                .filter(s -> s.startsWith("speech"))
                .toList();
        assertEquals(
                List.of("speechStarted:alice", "speechEnded:alice", "speechStarted:bob", "speechEnded:bob"), events);
    }

    @Test
    void noiseAndHeldTonesAloneGiveNoTurn() throws Exception {
        awaitOnline("bot", "alice");
        heard.clear();

        template.sendBody("direct:alice", wav(SpeechClips.noise(4000, 1000, 5)));
        template.sendBody("direct:alice", wav(SpeechClips.tones(6000, 1500, 8000)));
        template.sendBody(
                "direct:alice",
                wav(SpeechClips.add(SpeechClips.tones(4000, 1500, 8000), SpeechClips.noise(4000, 800, 6))));
        Thread.sleep(1500);

        List<Received> speech = heard.stream()
                .filter(r -> r.type() == AliRtcMessageType.UTTERANCE
                        || (r.body() instanceof AliRtcEvent e && e.type().startsWith("speech")))
                .toList();
        assertTrue(speech.isEmpty(), () -> "noise and tones started turns: " + speech);
    }

    @Test
    void aLongMonologueIsCutAtTheMaximumLengthAndContinued() throws Exception {
        awaitOnline("bot", "bob");
        heard.clear();
        // The clips carry about 350 ms of silence around the speech: pauses of about 400 ms, inside the turn.
        short[] monologue = SpeechClips.join(
                SpeechClips.speech("bob-1"), SpeechClips.speech("bob-2"), SpeechClips.speech("alice-2"));

        template.sendBody("direct:bob", wav(SpeechClips.join(monologue, SpeechClips.silence(300))));
        Await.until(
                WAIT,
                () -> utterances(heard).stream()
                        .anyMatch(r -> Boolean.TRUE.equals(r.headers().get(AliRtcConstants.UTTERANCE_LAST))),
                () -> "the last part of the monologue, got " + utterances(heard));

        List<Received> parts = utterances(heard);
        assertTrue(parts.size() >= 3, () -> "a 9 s monologue cut at 4 s gives 3 parts: " + parts);
        long total = 0;
        for (int i = 0; i < parts.size(); i++) {
            Received part = parts.get(i);
            assertEquals("bob", part.userId());
            assertEquals(i, part.headers().get(AliRtcConstants.UTTERANCE_PART));
            boolean last = i == parts.size() - 1;
            assertEquals(last, part.headers().get(AliRtcConstants.UTTERANCE_LAST));
            long duration = (Long) part.headers().get(AliRtcConstants.UTTERANCE_DURATION);
            if (!last) {
                assertEquals(4000, duration, 20, "a cut part is as long as maxUtteranceLength");
            }
            if (i > 0) {
                long previousEnd = (Long) parts.get(i - 1).headers().get(AliRtcConstants.UTTERANCE_START)
                        + (Long) parts.get(i - 1).headers().get(AliRtcConstants.UTTERANCE_DURATION);
                assertEquals(
                        previousEnd,
                        (Long) part.headers().get(AliRtcConstants.UTTERANCE_START),
                        20,
                        "the next part continues where the previous one was cut");
            }
            total += duration;
        }
        assertEquals(SpeechClips.speechMillis(monologue), total, 200, "the parts together hold the whole monologue");
    }

    @Test
    void bargeInClearsTheBotsAudioWhenAUserStartsSpeakingOverIt() throws Exception {
        awaitOnline("listener", "bot", "carol");
        PcmFormat format = PcmFormat.of(16000, 1);
        byte[] tenSeconds = new ToneGenerator(format, 440, 0.3).next(160_000);
        listener.clear();
        botHeard.clear();

        Future<Exchange> playing = template.asyncSend(
                "direct:botSays", e -> e.getMessage().setBody(WavWriter.toWavBytes(format, tenSeconds)));
        Thread.sleep(1500);
        template.sendBody("direct:carol", wav(SpeechClips.speech("alice-1")));

        Exchange played = playing.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNull(played.getException());
        int framesSent = played.getMessage().getHeader(AliRtcConstants.FRAMES_SENT, Integer.class);
        assertTrue(
                framesSent < 600, () -> "the 10 s tone stopped early, but " + framesSent + " of 1000 frames were sent");
        Received bargeIn = botHeard.stream()
                .filter(r -> r.body() instanceof AliRtcEvent e && e.type().equals("bargeIn"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bargeIn event: " + botHeard));
        assertEquals("carol", bargeIn.userId());
        // The queued audio was dropped, not delayed: nothing of the tone reaches the room any more. How fast the
        // room goes quiet, in wall-clock time, is measured by BargeInBenchmark (timing is no unit-test assertion).
        Thread.sleep(500); // frames already on their way
        long heard = botToneFrames();
        Thread.sleep(1000);
        assertEquals(heard, botToneFrames(), "the bot's queued audio played on after the barge-in");
        assertTrue(heard > 0 && heard < 600, () -> "the listener heard " + heard + " frames of the 10 s tone");
    }

    @Test
    void aProducerStartedBeforeTheUtteranceConsumerOfItsUserLeavesTheConsumerItsTurns() throws Exception {
        speakerTurnArrivesWhenTheBotsRoutesStart("producerFirst", true);
    }

    @Test
    void aConsumerStartedBeforeTheProducerOfItsUserKeepsItsTurns() throws Exception {
        speakerTurnArrivesWhenTheBotsRoutesStart("consumerFirst", false);
    }

    /**
     * A bot whose speaking route (producer) and listening route (utterance consumer) share one session, started in
     * either order: each turn of a speaker arrives as one utterance.
     */
    private void speakerTurnArrivesWhenTheBotsRoutesStart(String room, boolean producerFirst) throws Exception {
        String uri = "alirtc:" + room + "?mode=local";
        ConcurrentLinkedQueue<Received> turns = new ConcurrentLinkedQueue<>();
        RouteBuilder speaking = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + room + "Bot").routeId(room + "Bot").to(uri + "&userId=bot");
            }
        };
        RouteBuilder listening = new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "&userId=bot&messageTypes=utterance")
                        .routeId(room + "Listens")
                        .process(e -> turns.add(Received.of(e)));
                from("direct:" + room + "Dave").routeId(room + "Dave").to(uri + "&userId=dave");
            }
        };
        try {
            context.addRoutes(producerFirst ? speaking : listening);
            if (producerFirst) {
                template.sendBody("direct:" + room + "Bot", wav(SpeechClips.silence(200))); // the session joins
            }
            context.addRoutes(producerFirst ? listening : speaking);
            template.sendBody("direct:" + room + "Bot", wav(SpeechClips.silence(200)));
            template.sendBody("direct:" + room + "Dave", wav(SpeechClips.silence(200)));
            awaitOnline(room + "Listens", "dave");
            short[] first = SpeechClips.speech("alice-1");
            short[] second = SpeechClips.speech("bob-2");

            template.sendBody("direct:" + room + "Dave", wav(SpeechClips.join(first, SpeechClips.silence(1200))));
            template.sendBody("direct:" + room + "Dave", wav(SpeechClips.join(second, SpeechClips.silence(300))));
            Await.until(WAIT, () -> utterances(turns).size() >= 2, () -> "two utterances, got " + turns);
            Thread.sleep(1000);

            List<Received> got = utterances(turns);
            assertEquals(2, got.size(), () -> "one utterance per turn: " + got);
            assertUtterance(got.get(0), "dave", first);
            assertUtterance(got.get(1), "dave", second);
        } finally {
            for (String route : List.of(room + "Listens", room + "Dave", room + "Bot")) {
                context.getRouteController().stopRoute(route);
                context.removeRoute(route);
            }
        }
    }

    @Test
    void anUtteranceConvertsToAPlayableWav() throws Exception {
        awaitOnline("bot", "alice");
        heard.clear();
        short[] alice = SpeechClips.speech("alice-2");
        template.sendBody("direct:alice", wav(SpeechClips.join(alice, SpeechClips.silence(300))));
        Await.until(WAIT, () -> !utterances(heard).isEmpty(), () -> "an utterance");

        AliRtcUtterance utterance =
                assertInstanceOf(AliRtcUtterance.class, utterances(heard).get(0).body());
        byte[] wav = context.getTypeConverter().mandatoryConvertTo(byte[].class, utterance);
        WavAudio read = WavReader.read(wav);
        assertEquals(PcmFormat.of(16000, 1), read.format());
        assertEquals(utterance.durationMillis(), read.durationMillis());
        AudioInputStream audio = context.getTypeConverter().mandatoryConvertTo(AudioInputStream.class, utterance);
        assertEquals(16000f, audio.getFormat().getSampleRate());
        assertEquals(utterance.pcm().length / 2, audio.getFrameLength());
        byte[] viaStream = context.getTypeConverter()
                .mandatoryConvertTo(java.io.InputStream.class, utterance)
                .readAllBytes();
        assertArrayEquals(wav, viaStream);
    }

    @Test
    void anOutOfRangeSpeechOptionIsRejectedWithTheRange() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> context.getEndpoint(
                                "alirtc:turns?mode=local&userId=bad&messageTypes=utterance&speechSensitivity=2")
                        .createConsumer(exchange -> {}));
        assertTrue(
                e.getMessage().contains("speechSensitivity 2.0 is out of range: use a value from 0 to 1"),
                e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> context.getEndpoint("alirtc:turns?mode=local&userId=bad&bargeIn=true&trailingSilence=10")
                        .createProducer());
        assertTrue(
                e.getMessage().contains("trailingSilence 10 ms is out of range: use 50 to 10000 ms"), e.getMessage());
    }

    private static void assertUtterance(Received turn, String user, short[] spoken) {
        assertEquals(user, turn.userId());
        AliRtcUtterance utterance = assertInstanceOf(AliRtcUtterance.class, turn.body());
        assertEquals(user, utterance.userId());
        assertEquals(16000, turn.headers().get(AliRtcConstants.SAMPLE_RATE));
        long duration = (Long) turn.headers().get(AliRtcConstants.UTTERANCE_DURATION);
        assertEquals(SpeechClips.speechMillis(spoken), duration, 200, () -> user + "'s turn duration");
        assertEquals(0, turn.headers().get(AliRtcConstants.UTTERANCE_PART));
        assertEquals(true, turn.headers().get(AliRtcConstants.UTTERANCE_LAST));
        assertFalse(((Long) turn.headers().get(AliRtcConstants.UTTERANCE_START)) <= 0);
    }

    private static byte[] wav(short[] samples) {
        return WavWriter.toWavBytes(SpeechClips.FORMAT, SpeechClips.bytes(samples));
    }

    private long botToneFrames() {
        return listener.stream()
                .filter(r -> "bot".equals(r.userId()))
                .filter(r -> Pcm.levelDbfs(((AudioPcmFrame) r.body()).data()) > -60)
                .count();
    }

    private static List<Received> utterances(ConcurrentLinkedQueue<Received> from) {
        return from.stream()
                .filter(r -> r.type() == AliRtcMessageType.UTTERANCE)
                .toList();
    }

    private void awaitOnline(String route, String... users) throws InterruptedException {
        AliRtcSession session = ((AliRtcConsumer) context.getRoute(route).getConsumer()).getSession();
        for (String user : users) {
            Await.until(WAIT, () -> session.getUsersInRoom().contains(user), () -> route + " to see " + user);
        }
    }
}
