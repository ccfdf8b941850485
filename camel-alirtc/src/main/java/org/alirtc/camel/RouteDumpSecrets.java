package org.alirtc.camel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.spi.ModelToXMLDumper;
import org.apache.camel.spi.ModelToYAMLDumper;
import org.apache.camel.util.SensitiveUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Masks secret option values in every route dump of a context. Camel dumps the route model as written, so a key or
 * token typed into a URI (or resolved from a placeholder) would be printed; URI sanitizing does not apply there.
 * Every dump (Camel Main's {@code dumpRoutes} to the log or to files, JMX {@code dumpRoutesAsXml})
 * goes through the context's XML and YAML dumpers, so the component wraps those two: what they return has the
 * values of secret options replaced by {@value #MASK}, in URI query form ({@code token=...}), in YAML parameter
 * form ({@code token: ...}) and in XML attribute form ({@code key="token" value="..."}). A value that is only a
 * property placeholder ({@code {{alirtc.token}}}) is kept, since it names the secret without showing it.
 */
final class RouteDumpSecrets {

    static final String MASK = "xxxxxx";

    private static final Logger LOG = LoggerFactory.getLogger(RouteDumpSecrets.class);

    /**
     * Each form a secret value takes in a dump, with the groups prefix (kept), name and value (masked): URI query
     * parameters ({@code ?name=value}, {@code &name=value}, {@code &amp;name=value}, a value ending where the URI
     * does), YAML parameters ({@code name: value}, the value optionally quoted) and XML ({@code key="name"
     * value="value"} as bean properties are written, and {@code name="value"} attributes).
     */
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("(?<=[?&;])(([\\w.-]+)=)(RAW\\([^)]*\\)|RAW\\{[^}]*\\}|[^&\"'<>\\s]*)"),
            Pattern.compile(
                    "(?m)(^[ \\t]*(?:-[ \\t]+)?([\\w.-]+):[ \\t]+)(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s#][^\\n]*?)(?=[ \\t]*$)"),
            Pattern.compile("((?:key|name)=\"([\\w.-]+)\"\\s+value=)(\"[^\"]*\")"),
            Pattern.compile("(?<=\\s)(([\\w.-]+)=)(\"[^\"]*\")"));

    private final List<String> extraKeywords;

    private RouteDumpSecrets(List<String> extraKeywords) {
        this.extraKeywords = extraKeywords;
    }

    /**
     * Wraps the context's XML and YAML dumpers, once. A dumper that is not on the class path (camel-xml-io,
     * camel-yaml-io) is left out: nothing can dump in that format.
     */
    static void install(CamelContext context) {
        ExtendedCamelContext extension = context.getCamelContextExtension();
        ModelToXMLDumper xml = plugin(extension, ModelToXMLDumper.class);
        if (xml != null && !(xml instanceof MaskingXmlDumper)) {
            extension.addContextPlugin(ModelToXMLDumper.class, new MaskingXmlDumper(xml));
        }
        ModelToYAMLDumper yaml = plugin(extension, ModelToYAMLDumper.class);
        if (yaml != null && !(yaml instanceof MaskingYamlDumper)) {
            extension.addContextPlugin(ModelToYAMLDumper.class, new MaskingYamlDumper(yaml));
        }
    }

    private static <T> T plugin(ExtendedCamelContext extension, Class<T> type) {
        try {
            return extension.getContextPlugin(type);
        } catch (RuntimeException absent) {
            LOG.debug("No {} to mask secrets in: {}", type.getSimpleName(), absent.getMessage());
            return null;
        }
    }

    /** {@code dump} with the values of secret options masked, by Camel's list of secret names and the context's. */
    static String mask(CamelContext context, String dump) {
        if (dump == null) {
            return null;
        }
        String extra = context.getCamelContextExtension().getAdditionalSensitiveKeywords();
        List<String> keywords = extra == null || extra.isBlank()
                ? List.of()
                : List.of(extra.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        return new RouteDumpSecrets(keywords).mask(dump);
    }

    private String mask(String dump) {
        String masked = dump;
        for (Pattern form : FORMS) {
            Matcher matcher = form.matcher(masked);
            StringBuilder out = new StringBuilder(masked.length());
            while (matcher.find()) {
                String replacement =
                        isSecret(matcher.group(2)) ? matcher.group(1) + masked(matcher.group(3)) : matcher.group();
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            masked = out.toString();
        }
        return masked;
    }

    private boolean isSecret(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace("-", "");
        return SensitiveUtils.containsSensitive(key) || extraKeywords.contains(key);
    }

    /** The masked value, in the same quotes; an empty value and a bare placeholder stay. */
    private static String masked(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"));
        String bare = quoted ? value.substring(1, value.length() - 1) : value;
        if (bare.isEmpty() || (bare.startsWith("{{") && bare.endsWith("}}"))) {
            return value;
        }
        return quoted ? value.charAt(0) + MASK + value.charAt(0) : MASK;
    }

    /** The context's XML dumper, with secrets masked in all it returns. */
    private static final class MaskingXmlDumper implements ModelToXMLDumper {

        private final ModelToXMLDumper dumper;

        MaskingXmlDumper(ModelToXMLDumper dumper) {
            this.dumper = dumper;
        }

        @Override
        public String dumpModelAsXml(CamelContext context, NamedNode definition) throws Exception {
            return mask(context, dumper.dumpModelAsXml(context, definition));
        }

        @Override
        public String dumpModelAsXml(
                CamelContext context,
                NamedNode definition,
                boolean resolvePlaceholders,
                boolean generatedIds,
                boolean sourceLocation)
                throws Exception {
            return mask(
                    context,
                    dumper.dumpModelAsXml(context, definition, resolvePlaceholders, generatedIds, sourceLocation));
        }

        @Override
        public String dumpBeansAsXml(CamelContext context, List<Object> beans) throws Exception {
            return mask(context, dumper.dumpBeansAsXml(context, beans));
        }

        @Override
        public String dumpDataFormatsAsXml(CamelContext context, Map<String, Object> dataFormats) throws Exception {
            return mask(context, dumper.dumpDataFormatsAsXml(context, dataFormats));
        }
    }

    /** The context's YAML dumper, with secrets masked in all it returns. */
    private static final class MaskingYamlDumper implements ModelToYAMLDumper {

        private final ModelToYAMLDumper dumper;

        MaskingYamlDumper(ModelToYAMLDumper dumper) {
            this.dumper = dumper;
        }

        @Override
        public String dumpModelAsYaml(CamelContext context, NamedNode definition) throws Exception {
            return mask(context, dumper.dumpModelAsYaml(context, definition));
        }

        @Override
        public String dumpModelAsYaml(
                CamelContext context,
                NamedNode definition,
                boolean resolvePlaceholders,
                boolean uriAsParameters,
                boolean generatedIds,
                boolean sourceLocation)
                throws Exception {
            return mask(
                    context,
                    dumper.dumpModelAsYaml(
                            context, definition, resolvePlaceholders, uriAsParameters, generatedIds, sourceLocation));
        }

        @Override
        public String dumpBeansAsYaml(CamelContext context, List<Object> beans) throws Exception {
            return mask(context, dumper.dumpBeansAsYaml(context, beans));
        }

        @Override
        public String dumpDataFormatsAsYaml(CamelContext context, Map<String, Object> dataFormats) throws Exception {
            return mask(context, dumper.dumpDataFormatsAsYaml(context, dataFormats));
        }
    }
}
