package org.alirtc.cli;

import java.util.List;
import java.util.Map;

/**
 * The options and positional arguments of one command line, as {@link CommandLineParser} read them. Typed
 * accessors turn values into numbers and report malformed ones as {@link UsageException}s naming the option.
 */
public final class ParsedArguments {

    private final Map<String, List<String>> options;
    private final List<String> positionals;

    ParsedArguments(Map<String, List<String>> options, List<String> positionals) {
        this.options = Map.copyOf(options);
        this.positionals = List.copyOf(positionals);
    }

    /** Whether the option (name without dashes) was given. */
    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The value of a single-valued option, or null when it was not given. */
    public String value(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(0);
    }

    /** Every value of a repeatable option in the order given; empty when it was not given. */
    public List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    /** Arguments that are not options, in order. */
    public List<String> positionals() {
        return positionals;
    }

    /** The value of a required option. */
    public String required(String name) throws UsageException {
        String value = value(name);
        if (value == null) {
            throw new UsageException("Missing --" + name + ": it is required");
        }
        return value;
    }

    /** The option as a whole number within {@code min..max}, or {@code fallback} when it was not given. */
    public int intValue(String name, int fallback, int min, int max) throws UsageException {
        String value = value(name);
        if (value == null) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(
                    "--" + name + " '" + value + "' is not a whole number: give a number from " + min + " to " + max);
        }
        if (parsed < min || parsed > max) {
            throw new UsageException(
                    "--" + name + " " + parsed + " is out of range: give a number from " + min + " to " + max);
        }
        return parsed;
    }

    /** The option as a decimal number within {@code min..max}, or {@code fallback} when it was not given. */
    public double doubleValue(String name, double fallback, double min, double max) throws UsageException {
        String value = value(name);
        if (value == null) {
            return fallback;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(
                    "--" + name + " '" + value + "' is not a number: give a number from " + min + " to " + max);
        }
        if (!(parsed >= min && parsed <= max)) {
            throw new UsageException(
                    "--" + name + " " + value + " is out of range: give a number from " + min + " to " + max);
        }
        return parsed;
    }
}
