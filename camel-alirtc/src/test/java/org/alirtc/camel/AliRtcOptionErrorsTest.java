package org.alirtc.camel;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each bad option fails at startup naming the option and the fix, as a user sees it. */
class AliRtcOptionErrorsTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void unreadableDurationNamesTheOption() {
        assertStartFails("alirtc:room1?mode=local&userId=a&joinTimeout=abc", "joinTimeout", "10s");
    }

    @Test
    void zeroTimeoutNamesTheOption() {
        assertStartFails("alirtc:room1?mode=local&userId=a&joinTimeout=0", "joinTimeout", "positive");
    }

    @Test
    void malformedLocalHubNamesTheOptionNotTheVariable() {
        String message =
                assertStartFails("alirtc:room1?mode=local&userId=a&localHub=nonsense", "localHub", "host:port");
        assertTrue(message.contains("localHub=127.0.0.1:47000"), message);
    }

    @Test
    void coreServicePathInLocalModeIsRefused() {
        assertStartFails(
                "alirtc:room1?mode=local&userId=a&coreServicePath=/opt/artc/AliRtcCoreService",
                "coreServicePath",
                "mode=sdk");
    }

    @Test
    void missingCredentialsPointToLocalMode() {
        assertStartFails("alirtc:room1?userId=a&coreServicePath=/bin/true", "credentials", "mode=local");
    }

    @Test
    void environmentVariableNamingNoOptionIsRefused() {
        AliRtcComponent component = context.getComponent("alirtc", AliRtcComponent.class);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> component.applyEnvironment(Map.of("CAMEL_COMPONENT_ALIRTC_NO_SUCH", "1")));
        assertTrue(e.getMessage().contains("CAMEL_COMPONENT_ALIRTC_NO_SUCH"), e.getMessage());
    }

    @Test
    void environmentVariableSetsTheComponentOption() {
        AliRtcComponent component = context.getComponent("alirtc", AliRtcComponent.class);
        component.applyEnvironment(Map.of("CAMEL_COMPONENT_ALIRTC_JOIN_TIMEOUT", "7s"));
        assertEquals(7_000, component.getConfiguration().getJoinTimeout());
    }

    @Test
    void unknownEnumHeaderListsTheValidValues() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:control").to("alirtc:room1?mode=local&userId=ctl");
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        Exception e = assertThrows(
                Exception.class,
                () -> template.requestBodyAndHeader("direct:control", "", AliRtcConstants.OPERATION, "JUMP"));
        String message = rootMessage(e);
        assertTrue(message.contains(AliRtcConstants.OPERATION), message);
        assertTrue(message.contains("PUBLISH_AUDIO") && message.contains("REJOIN"), message);
    }

    private String assertStartFails(String uri, String... expected) {
        Exception e = assertThrows(Exception.class, () -> {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).to("log:x");
                }
            });
            context.start();
        });
        String message = rootMessage(e);
        for (String text : expected) {
            assertTrue(message.contains(text), "'" + text + "' missing in: " + message);
        }
        return message;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
