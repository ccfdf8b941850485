package org.alirtc.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Renders the option and header tables of the component page from the component JSON that
 * camel-component-maven-plugin generates, so the documentation never drifts from the code.
 * Run {@code main} (or the test with {@code -Dalirtc.updateDocs=true}) to rewrite the partials.
 */
public final class ComponentDocTables {

    static final String JSON = "src/generated/resources/META-INF/org/alirtc/camel/alirtc.json";
    static final String PARTIALS = "../src-docs/modules/ROOT/partials";

    private ComponentDocTables() {}

    public static void main(String[] args) throws IOException {
        Path module = Path.of(args.length > 0 ? args[0] : ".");
        for (Map.Entry<String, String> table : render(module).entrySet()) {
            Path target = module.resolve(PARTIALS).resolve(table.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, table.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** File name to AsciiDoc content, for every generated partial. */
    static Map<String, String> render(Path module) throws IOException {
        JsonNode root = new ObjectMapper().readTree(module.resolve(JSON).toFile());
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put(
                "alirtc-component-options.adoc",
                optionTable(
                        "The component supports %d options, listed below.",
                        entries(root.path("componentProperties"), null)));
        tables.put(
                "alirtc-endpoint-path-options.adoc",
                optionTable("The endpoint has %d path parameter.", entries(root.path("properties"), "path")));
        tables.put(
                "alirtc-endpoint-query-options.adoc",
                optionTable(
                        "The endpoint supports %d query parameters, listed below.",
                        entries(root.path("properties"), "parameter")));
        tables.put("alirtc-headers.adoc", headerTable(entries(root.path("headers"), null)));
        return tables;
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode object, String kind) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (kind == null || kind.equals(field.getValue().path("kind").asText())) {
                list.add(field);
            }
        }
        return list;
    }

    private static String optionTable(String intro, List<Map.Entry<String, JsonNode>> options) {
        StringBuilder out = new StringBuilder();
        out.append("// Generated from the component JSON by org.alirtc.docs.ComponentDocTables: do not edit.\n");
        out.append(String.format(intro, options.size())).append("\n\n");
        out.append(
                "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> option : options) {
            JsonNode o = option.getValue();
            out.append("| *")
                    .append(option.getKey())
                    .append("* (")
                    .append(o.path("group").asText())
                    .append(")\n");
            out.append("| ").append(cell(description(o))).append("\n");
            out.append("| ")
                    .append(o.has("defaultValue") ? cell(o.get("defaultValue").asText()) : "")
                    .append("\n");
            out.append("| ").append(cell(o.path("type").asText())).append("\n");
        }
        return out.append("|===\n").toString();
    }

    private static String headerTable(List<Map.Entry<String, JsonNode>> headers) {
        StringBuilder out = new StringBuilder();
        out.append("// Generated from the component JSON by org.alirtc.docs.ComponentDocTables: do not edit.\n");
        out.append("The component uses ").append(headers.size()).append(" message headers, listed below.\n\n");
        out.append(
                "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> header : headers) {
            JsonNode h = header.getValue();
            out.append("| *")
                    .append(header.getKey())
                    .append("* (")
                    .append(h.path("label").asText("common"))
                    .append(")\n");
            out.append("| ").append(cell(h.path("description").asText()));
            if (h.has("constantName")) {
                out.append("\n\n_Constant:_ `")
                        .append(h.get("constantName").asText())
                        .append('`');
            }
            out.append("\n| ")
                    .append(h.has("defaultValue") ? cell(h.get("defaultValue").asText()) : "")
                    .append("\n");
            out.append("| ").append(cell(h.path("javaType").asText())).append("\n");
        }
        return out.append("|===\n").toString();
    }

    private static String description(JsonNode option) {
        StringBuilder text = new StringBuilder(option.path("description").asText());
        if (option.path("required").asBoolean()) {
            text.append(" Required.");
        }
        if (option.path("secret").asBoolean()) {
            text.append(" Secret: masked in logs.");
        }
        JsonNode values = option.path("enum");
        if (values.isArray() && !values.isEmpty()) {
            List<String> names = new ArrayList<>();
            values.forEach(v -> names.add(v.asText()));
            text.append("\n\nValues: ").append(String.join(", ", names));
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
