package org.alirtc.camel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import org.alirtc.local.LocalCloud;
import org.alirtc.sdk.model.DevelopmentApp;
import org.alirtc.sdk.model.TokenGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stopping the context leaves the channel and leaves no threads or processes behind; bad setups fail at start. */
class AliRtcLifecycleTest {

    @Test
    void contextStopLeavesNoAliRtcThreadsAndEmptiesTheRoom() throws Exception {
        long childrenBefore = ProcessHandle.current().children().count();
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:lifeRoom?mode=local&userId=erin&messageTypes=mixedAudio,events")
                        .to("log:x?level=OFF");
                from("direct:frank").to("alirtc:lifeRoom?mode=local&userId=frank");
            }
        });
        context.start();
        AliRtcComponent component = context.getComponent("alirtc", AliRtcComponent.class);
        Await.until(
                Duration.ofSeconds(15),
                () -> LocalCloud.shared().memberCount(DevelopmentApp.APP_ID, "lifeRoom") == 2,
                () -> "both users in the room");
        context.createProducerTemplate().sendBody("direct:frank", new byte[3200]);
        assertTrue(aliRtcThreads().size() > 0, "the consumer worker runs while started");

        context.stop();

        assertTrue(component.getSessions().isEmpty());
        assertEquals(0, LocalCloud.shared().memberCount(DevelopmentApp.APP_ID, "lifeRoom"), "both left the room");
        Await.until(
                Duration.ofSeconds(10),
                () -> aliRtcThreads().isEmpty(),
                () -> "no alirtc- threads, still alive: " + aliRtcThreads());
        assertEquals(childrenBefore, ProcessHandle.current().children().count(), "no processes left behind");
    }

    @Test
    void sdkModeWithAMissingCoreServiceBinaryFailsAtStartupNamingTheOption() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:room?userId=gina&appId=app&appKey=k&coreServicePath=/nonexistent/AliRtcCoreService")
                        .to("log:x?level=OFF");
            }
        });
        Exception error = assertThrows(Exception.class, context::start);
        assertTrue(
                rootCause(error).getMessage().contains("coreServicePath"),
                rootCause(error).getMessage());
        context.stop();
    }

    @Test
    void theTokenProviderIsCalledForEveryJoinAndTheLocalCoreChecksTheAppKey() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AliRtcTokenProvider provider = (appId, channelId, userId) -> {
            calls.incrementAndGet();
            return TokenGenerator.generate(
                    appId,
                    "right-key",
                    channelId,
                    userId,
                    Instant.now().plusSeconds(600).getEpochSecond());
        };
        AliRtcTokenProvider forger = (appId, channelId, userId) -> TokenGenerator.generate(
                appId,
                "wrong-key",
                channelId,
                userId,
                Instant.now().plusSeconds(600).getEpochSecond());
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("provider", provider);
        context.getRegistry().bind("forger", forger);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:hana")
                        .to("alirtc:tokenRoom?mode=local&userId=hana&appId=app9&appKey=right-key"
                                + "&tokenProvider=#provider");
            }
        });
        context.start();
        assertEquals(1, calls.get());
        assertEquals(1, LocalCloud.shared().memberCount("app9", "tokenRoom"), "joined under the configured app id");

        context.createProducerTemplate()
                .sendBodyAndHeader("direct:hana", null, AliRtcConstants.OPERATION, AliRtcOperation.REJOIN);
        assertEquals(2, calls.get(), "a fresh token for the rejoin");
        context.stop();

        CamelContext forged = new DefaultCamelContext();
        forged.getRegistry().bind("forger", forger);
        forged.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ian")
                        .to("alirtc:tokenRoom?mode=local&userId=ian&appId=app9&appKey=right-key"
                                + "&tokenProvider=#forger&joinTimeout=3s");
            }
        });
        Exception error = assertThrows(Exception.class, forged::start);
        assertTrue(
                rootCause(error).getMessage().contains("tokenRoom"),
                rootCause(error).getMessage());
        assertFalse(rootCause(error).getMessage().contains("right-key"));
        forged.stop();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    private static List<String> aliRtcThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("alirtc-"))
                .toList();
    }
}
