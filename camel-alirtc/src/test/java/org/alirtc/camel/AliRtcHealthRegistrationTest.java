package org.alirtc.camel;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readiness check and the dev console as an operator reaches them: through Camel's registries. */
class AliRtcHealthRegistrationTest extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getCamelContextExtension()
                .getContextPlugin(DevConsoleRegistry.class)
                .setEnabled(true);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:ops-room?mode=local&userId=watcher&appKey=never-shown-key&messageTypes=events")
                        .routeId("watcher")
                        .to("mock:events");
            }
        };
    }

    @Test
    void readinessReportsTheSessionUntilItsRouteStops() throws Exception {
        Optional<HealthCheck.Result> result = awaitSessionCheck(HealthCheck.State.UP);
        assertEquals("JOINED", result.orElseThrow().getDetails().get("session.state"));

        context.getRouteController().stopRoute("watcher");

        assertTrue(sessionCheck().isEmpty(), "the check is removed with the session");
    }

    @Test
    void devConsoleListsTheSessionWithoutSecrets() {
        awaitSessionCheck(HealthCheck.State.UP);
        DevConsole console = context.getCamelContextExtension()
                .getContextPlugin(DevConsoleRegistry.class)
                .resolveById("alirtc");

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);

        assertTrue(text.contains("ops-room") && text.contains("watcher"), text);
        assertFalse(text.contains("never-shown-key"), text);
        assertFalse(json.toString().contains("never-shown-key"), json.toString());
    }

    private Optional<HealthCheck.Result> awaitSessionCheck(HealthCheck.State state) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        Optional<HealthCheck.Result> result = sessionCheck();
        while (System.nanoTime() < deadline && (result.isEmpty() || result.get().getState() != state)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            result = sessionCheck();
        }
        assertTrue(result.isPresent() && result.get().getState() == state, "readiness of the session: " + result);
        return result;
    }

    private Optional<HealthCheck.Result> sessionCheck() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream()
                .filter(r -> r.getCheck().getId().startsWith("alirtc-"))
                .findFirst();
    }
}
