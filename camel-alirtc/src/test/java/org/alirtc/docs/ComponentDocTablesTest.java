package org.alirtc.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fails when an option or header changed and the generated documentation tables were not rewritten. */
class ComponentDocTablesTest {

    @Test
    void documentationTablesMatchTheComponentJson() throws Exception {
        Path module = Path.of(".").toAbsolutePath().normalize();
        if (Boolean.getBoolean("alirtc.updateDocs")) {
            ComponentDocTables.main(new String[] {module.toString()});
        }
        Map<String, String> expected = ComponentDocTables.render(module);
        assertTrue(expected.get("alirtc-endpoint-query-options.adoc").contains("*userId*"));
        for (Map.Entry<String, String> table : expected.entrySet()) {
            Path file = module.resolve(ComponentDocTables.PARTIALS).resolve(table.getKey());
            assertTrue(Files.exists(file), file + " is missing: run the build with -Dalirtc.updateDocs=true");
            assertEquals(
                    table.getValue(),
                    Files.readString(file, StandardCharsets.UTF_8),
                    file + " is stale: run the build with -Dalirtc.updateDocs=true to regenerate it");
        }
    }
}
