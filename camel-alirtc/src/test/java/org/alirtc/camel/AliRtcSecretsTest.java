package org.alirtc.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.testing.ChildJvm;
import org.alirtc.testing.ChildJvms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No app key and no token in what Camel Main prints: its startup summary, the route dumps (XML and YAML, to the log
 * and to files, placeholders resolved, URIs as parameters), the endpoint URIs as {@code toString},
 * {@code getEndpointUri} and JMX show them, and the logs, with the secrets typed literally into URIs, given there as
 * placeholders, as component properties and through the environment.
 */
class AliRtcSecretsTest {

    private static final String PROPERTY_KEY = "property-app-key-7Hk2";
    private static final String ENV_KEY = "env-app-key-9Tz4";

    @TempDir
    Path dir;

    @RegisterExtension
    final ChildJvms children = new ChildJvms();

    @Test
    void componentPropertyAndUriSecretsAreMaskedInTheXmlDump() throws Exception {
        Path properties = dir.resolve("application.properties");
        Files.writeString(properties, "camel.component.alirtc.appKey = " + PROPERTY_KEY + "\n");
        ChildJvm app = start(Map.of(), properties.toString(), PROPERTY_KEY, "xml");

        String output = app.output();
        assertTrue(output.contains("camel.component.alirtc.appKey = xxxxxx"), output);
        assertTrue(output.contains("JMX EndpointUri alirtc://secretRoom"), output);
        String jmxDump = output.substring(output.indexOf("JMX dumpRoutesAsXml"), output.indexOf("done"));
        assertTrue(jmxDump.contains("tokenInUri") && jmxDump.contains("token=xxxxxx"), output);
        assertTrue(output.contains("component key applied true"), output);
        assertNoSecret(output, PROPERTY_KEY);
        String dump = dumpedFiles(".xml");
        for (String text : List.of(output, dump)) {
            assertTrue(text.contains("<route id=\"tokenInUri\""), text);
            assertTrue(text.contains("&amp;token=xxxxxx"), text);
            assertTrue(text.contains("&amp;appKey=xxxxxx&amp;dataChannel=true"), text);
            assertTrue(text.contains("&amp;secretKey=xxxxxx"), text);
        }
        assertNoSecret(dump, PROPERTY_KEY);
    }

    @Test
    void uriSecretsAreMaskedInTheYamlDumpWithUrisAsParameters() throws Exception {
        ChildJvm app = start(Map.of("CAMEL_COMPONENT_ALIRTC_APP_KEY", ENV_KEY), "-", ENV_KEY, "yaml");

        String output = app.output();
        String dump = dumpedFiles(".yaml");
        for (String text : List.of(output, dump)) {
            assertTrue(text.contains("id: tokenInUri"), text);
            assertTrue(text.contains("token: xxxxxx"), text);
            assertTrue(text.contains("appKey: xxxxxx"), text);
            assertTrue(text.contains("secretKey: xxxxxx"), text);
            assertTrue(text.contains("userId: writer"), text);
        }
        assertNoSecret(output, ENV_KEY);
        assertNoSecret(dump, ENV_KEY);
    }

    @Test
    void secretsFromTheEnvironmentAreMaskedAndUsed() throws Exception {
        ChildJvm app = start(Map.of("CAMEL_COMPONENT_ALIRTC_APP_KEY", ENV_KEY), "-", ENV_KEY, "xml");

        String output = app.output();
        assertTrue(output.contains("component key applied true"), output);
        assertNoSecret(output, ENV_KEY);
    }

    @Test
    void everyFormOfASecretInADumpIsMaskedAndPlaceholdersStay() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getCamelContextExtension().setAdditionalSensitiveKeywords("appkey");
            String dump = String.join(
                    "\n",
                    "<to uri=\"alirtc:r?appKey=k1&amp;token=RAW(t&amp;1)&amp;userId=u\"/>",
                    "<property key=\"secretKey\" value=\"k2\"/>",
                    "<bean name=\"x\" password=\"k3\"/>",
                    "    uri: alirtc:r?token={{alirtc.token}}&appKey=k4",
                    "      token: \"k5\"",
                    "      appKey: k6#7",
                    "      userId: bob");

            String masked = RouteDumpSecrets.mask(context, dump);

            assertEquals(
                    String.join(
                            "\n",
                            "<to uri=\"alirtc:r?appKey=xxxxxx&amp;token=xxxxxx&amp;userId=u\"/>",
                            "<property key=\"secretKey\" value=\"xxxxxx\"/>",
                            "<bean name=\"x\" password=\"xxxxxx\"/>",
                            "    uri: alirtc:r?token={{alirtc.token}}&appKey=xxxxxx",
                            "      token: \"xxxxxx\"",
                            "      appKey: xxxxxx",
                            "      userId: bob"),
                    masked);
        }
    }

    private ChildJvm start(Map<String, String> environment, String properties, String componentKey, String format)
            throws Exception {
        ChildJvm child = ChildJvm.start(
                null,
                environment,
                "info",
                SecretsMain.class,
                properties,
                componentKey,
                format,
                dir.resolve("dump").toString());
        children.add(child);
        child.awaitLine("done");
        assertEquals(0, child.exitCode(), child.output());
        return child;
    }

    /** The route dump files Camel Main wrote, one after the other; fails when there are none. */
    private String dumpedFiles(String extension) throws Exception {
        StringBuilder dump = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("dump"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                dump.append(Files.readString(file));
            }
        }
        assertFalse(dump.isEmpty(), "no " + extension + " dump file in " + dir.resolve("dump"));
        return dump.toString();
    }

    private static void assertNoSecret(String output, String componentKey) {
        assertFalse(output.contains(componentKey), "component app key printed: " + output);
        assertFalse(output.contains(SecretsMain.URI_APP_KEY), "URI app key printed: " + output);
        assertFalse(output.contains(SecretsMain.URI_SECRET_KEY), "URI secret key printed: " + output);
        String tokenStart = "eyJ"; // every ARTC token is base64 of a JSON object
        assertFalse(output.contains(tokenStart), "token printed: " + output);
    }
}
