package org.alirtc.sdk;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.CommandId;

import static org.alirtc.sdk.FakeCoreService.callback;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine probes a silent core service, holds it suspect while the probe goes unanswered, and stops one that does
 * not answer.
 */
class EngineLivenessTest {

    private static final Duration LIVENESS = Duration.ofMillis(400);

    private FakeCoreService core;
    private RtcEngine engine;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.release();
        }
        if (core != null) {
            core.close();
        }
    }

    private ListenerRecorder start(Duration liveness) throws Exception {
        core = FakeCoreService.start();
        ListenerRecorder recorder = new ListenerRecorder();
        engine = RtcEngineFactory.create(
                core,
                EngineOptions.local().toBuilder().livenessTimeout(liveness).build(),
                recorder.listener());
        return recorder;
    }

    @Test
    void aCoreServiceThatAnswersTheProbeStaysInUseAndTheAnswersAreNotPassedOn() throws Exception {
        ListenerRecorder recorder = start(LIVENESS);
        core.answer(CommandId.GET_SDK_VERSION, cmd -> List.of(callback(1040, "sdkVersion", "7.1")));

        Thread.sleep(LIVENESS.toMillis() * 4);

        long probes = core.receivedIds().stream()
                .filter(id -> id == CommandId.GET_SDK_VERSION)
                .count();
        assertTrue(probes >= 2, "a silent core service is probed again and again: " + core.receivedIds());
        assertEquals(EngineState.CONNECTED, engine.state());
        assertTrue(recorder.calls("onSdkVersion").isEmpty(), "the probes' answers are the engine's own");
        assertTrue(recorder.calls("onError").isEmpty());
        assertEquals("7.1", engine.getSdkVersion(Duration.ofSeconds(2)).get(), "queries are still answered");
    }

    @Test
    void aCoreServiceThatStaysSilentIsReportedAndStopped() throws Exception {
        ListenerRecorder recorder = start(LIVENESS);

        String reason = (String) recorder.await("onCoreServiceUnresponsive").arg(0);

        assertTrue(reason.contains("did not answer the liveness probe"), reason);
        assertEquals(0x01050203, recorder.await("onError").arg(0));
        assertTrue(core.receivedIds().contains(CommandId.GET_SDK_VERSION), "it was probed first");
        assertEquals(EngineState.CORE_SERVICE_DOWN, engine.state());
        assertEquals(Duration.ZERO, core.awaitStopGrace(), "stopped right after the report, without a grace");
        assertEquals(RtcEngine.NOT_CONNECTED, engine.publishLocalAudioStream(true));
    }

    @Test
    void aSilentCoreServiceIsSuspectBeforeItIsDeclaredDeadAndNoLongerOnceItAnswers() throws Exception {
        // Long enough that the suspicion and the answer both fit well before the declaration.
        Duration liveness = Duration.ofSeconds(8);
        ListenerRecorder recorder = start(liveness);
        assertFalse(engine.coreServiceSuspect(), "a core service that just connected");

        core.awaitCommand(CommandId.GET_SDK_VERSION);
        long probed = System.nanoTime();
        while (!engine.coreServiceSuspect() && System.nanoTime() - probed < liveness.toNanos()) {
            Thread.sleep(10);
        }
        assertTrue(engine.coreServiceSuspect(), "the probe went unanswered");
        assertTrue(recorder.calls("onCoreServiceUnresponsive").isEmpty(), "suspect is not yet dead");

        core.send(callback(1040, "sdkVersion", "7.1"));
        long answered = System.nanoTime();
        while (engine.coreServiceSuspect() && System.nanoTime() - answered < liveness.toNanos()) {
            Thread.sleep(10);
        }

        assertFalse(engine.coreServiceSuspect(), "the core service answered");
        assertEquals(EngineState.CONNECTED, engine.state());
    }

    @Test
    void zeroTurnsTheCheckOff() throws Exception {
        ListenerRecorder recorder = start(Duration.ZERO);

        Thread.sleep(LIVENESS.toMillis() * 3);

        assertFalse(
                core.receivedIds().contains(CommandId.GET_SDK_VERSION),
                core.receivedIds().toString());
        assertEquals(EngineState.CONNECTED, engine.state());
        assertTrue(recorder.calls("onCoreServiceUnresponsive").isEmpty());
        assertFalse(engine.coreServiceSuspect(), "never suspect without the check");
    }

    @Test
    void aTooShortTimeoutIsRefusedWithTheFix() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> EngineOptions.local().toBuilder()
                        .livenessTimeout(Duration.ofMillis(10))
                        .build());
        assertTrue(e.getMessage().contains("use at least 100 ms"), e.getMessage());
    }
}
