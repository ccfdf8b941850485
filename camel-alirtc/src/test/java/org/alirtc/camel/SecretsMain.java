package org.alirtc.camel;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

import org.alirtc.sdk.model.TokenGenerator;

/**
 * A Camel Main application in local mode with secrets everywhere a user may put them: a token and an app key in
 * endpoint URIs (as property placeholders), and the component app key (the second argument) from the properties
 * file named by the first argument ({@code -} for none) or the environment. It
 * starts with the startup summary and an XML route dump, then prints every alirtc endpoint as Camel shows it
 * ({@code toString}, {@code getEndpointUri}, the JMX {@code EndpointUri}), prints {@code done} and stops.
 * The URI token is signed with the component app key for channel {@code secretRoom}, user {@code holder}.
 */
public final class SecretsMain {

    static final String URI_APP_KEY = "uri-app-key-Qv3x";

    private SecretsMain() {}

    public static void main(String[] args) throws Exception {
        String componentKey = args[1];
        String token = TokenGenerator.forValidity(
                "secret-app", componentKey, "secretRoom", "holder", Duration.ofHours(1), Clock.systemUTC());
        System.out.println("token length " + token.length());
        Properties initial = new Properties();
        initial.setProperty("camel.main.dumpRoutes", "xml");
        initial.setProperty("camel.main.jmxEnabled", "true");
        initial.setProperty("alirtc.token", token);
        initial.setProperty("alirtc.secretKey", URI_APP_KEY);
        Main main = new Main();
        main.setInitialProperties(initial);
        initial.setProperty("camel.main.dumpRoutesResolvePlaceholders", "false");
        if (!args[0].equals("-")) {
            main.setPropertyPlaceholderLocations("file:" + args[0]);
        }
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:secretRoom?mode=local&userId=holder&messageTypes=events&token={{alirtc.token}}")
                        .routeId("tokenInUri")
                        .to("log:events?level=DEBUG");
                from("timer:once?repeatCount=1")
                        .routeId("appKeyInUri")
                        .setBody(constant("hello"))
                        .to("alirtc:secretRoom?mode=local&userId=speaker&appId=secret-app&appKey={{alirtc.secretKey}}"
                                + "&dataChannel=true");
            }
        });
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport support) {
                try {
                    print(support.getCamelContext());
                    AliRtcComponent component = support.getCamelContext().getComponent("alirtc", AliRtcComponent.class);
                    System.out.println("component key applied "
                            + componentKey.equals(component.getConfiguration().getAppKey()));
                } catch (Exception e) {
                    System.out.println("cannot list the endpoints: " + e);
                }
                System.out.println("done");
                new Thread(main::completed).start();
            }
        });
        main.run();
    }

    private static void print(CamelContext context) throws Exception {
        for (Endpoint endpoint : context.getEndpoints()) {
            if (endpoint instanceof AliRtcEndpoint) {
                System.out.println("toString " + endpoint);
                System.out.println("getEndpointUri " + endpoint.getEndpointUri());
            }
        }
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null)) {
            System.out.println("JMX EndpointUri " + server.getAttribute(name, "EndpointUri"));
        }
    }
}
