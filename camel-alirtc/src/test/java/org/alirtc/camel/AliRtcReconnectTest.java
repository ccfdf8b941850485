package org.alirtc.camel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.WavWriter;
import org.alirtc.sdk.RtcEngine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A crashed core service leads to an automatic rejoin with a new engine, and delivery resumes. */
class AliRtcReconnectTest extends CamelTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String RECONNECT = "&reconnectInitialDelay=200&reconnectInterval=500";

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger audioFromBob = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:crashRoom?mode=local&userId=alice&messageTypes=audio,events" + RECONNECT)
                        .routeId("alice")
                        .process(e -> {
                            if (e.getMessage().getBody() instanceof AliRtcEvent event) {
                                events.add(event.type());
                            } else if ("bob".equals(e.getMessage().getHeader(AliRtcConstants.USER_ID))) {
                                audioFromBob.incrementAndGet();
                            }
                        });
                from("direct:bob").to("alirtc:crashRoom?mode=local&userId=bob&pacing=none" + RECONNECT);
            }
        };
    }

    @Test
    void aKilledCoreServiceIsReplacedAndTheConsumerKeepsReceiving() throws Exception {
        AliRtcSession alice = ((AliRtcConsumer) context.getRoute("alice").getConsumer()).getSession();
        RtcEngine firstEngine = alice.getEngine();

        firstEngine.coreService().stop(Duration.ZERO);

        Await.until(
                WAIT,
                () -> alice.getRejoinCount() == 1 && alice.getState() == SessionState.JOINED,
                () -> "alice to rejoin, state " + alice.getState() + ", last error " + alice.getLastError());
        assertTrue(alice.getEngine() != firstEngine, "a new engine");
        assertTrue(events.contains("coreServiceExit"), events.toString());
        Await.until(WAIT, () -> events.contains("rejoined"), events::toString);

        audioFromBob.set(0);
        Await.until(
                WAIT,
                () -> {
                    send1sTone();
                    return audioFromBob.get() > 20;
                },
                () -> "audio from bob after the rejoin");
    }

    @Test
    void aProducerSessionRejoinsAndSendsAgain() throws Exception {
        send1sTone();
        AliRtcSession bob = context.getComponent("alirtc", AliRtcComponent.class).getSessions().stream()
                .filter(s -> s.getUserId().equals("bob"))
                .findFirst()
                .orElseThrow();

        bob.getEngine().coreService().stop(Duration.ZERO);

        Await.until(
                WAIT,
                () -> bob.getRejoinCount() == 1 && bob.getState() == SessionState.JOINED,
                () -> "bob to rejoin, state " + bob.getState());
        assertNull(send1sTone().getException());
        assertEquals(0, bob.getReconnectAttempts());
    }

    private Exchange send1sTone() {
        PcmFormat format = PcmFormat.of(16000, 1);
        byte[] wav = WavWriter.toWavBytes(format, new ToneGenerator(format, 440, 0.5).next(16000));
        return template.send("direct:bob", e -> e.getMessage().setBody(wav));
    }
}
