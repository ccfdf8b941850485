package org.alirtc.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.camel.Exchange;

import org.alirtc.camel.AliRtcConstants;

/** Collects what a route hands it (bound as the bean {@code heard}), for a test to wait on. */
public final class Heard {

    /** One delivery: the body and the user it came from. */
    public record Item(Object body, String userId, Integer sampleRate) {}

    private final List<Item> items = new CopyOnWriteArrayList<>();

    public void add(Exchange exchange) {
        items.add(new Item(
                exchange.getMessage().getBody(),
                exchange.getMessage().getHeader(AliRtcConstants.USER_ID, String.class),
                exchange.getMessage().getHeader(AliRtcConstants.SAMPLE_RATE, Integer.class)));
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    /** Waits up to {@code seconds} for {@code count} items that match, and returns them in arrival order. */
    List<Item> await(int count, Predicate<Item> matching, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            List<Item> matched = items.stream().filter(matching).toList();
            if (matched.size() >= count) {
                return matched.subList(0, count);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + matched.size() + " of " + count + " expected items within " + seconds
                        + " s; got " + items.size() + " in all");
            }
            Thread.sleep(20);
        }
    }
}
