package org.alirtc.camel;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import org.alirtc.sdk.model.AudioPcmFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consumers sharing one session: each gets only its message types, and no two share the bytes of a frame. */
class AliRtcFanOutTest extends CamelTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ALICE = "alirtc:fanRoom?mode=local&userId=alice&queueSize=1000&messageTypes=";

    private final List<Object> first = new CopyOnWriteArrayList<>();
    private final List<Object> second = new CopyOnWriteArrayList<>();
    private final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // First, so that it opens the session and sees the join.
                from(ALICE + "events")
                        .routeId("events")
                        .process(e -> events.add(e.getMessage().getBody()));
                from(ALICE + "mixedAudio")
                        .routeId("first")
                        .process(e -> first.add(e.getMessage().getBody()));
                from(ALICE + "mixedAudio,events")
                        .routeId("second")
                        .process(e -> second.add(e.getMessage().getBody()));
            }
        };
    }

    @Test
    void everyConsumerOfATypeGetsItsOwnBytesAndNoOtherTypes() throws Exception {
        Await.until(
                WAIT,
                () -> audio(first).size() >= 20 && audio(second).size() >= 20,
                () -> "mixed audio for both consumers, got " + first.size() + " and " + second.size());

        Set<byte[]> firstBytes = Collections.newSetFromMap(new IdentityHashMap<>());
        audio(first).forEach(frame -> firstBytes.add(frame.data()));
        assertTrue(
                audio(second).stream().noneMatch(frame -> firstBytes.contains(frame.data())),
                "a frame's bytes are shared between two consumers");
        assertEquals(first.size(), audio(first).size(), "the first consumer wants no events");
        assertTrue(events.stream().allMatch(AliRtcEvent.class::isInstance), "the events consumer wants no audio");
        assertFalse(events.isEmpty(), "the join was reported");
    }

    private static List<AudioPcmFrame> audio(List<Object> bodies) {
        return bodies.stream()
                .filter(AudioPcmFrame.class::isInstance)
                .map(AudioPcmFrame.class::cast)
                .toList();
    }
}
