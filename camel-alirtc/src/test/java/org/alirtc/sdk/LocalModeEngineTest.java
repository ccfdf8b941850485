package org.alirtc.sdk;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.TokenGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The factory's local mode: a real in-JVM core service behind the same engine. */
class LocalModeEngineTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void twoLocalEnginesMeetInOneChannel() throws Exception {
        ListenerRecorder aliceEvents = new ListenerRecorder();
        ListenerRecorder bobEvents = new ListenerRecorder();
        String channel = "local-" + System.nanoTime();
        try (RtcEngine alice = RtcEngineFactory.create(EngineOptions.local(), aliceEvents.listener());
                RtcEngine bob = RtcEngineFactory.create(EngineOptions.local(), bobEvents.listener())) {
            JoinResult joined = alice.join(
                            token(channel, "alice"), channel, "alice", "Alice", JoinChannelConfig.defaults(), TIMEOUT)
                    .get(10, TimeUnit.SECONDS);
            assertEquals(new JoinResult(channel, "alice"), joined);
            bob.join(token(channel, "bob"), channel, "bob", "Bob", JoinChannelConfig.defaults(), TIMEOUT)
                    .get(10, TimeUnit.SECONDS);
            assertEquals("bob", aliceEvents.await("onRemoteUserOnLineNotify").arg(0));
            assertEquals(0, bob.leave(TIMEOUT).get(10, TimeUnit.SECONDS));
            assertEquals("bob", aliceEvents.await("onRemoteUserOffLineNotify").arg(0));
            bob.release();
            assertEquals(0, bob.coreService().exitFuture().get(10, TimeUnit.SECONDS));
            assertEquals(EngineState.JOINED, alice.state());
        }
        assertTrue(aliceEvents.calls("onError").isEmpty(), () -> "unexpected errors: " + aliceEvents.calls("onError"));
        assertTrue(aliceEvents.calls("onCoreServiceExit").isEmpty(), "a released engine reports no exit");
    }

    private static String token(String channel, String user) {
        return TokenGenerator.generate(
                "local-app", "local-key", channel, user, System.currentTimeMillis() / 1000 + 3600);
    }
}
