package org.alirtc.camel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health check and dev console against real sessions in local mode. One context serves every test (starting engines
 * takes time); the tests that end a core service each use their own session, so the order does not matter.
 */
class AliRtcHealthCheckTest extends SharedContextTestSupport {

    private static final String APP_KEY = "s3cr3t-app-key-never-shown";
    private static final long TIMEOUT_MS = 15_000;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                session("observer", "");
                session("peer", "");
                session("lost", "&maxReconnectAttempts=0");
                session("rejoiner", "&reconnectInitialDelay=60s");
            }

            private void session(String userId, String options) {
                from("alirtc:health-room?mode=local&appId=app1&userId=" + userId + "&appKey=" + APP_KEY
                                + "&messageTypes=events" + options)
                        .routeId(userId)
                        .to("mock:events");
            }
        };
    }

    @Test
    void joinedSessionIsUpWithItsRoomAndCoreService() {
        AliRtcSession observer = session("observer");
        awaitTrue(() -> observer.getUsersInRoom().contains("peer"), "observer sees peer in the room");

        HealthCheck.Result result = new AliRtcHealthCheck(observer).call();

        assertEquals(HealthCheck.State.UP, result.getState());
        Map<String, Object> details = result.getDetails();
        assertEquals("health-room", details.get("channel.id"));
        assertEquals("observer", details.get("user.id"));
        assertEquals("JOINED", details.get("session.state"));
        assertTrue((Integer) details.get("users.in.room") >= 1, details.toString());
        assertEquals(observer.getCorePort(), details.get("core.port"));
        assertFalse(details.containsKey("last.error"));
        assertTrue(new AliRtcHealthCheck(observer).isReadiness());
        assertFalse(new AliRtcHealthCheck(observer).isLiveness());
    }

    @Test
    void sessionWithoutRejoinIsDownWhenTheCoreServiceEnds() {
        AliRtcSession lost = session("lost");

        lost.getEngine().coreService().stop(Duration.ofMillis(200));
        awaitTrue(() -> lost.getState() == SessionState.CORE_SERVICE_DOWN, "lost noticed the core exit");

        HealthCheck.Result result = new AliRtcHealthCheck(lost).call();
        assertEquals(HealthCheck.State.DOWN, result.getState());
        assertEquals("CORE_SERVICE_DOWN", result.getDetails().get("session.state"));
        assertTrue(
                result.getDetails().containsKey("last.error"),
                result.getDetails().toString());
        String message = result.getMessage().orElseThrow();
        assertTrue(message.contains("core service is down"), message);
        assertTrue(message.contains("user 'lost'"), message);
    }

    @Test
    void rejoiningSessionIsDownWithTheAttemptAndTheReason() {
        AliRtcSession rejoiner = session("rejoiner");

        rejoiner.getEngine().coreService().stop(Duration.ofMillis(200));
        awaitTrue(() -> rejoiner.getState() == SessionState.REJOINING, "rejoiner started rejoining");

        HealthCheck.Result result = new AliRtcHealthCheck(rejoiner).call();
        assertEquals(HealthCheck.State.DOWN, result.getState());
        assertEquals("REJOINING", result.getDetails().get("session.state"));
        assertEquals(0, result.getDetails().get("reconnect.attempts"));
        String message = result.getMessage().orElseThrow();
        assertTrue(message.contains("rejoining"), message);
        assertTrue(message.contains(rejoiner.getLastError()), message);
    }

    @Test
    void disabledCheckReportsUnknown() {
        AliRtcHealthCheck check = new AliRtcHealthCheck(session("observer"));
        check.setEnabled(false);

        assertEquals(HealthCheck.State.UNKNOWN, check.call().getState());
    }

    @Test
    void registrationWithoutCamelHealthLeavesNothingBehind() {
        AliRtcHealthCheck check = AliRtcHealthCheck.register(context, session("observer"));

        assertEquals("alirtc-local-app1-health-room-observer", check.getId());
        assertEquals(AliRtcHealthCheck.GROUP, check.getGroup());
        check.unregister();
    }

    @Test
    void devConsoleListsTheSessionsWithoutTheAppKey() {
        AliRtcSession observer = session("observer");
        awaitTrue(() -> observer.getUsersInRoom().contains("peer"), "observer sees peer in the room");
        AliRtcDevConsole console = new AliRtcDevConsole();
        console.setCamelContext(context);

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        Map<?, ?> json = (Map<?, ?>) console.call(DevConsole.MediaType.JSON);

        assertTrue(text.contains("ARTC sessions: 4"), text);
        assertTrue(text.contains("channel 'health-room', user 'observer'"), text);
        assertTrue(text.contains("State: JOINED"), text);
        assertTrue(text.contains("Users in room: ") && text.contains("peer"), text);
        assertTrue(text.contains("port " + observer.getCorePort()), text);
        assertFalse(text.contains(APP_KEY), text);

        List<?> sessions = (List<?>) json.get("sessions");
        assertEquals(4, sessions.size());
        Map<?, ?> shown = sessions.stream()
                .map(Map.class::cast)
                .filter(s -> "observer".equals(s.get("userId")))
                .findFirst()
                .orElseThrow();
        assertEquals("health-room", shown.get("channelId"));
        assertEquals("JOINED", shown.get("state"));
        assertTrue(((List<?>) shown.get("usersInRoom")).contains("peer"), shown.toString());
        assertEquals(observer.getCorePort(), shown.get("corePort"));
        assertFalse(json.toString().contains(APP_KEY), json.toString());
    }

    private AliRtcSession session(String userId) {
        AliRtcComponent component = context.getComponent("alirtc", AliRtcComponent.class);
        return component.getSessions().stream()
                .filter(s -> s.getUserId().equals(userId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session for " + userId));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT_MS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + TIMEOUT_MS + " ms waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what, e);
            }
        }
    }
}
