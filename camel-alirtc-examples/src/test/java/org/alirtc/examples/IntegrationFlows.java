package org.alirtc.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The routes of a Camel K Integration ({@code spec.flows}), written out as a YAML DSL routes file so Camel Main can
 * run exactly what the operator would: Camel 4's YAML loader reads Pipes but not Integrations.
 */
final class IntegrationFlows {

    private IntegrationFlows() {}

    /** Writes the flows of {@code integration} to {@code routesFile} and returns it. */
    static Path extract(Path integration, Path routesFile) throws IOException {
        Map<?, ?> document =
                (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(integration));
        if (!"Integration".equals(document.get("kind"))) {
            throw new IllegalArgumentException(integration + " is not a Camel K Integration");
        }
        List<?> flows = (List<?>) ((Map<?, ?>) document.get("spec")).get("flows");
        Files.writeString(routesFile, new Dump(DumpSettings.builder().build()).dumpToString(flows));
        return routesFile;
    }
}
