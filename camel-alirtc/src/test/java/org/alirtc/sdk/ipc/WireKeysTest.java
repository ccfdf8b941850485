package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every wire key is spelt once in the main sources, in {@link WireKeys}: the client and the local core share one
 * codec, so a key written out anywhere else is a second spelling that could drift from the vendor's.
 */
class WireKeysTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** The packages that speak the protocol: there, every literal equal to a key is a second spelling of it. */
    private static final List<String> WIRE_PACKAGES = List.of("org/alirtc/sdk/", "org/alirtc/local/");
    /** Packages of values, media and user-facing surfaces, where plain words such as "data" or "width" name fields. */
    private static final List<String> VALUE_PACKAGES = List.of("org/alirtc/sdk/model/");
    /**
     * Literals that equal a wire key but are not one where they stand, each with the file that uses it. Everywhere
     * else a key literal counts when the code speaks the protocol, and in every package when the key is one no
     * field or option could be named by accident (it has an underscore, as the {@code user_specified_*} flags do).
     */
    private static final Map<String, Set<String>> NOT_WIRE = Map.of(
            // argument names in the engine's exception messages
            "org/alirtc/sdk/CoreServiceEngine.java",
            Set.of(
                    "authInfo",
                    "channelId",
                    "config",
                    "delay",
                    "delayInfo",
                    "delayMs",
                    "info",
                    "jsonParameter",
                    "message",
                    "quality",
                    "renderMode",
                    "repeatCount",
                    "role",
                    "scene",
                    "source",
                    "token",
                    "track",
                    "type",
                    "uid",
                    "userId",
                    "userParam",
                    "voipConfig",
                    "volume"));

    @Test
    void eachKeyIsDefinedOnce() throws IllegalAccessException {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String key : keys()) {
            if (!seen.add(key)) {
                duplicates.add(key);
            }
        }
        assertEquals(List.of(), duplicates);
        assertTrue(seen.size() > 200, "WireKeys holds only " + seen.size() + " keys");
    }

    @Test
    void noKeyIsWrittenOutsideWireKeys() throws IOException, IllegalAccessException {
        Set<String> keys = new HashSet<>(keys());
        Set<String> violations = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            String name = MAIN.relativize(source).toString();
            if (name.endsWith("sdk/ipc/WireKeys.java")) {
                continue;
            }
            Set<String> allowed = NOT_WIRE.getOrDefault(name, Set.of());
            boolean speaksProtocol = WIRE_PACKAGES.stream().anyMatch(name::startsWith)
                    && VALUE_PACKAGES.stream().noneMatch(name::startsWith);
            for (String text : stringLiterals(Files.readString(source))) {
                boolean counts = speaksProtocol || text.contains("_");
                if (counts && keys.contains(text) && !allowed.contains(text)) {
                    violations.add(name + ": \"" + text + "\"");
                }
            }
        }
        assertEquals(Set.of(), violations, "wire keys written outside WireKeys: use its constants");
    }

    /** The string literals of a Java source, outside comments (javadoc may quote keys), without their escapes. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'', null);
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i = skipQuoted(source, i, '"', text);
                literals.add(text.toString());
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int skipQuoted(String source, int start, char quote, StringBuilder text) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                i++;
                c = source.charAt(i);
            }
            if (text != null) {
                text.append(c);
            }
            i++;
        }
        return i + 1;
    }

    @Test
    void literalsInCommentsDoNotCount() {
        assertEquals(
                List.of("uid", "a\"b"),
                stringLiterals("/** {@code \"channel\"} */ x(\"uid\"); // \"userid\"\nchar q = '\"'; y(\"a\\\"b\");"));
    }

    private static List<String> keys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : WireKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }
}
