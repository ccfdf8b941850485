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
 * A Camel Main application in local mode with secrets everywhere a user may put them: a token, an app key and a
 * secret key typed literally into endpoint URIs or given there as property placeholders, and the component app key
 * (the second argument) from the properties file named by the first argument ({@code -} for none) or the
 * environment. It starts with the startup summary and a route dump (format {@code xml} or {@code yaml}, the third
 * argument) with placeholders resolved and URIs as parameters, to the log and to files in the directory named by
 * the fourth argument. Then it prints every alirtc endpoint as Camel shows it ({@code toString},
 * {@code getEndpointUri}, the JMX {@code EndpointUri}) and the routes as the JMX {@code dumpRoutesAsXml} operation
 * gives them, prints {@code done} and stops.
 * The URI token is signed with the component app key for channel {@code secretRoom}, user {@code holder}.
 */
public final class SecretsMain {

    static final String URI_APP_KEY = "uri-app-key-Qv3x";
    static final String URI_SECRET_KEY = "uri-secret-key-Mw8p";

    private SecretsMain() {}

    public static void main(String[] args) throws Exception {
        String componentKey = args[1];
        String token = TokenGenerator.forValidity(
                "secret-app", componentKey, "secretRoom", "holder", Duration.ofHours(1), Clock.systemUTC());
        System.out.println("token length " + token.length());
        Properties initial = new Properties();
        initial.setProperty("camel.main.dumpRoutes", args[2]);
        initial.setProperty("camel.main.dumpRoutesResolvePlaceholders", "true");
        initial.setProperty("camel.main.dumpRoutesUriAsParameters", "true");
        initial.setProperty("camel.main.dumpRoutesOutput", args[3]);
        initial.setProperty("camel.main.jmxEnabled", "true");
        initial.setProperty("alirtc.secretKey", URI_SECRET_KEY);
        Main main = new Main();
        main.setInitialProperties(initial);
        if (!args[0].equals("-")) {
            main.setPropertyPlaceholderLocations("file:" + args[0]);
        }
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:secretRoom?mode=local&userId=holder&messageTypes=events&token=" + token)
                        .routeId("tokenInUri")
                        .to("log:events?level=DEBUG");
                from("timer:once?repeatCount=1")
                        .routeId("appKeyInUri")
                        .setBody(constant("hello"))
                        .to("alirtc:secretRoom?mode=local&userId=speaker&appId=secret-app&appKey=" + URI_APP_KEY
                                + "&dataChannel=true");
                from("direct:secretKeyInUri")
                        .routeId("secretKeyInUri")
                        .to("alirtc:secretRoom?mode=local&userId=writer&appId=secret-app"
                                + "&secretKey={{alirtc.secretKey}}");
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
        for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:type=context,*"), null)) {
            System.out.println("JMX dumpRoutesAsXml " + server.invoke(name, "dumpRoutesAsXml", null, null));
        }
    }
}
