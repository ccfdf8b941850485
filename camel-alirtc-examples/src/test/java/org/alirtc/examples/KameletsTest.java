package org.alirtc.examples;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.ToneGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kamelets shipped in {@code kamelets/}, loaded by camel-kamelet from the classpath and run under Camel Main in
 * local mode, the way a user's application (or Camel K) runs them.
 */
class KameletsTest {

    /** For applications whose routes are all Java: the example's own YAML routes stay out. */
    static final String NO_ROUTE_FILES = "classpath:no-route-files/*.yaml";

    static Main localMain(String room, String routes, Heard heard) {
        Main main = new Main();
        main.bind("heard", heard);
        main.addOverrideProperty("camel.main.routesIncludePattern", routes);
        main.addOverrideProperty("camel.main.durationMaxSeconds", "0");
        main.addOverrideProperty("camel.main.shutdownTimeout", "10");
        main.addOverrideProperty("camel.component.alirtc.mode", "local");
        main.addOverrideProperty("room", room);
        return main;
    }

    /**
     * Adds a user {@code userId} to {@code main}'s room who speaks a 440 Hz tone, 100 ms of 16 kHz PCM every 100 ms.
     * A lambda route: Camel Main's package scan (see {@link VoiceRoomExample}) only picks up RouteBuilder classes.
     */
    static void speakA440HzTone(Main main, String userId) {
        ToneGenerator tone = new ToneGenerator(PcmFormat.of(16000, 1), 440, 0.5);
        main.configure()
                .addLambdaRouteBuilder(routes -> routes.from("timer:speak?period=100")
                        .process(exchange -> exchange.getMessage().setBody(tone.next(1600)))
                        .to("alirtc:{{room}}?userId=" + userId));
    }

    static String uniqueRoom() {
        return "room-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theMessageSourceHearsWhatTheMessageSinkSendsInTheSameRoom() throws Exception {
        Heard heard = new Heard();
        try (RunningMain ignored =
                RunningMain.start(localMain(uniqueRoom(), "classpath:kamelet-routes/message-relay.yaml", heard))) {
            List<Heard.Item> messages = heard.await(3, item -> true, 30);
            for (Heard.Item message : messages) {
                assertEquals("writer", message.userId(), "the sender is in CamelAliRtcUserId");
                assertInstanceOf(String.class, message.body(), "the source emits text");
                assertTrue(
                        ((String) message.body()).matches("hello \\d+"),
                        message.body().toString());
            }
            int first = Integer.parseInt(((String) messages.get(0).body()).substring(6));
            for (int i = 1; i < messages.size(); i++) {
                assertEquals("hello " + (first + i), messages.get(i).body(), "messages arrive in order, none lost");
            }
        }
    }

    @Test
    void theAudioSourceEmitsEachSpeakersPcmAsBytes() throws Exception {
        Heard heard = new Heard();
        Main main = localMain(uniqueRoom(), "classpath:kamelet-routes/audio-listener.yaml", heard);
        speakA440HzTone(main, "speaker");
        try (RunningMain ignored = RunningMain.start(main)) {
            List<Heard.Item> frames = heard.await(60, item -> "speaker".equals(item.userId()), 30);
            ByteArrayOutputStream pcm = new ByteArrayOutputStream();
            for (Heard.Item frame : frames.subList(20, 60)) {
                pcm.write(assertInstanceOf(byte[].class, frame.body(), "the source emits PCM bytes"));
            }
            int rate = frames.get(59).sampleRate();
            assertEquals(440, ToneDetector.dominantFrequency(Pcm.toShorts(pcm.toByteArray()), rate), 5);
        }
    }
}
