package org.alirtc.camel;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-off queue under a slow route, suspend/resume, and no queue at all, with the mixed audio a room sends every
 * 10 ms.
 */
class AliRtcConsumerFlowTest extends CamelTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final AtomicInteger fastCount = new AtomicInteger();
    private final Queue<String> directSeen = new ConcurrentLinkedQueue<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:flowRoom1?mode=local&userId=carol&messageTypes=mixedAudio&queueSize=5"
                                + "&overflowPolicy=dropOldest")
                        .routeId("slow")
                        .process(e -> Thread.sleep(100));
                from("alirtc:flowRoom2?mode=local&userId=dave&messageTypes=mixedAudio")
                        .routeId("fast")
                        .process(e -> fastCount.incrementAndGet());
                from("alirtc:flowRoom3?mode=local&userId=erin&messageTypes=mixedAudio&queueSize=0")
                        .routeId("direct")
                        .process(e -> directSeen.add(Thread.currentThread().getName()
                                + (e.getMessage().getHeader(AliRtcConstants.MESSAGE_TYPE)
                                                == AliRtcMessageType.MIXED_AUDIO
                                        ? " mixed audio"
                                        : " other")
                                + (e.getMessage().getHeader(AliRtcConstants.SAMPLE_RATE) instanceof Integer rate
                                                && rate > 0
                                        ? " with its rate"
                                        : " without a rate")));
            }
        };
    }

    @Test
    void aSlowRouteDropsTheOldestItemsAndCountsThemWhileTheSocketKeepsFlowing() throws Exception {
        AliRtcConsumer consumer = (AliRtcConsumer) context.getRoute("slow").getConsumer();
        AliRtcSession session = consumer.getSession();
        Await.until(WAIT, () -> consumer.getDroppedCount() > 20, () -> "drops, got " + consumer.getDroppedCount());

        long receivedBefore = session.getFramesReceived();
        Thread.sleep(1000);
        long receivedInASecond = session.getFramesReceived() - receivedBefore;

        assertTrue(receivedInASecond >= 30, "the reader kept receiving: " + receivedInASecond + " frames in 1 s");
        assertTrue(consumer.getDeliveredCount() < 40, "the route is slow: " + consumer.getDeliveredCount());
        assertTrue(consumer.getQueueDepth() <= 5);
        assertEquals(consumer.getDroppedCount(), session.getFramesDropped(), "the session shows the same drops");
    }

    @Test
    void withoutAQueueTheRouteRunsOnTheReaderThreadWithTheUsualHeaders() throws Exception {
        AliRtcConsumer consumer = (AliRtcConsumer) context.getRoute("direct").getConsumer();
        Await.until(WAIT, () -> directSeen.size() > 10, () -> "mixed audio, got " + directSeen.size());

        for (String seen : directSeen) {
            assertTrue(seen.startsWith("alirtc-reader-"), seen);
            assertTrue(seen.endsWith(" mixed audio with its rate"), seen);
        }
        assertEquals(0, consumer.getDroppedCount());
        assertEquals(0, consumer.getQueueDepth());
    }

    @Test
    void suspendStopsEmissionWhileTheSessionStaysInTheChannelAndResumeRestartsIt() throws Exception {
        AliRtcConsumer consumer = (AliRtcConsumer) context.getRoute("fast").getConsumer();
        Await.until(WAIT, () -> fastCount.get() > 10, () -> "mixed audio before suspending");

        context.getRouteController().suspendRoute("fast");
        Thread.sleep(200);
        int whileSuspended = fastCount.get();
        long receivedBefore = consumer.getSession().getFramesReceived();
        Thread.sleep(500);

        assertEquals(whileSuspended, fastCount.get(), "no exchanges while suspended");
        assertEquals(SessionState.JOINED, consumer.getSession().getState());
        assertTrue(consumer.getSession().getFramesReceived() > receivedBefore, "still in the channel");

        context.getRouteController().resumeRoute("fast");
        Await.until(WAIT, () -> fastCount.get() > whileSuspended + 10, () -> "mixed audio after resuming");
    }
}
