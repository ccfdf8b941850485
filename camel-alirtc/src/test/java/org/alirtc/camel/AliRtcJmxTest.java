package org.alirtc.camel;

import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consumer's hand-off counters as an operator reads them: JMX attributes of the consumer's MBean. */
class AliRtcJmxTest extends CamelTestSupport {

    AliRtcJmxTest() {
        testConfiguration().withEnableJMX();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // Mixed audio arrives every 10 ms from the join on, even alone, so the counters move by themselves.
                from("alirtc:jmx-room?mode=local&userId=watcher&messageTypes=mixedAudio&queueSize=1000")
                        .routeId("watcher")
                        .to("mock:audio");
            }
        };
    }

    @Test
    void consumerCountersAreVisibleOverJmx() throws Exception {
        MBeanServer server =
                context.getManagementStrategy().getManagementAgent().getMBeanServer();
        Set<ObjectName> consumers = server.queryNames(new ObjectName("org.apache.camel:type=consumers,*"), null);
        ObjectName consumer = consumers.stream()
                .filter(n -> n.getKeyProperty("name").contains("AliRtcConsumer"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ARTC consumer among " + consumers));

        assertEquals(1000, server.getAttribute(consumer, "QueueCapacity"));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while ((Long) server.getAttribute(consumer, "DeliveredCount") < 20 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(
                (Long) server.getAttribute(consumer, "DeliveredCount") >= 20,
                "delivered " + server.getAttribute(consumer, "DeliveredCount"));
        assertEquals(0L, server.getAttribute(consumer, "DroppedCount"));
    }
}
