package org.alirtc.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code --name value}, {@code --name=value} and {@code --flag} options against a fixed list of
 * {@link OptionSpec}s; everything else is a positional argument, and a lone {@code --} makes every later argument
 * positional. Anything the specs do not allow is a {@link UsageException}.
 */
public final class CommandLineParser {

    private final Map<String, OptionSpec> specs = new LinkedHashMap<>();

    public CommandLineParser(List<OptionSpec> specs) {
        for (OptionSpec spec : specs) {
            if (this.specs.put(spec.name(), spec) != null) {
                throw new IllegalArgumentException("Option --" + spec.name() + " is declared twice: declare it once");
            }
        }
    }

    public ParsedArguments parse(String[] args) throws UsageException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (onlyPositionals || !arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            OptionSpec spec = specs.get(name);
            if (spec == null) {
                throw new UsageException("Unknown option --" + name + ": see the options listed below");
            }
            String value;
            if (!spec.takesValue()) {
                if (equals >= 0) {
                    throw new UsageException("--" + name + " takes no value: write just --" + name);
                }
                value = "";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !isOption(args[i + 1])) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value: write " + spec.synopsis());
            }
            List<String> values = options.computeIfAbsent(name, n -> new ArrayList<>());
            if (!values.isEmpty() && !spec.repeatable()) {
                throw new UsageException("--" + name + " is given more than once: give it once");
            }
            values.add(value);
        }
        return new ParsedArguments(options, positionals);
    }

    /** The option lines of a usage text, one per spec, aligned. */
    public String describeOptions() {
        int width = specs.values().stream()
                        .mapToInt(s -> s.synopsis().length())
                        .max()
                        .orElse(0)
                + 2;
        StringBuilder text = new StringBuilder();
        for (OptionSpec spec : specs.values()) {
            text.append("  ")
                    .append(String.format("%-" + width + "s", spec.synopsis()))
                    .append(spec.help())
                    .append(System.lineSeparator());
        }
        return text.toString();
    }

    // "--" followed by something is an option; a value such as "-5" or "-" is not.
    private static boolean isOption(String arg) {
        return arg.startsWith("--") && arg.length() > 2;
    }
}
