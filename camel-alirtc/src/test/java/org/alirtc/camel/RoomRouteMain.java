package org.alirtc.camel;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A user's Camel application in its own process: one {@code alirtc:} route in local mode, otherwise with default options, that prints the
 * room events it receives ({@code event <type> <userId>}), then stops after the given seconds. Arguments: channel,
 * user id, seconds. Prints {@code route started} once joined; exits 1 with {@code route failed: ...} when the
 * route cannot start.
 */
public final class RoomRouteMain {

    private RoomRouteMain() {}

    public static void main(String[] args) throws Exception {
        String channel = args[0];
        String userId = args[1];
        long seconds = Long.parseLong(args[2]);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("alirtc:" + channel + "?mode=local&userId=" + userId + "&messageTypes=events")
                            .process(exchange -> {
                                AliRtcEvent event = exchange.getMessage().getBody(AliRtcEvent.class);
                                System.out.println("event " + event.type() + " " + event.userId());
                            });
                }
            });
            try {
                context.start();
            } catch (Exception e) {
                System.out.println("route failed: " + e.getMessage());
                System.exit(1);
            }
            System.out.println("route started");
            Thread.sleep(seconds * 1000);
        }
    }
}
