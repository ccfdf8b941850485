package org.alirtc.camel;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "(session)" marker in an option's description is what users read to know whether endpoints sharing a session
 * must agree on it; {@link SessionOption} is what the code does. This fails wherever the two disagree: in the
 * {@code @UriParam} descriptions, in the generated component JSON and on the component page.
 */
class SessionOptionDocsTest {

    private static final String MARKER = "(session)";
    private static final Path JSON = Path.of("src/generated/resources/META-INF/org/alirtc/camel/alirtc.json");
    private static final Path PARTIALS = Path.of("../src-docs/modules/ROOT/partials");

    private final Set<String> sessionOptions = SessionOptionField.all().stream()
            .map(SessionOptionField::name)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void theTableHoldsEveryAnnotatedFieldWithItsSecrecy() {
        List<String> annotated = new ArrayList<>();
        for (Field field : AliRtcConfiguration.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(SessionOption.class)) {
                annotated.add(field.getName());
            }
        }
        assertEquals(
                annotated,
                SessionOptionField.all().stream().map(SessionOptionField::name).toList());
        assertEquals(
                Set.of("appKey", "token"),
                SessionOptionField.all().stream()
                        .filter(SessionOptionField::secret)
                        .map(SessionOptionField::name)
                        .collect(Collectors.toSet()));
    }

    @Test
    void descriptionsMarkExactlyTheSessionOptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Field field : AliRtcConfiguration.class.getDeclaredFields()) {
            UriParam param = field.getAnnotation(UriParam.class);
            if (param != null) {
                descriptions.put(field.getName(), param.description());
            }
        }
        assertMarked(descriptions, "@UriParam descriptions of AliRtcConfiguration");
    }

    @Test
    void theGeneratedComponentJsonMarksExactlyTheSessionOptions() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JSON.toFile());
        assertMarked(descriptions(root.path("componentProperties")), JSON + " componentProperties");
        assertMarked(descriptions(root.path("properties")), JSON + " properties");
    }

    @Test
    void theComponentPageMarksExactlyTheSessionOptions() throws Exception {
        for (String table : List.of("alirtc-component-options.adoc", "alirtc-endpoint-query-options.adoc")) {
            Path file = PARTIALS.resolve(table);
            assertMarked(tableDescriptions(Files.readAllLines(file, StandardCharsets.UTF_8)), file.toString());
        }
    }

    /** Every session option must appear in {@code descriptions}, and exactly those carry the marker. */
    private void assertMarked(Map<String, String> descriptions, String where) {
        Set<String> marked = descriptions.entrySet().stream()
                .filter(e -> e.getValue().contains(MARKER))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(descriptions.keySet().containsAll(sessionOptions), where + " lacks session options");
        assertEquals(
                sessionOptions,
                marked,
                where + ": an option's description must say " + MARKER
                        + " exactly when its field is annotated @SessionOption");
    }

    private static Map<String, String> descriptions(JsonNode options) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = options.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> option = fields.next();
            if (AliRtcConfiguration.class
                    .getName()
                    .equals(option.getValue().path("configurationClass").asText())) {
                descriptions.put(
                        option.getKey(), option.getValue().path("description").asText());
            }
        }
        return descriptions;
    }

    /** Name to description cell of a generated option table: rows start with "| *name* (group)". */
    private static Map<String, String> tableDescriptions(List<String> lines) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            if (line.startsWith("| *")) {
                descriptions.put(line.substring(3, line.indexOf('*', 3)), lines.get(i + 1));
            }
        }
        return descriptions;
    }
}
