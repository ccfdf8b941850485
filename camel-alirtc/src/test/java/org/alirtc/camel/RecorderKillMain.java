package org.alirtc.camel;

import java.util.concurrent.TimeUnit;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Records 10 ms frames of user {@code alice} with a {@link WavRecorder} into the directory of the first argument,
 * paced in real time, until the process is killed. Prints {@code recording} after the first frame.
 */
public final class RecorderKillMain {

    private RecorderKillMain() {}

    public static void main(String[] args) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:frames").process(new WavRecorder(args[0]));
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        long next = System.nanoTime();
        for (int i = 0; ; i++) {
            template.sendBodyAndHeader("direct:frames", WavRecorderTest.frame(), AliRtcConstants.USER_ID, "alice");
            if (i == 0) {
                System.out.println("recording");
            }
            next += TimeUnit.MILLISECONDS.toNanos(10);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }
}
