package org.alirtc.cli;

/**
 * One option a command accepts.
 *
 * @param name       the option without its leading dashes, e.g. {@code channel} for {@code --channel}
 * @param valueName  how the usage names its value, e.g. {@code C}; null for a flag that takes no value
 * @param repeatable whether the option may be given more than once (each value is kept, in order)
 * @param help       one line for the usage text
 */
public record OptionSpec(String name, String valueName, boolean repeatable, String help) {

    public OptionSpec {
        if (name == null || name.isEmpty() || name.startsWith("-")) {
            throw new IllegalArgumentException("Option name '" + name + "' is invalid: give the name without dashes");
        }
    }

    /** An option with a value, given at most once. */
    public static OptionSpec value(String name, String valueName, String help) {
        return new OptionSpec(name, valueName, false, help);
    }

    /** An option with a value that may be given several times. */
    public static OptionSpec repeatable(String name, String valueName, String help) {
        return new OptionSpec(name, valueName, true, help);
    }

    /** An option without a value. */
    public static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, null, false, help);
    }

    public boolean takesValue() {
        return valueName != null;
    }

    /** The option as the usage shows it, e.g. {@code --channel C}. */
    public String synopsis() {
        return "--" + name + (takesValue() ? " " + valueName : "");
    }
}
