package org.alirtc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers of the design, checked on the sources: every reference to another org.alirtc package, in an import
 * or written out in full, must point down. The model and the media helpers know nothing above them; the protocol
 * codec knows the model; the local core knows the codec, never the client (the SDK finds it through a service
 * loader); the Camel surface knows the SDK, never the wire; and nothing below the Camel surface knows Camel.
 */
class LayeringTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "media", Set.of(),
            "sdk.model", Set.of("media"),
            "sdk.ipc", Set.of("sdk.model", "media"),
            "local", Set.of("sdk.ipc", "sdk.model", "media"),
            "sdk", Set.of("sdk.ipc", "sdk.model", "media"),
            "camel", Set.of("sdk", "sdk.model", "media"),
            "cli", Set.of("sdk", "sdk.model", "sdk.ipc", "local", "media"));

    private static final Pattern REFERENCE = Pattern.compile("org\\.alirtc\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");
    private static final Pattern CAMEL = Pattern.compile("org\\.apache\\.camel\\.");

    @Test
    void referencesPointDownOnly() throws IOException {
        Path root = Path.of("src/main/java/org/alirtc");
        List<String> violations = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            String layer = root.relativize(source.getParent()).toString().replace('/', '.');
            Set<String> allowed = ALLOWED.get(layer);
            assertTrue(allowed != null, "package org.alirtc." + layer + " is not in the layer map");
            String text = Files.readString(source);
            Matcher reference = REFERENCE.matcher(text);
            while (reference.find()) {
                String target = reference.group(1);
                if (!target.equals(layer) && !allowed.contains(target)) {
                    violations.add(source + " (" + layer + ") refers to org.alirtc." + target);
                }
            }
            if (!layer.equals("camel") && CAMEL.matcher(text).find()) {
                violations.add(source + " (" + layer + ") refers to Camel");
            }
        }
        assertTrue(sources.size() > 50, "found only " + sources.size() + " sources under " + root.toAbsolutePath());
        assertEquals(List.of(), violations);
    }
}
