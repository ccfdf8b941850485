package org.alirtc.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.testing.ChildJvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No app key and no token in what Camel Main prints: its startup summary, the route dump, the endpoint URIs as
 * {@code toString}, {@code getEndpointUri} and JMX show them, and the logs, with the secrets given in URIs, as
 * component properties and through the environment.
 */
class AliRtcSecretsTest {

    private static final String PROPERTY_KEY = "property-app-key-7Hk2";
    private static final String ENV_KEY = "env-app-key-9Tz4";

    @TempDir
    Path dir;

    private final List<ChildJvm> children = new ArrayList<>();

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (ChildJvm child : children) {
            child.kill();
        }
    }

    @Test
    void componentPropertyAndUriSecretsAreMasked() throws Exception {
        Path properties = dir.resolve("application.properties");
        Files.writeString(properties, "camel.component.alirtc.appKey = " + PROPERTY_KEY + "\n");
        ChildJvm app = start(Map.of(), properties.toString(), PROPERTY_KEY);

        String output = app.output();
        assertTrue(output.contains("camel.component.alirtc.appKey = xxxxxx"), output);
        assertTrue(output.contains("JMX EndpointUri alirtc://secretRoom"), output);
        assertTrue(output.contains("<route id=\"tokenInUri\""), output);
        assertTrue(output.contains("component key applied true"), output);
        assertNoSecret(output, PROPERTY_KEY);
    }

    @Test
    void secretsFromTheEnvironmentAreMaskedAndUsed() throws Exception {
        ChildJvm app = start(Map.of("CAMEL_COMPONENT_ALIRTC_APP_KEY", ENV_KEY), "-", ENV_KEY);

        String output = app.output();
        assertTrue(output.contains("component key applied true"), output);
        assertNoSecret(output, ENV_KEY);
    }

    private ChildJvm start(Map<String, String> environment, String... args) throws Exception {
        ChildJvm child = ChildJvm.start(null, environment, "info", SecretsMain.class, args);
        children.add(child);
        child.awaitLine("done");
        assertEquals(0, child.exitCode(), child.output());
        return child;
    }

    private static void assertNoSecret(String output, String componentKey) {
        assertFalse(output.contains(componentKey), "component app key printed: " + output);
        assertFalse(output.contains(SecretsMain.URI_APP_KEY), "URI app key printed: " + output);
        String tokenStart = "eyJ"; // every ARTC token is base64 of a JSON object
        assertFalse(output.contains(tokenStart), "token printed: " + output);
    }
}
