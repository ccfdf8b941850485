package org.alirtc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A secret (the join token or the app key) given on the command line, in a file or in the environment. Arguments
 * are visible to every local user through {@code ps}, so the file and the environment variable are the ways to
 * use in shared hosts. Messages name where a secret came from, never the secret.
 *
 * @param option     the option that takes the secret itself, e.g. {@code token}
 * @param fileOption the option that names a file holding it, e.g. {@code token-file}
 * @param variable   the environment variable holding it, e.g. {@code ALIRTC_TOKEN}
 */
record SecretArgument(String option, String fileOption, String variable) {

    static final SecretArgument TOKEN = new SecretArgument("token", "token-file", "ALIRTC_TOKEN");
    static final SecretArgument APP_KEY = new SecretArgument("app-key", "app-key-file", "ALIRTC_APP_KEY");

    /** Whether the command line gives this secret, as a value or as a file. */
    boolean onCommandLine(ParsedArguments args) {
        return args.has(option) || args.has(fileOption);
    }

    /**
     * The secret from {@code --option}, from {@code --file-option} (its content without the trailing line break),
     * or, when {@code fromEnvironment} and neither is given, from the environment; null when there is none.
     *
     * @throws UsageException when both options are given, or the file cannot be read or is empty
     */
    String resolve(ParsedArguments args, Map<String, String> environment, boolean fromEnvironment)
            throws UsageException {
        if (args.has(option) && args.has(fileOption)) {
            throw new UsageException("--" + option + " and --" + fileOption + " both give the " + option
                    + ": give one of them (--" + fileOption + " or " + variable + " keep it out of ps)");
        }
        if (args.has(option)) {
            return args.value(option);
        }
        if (args.has(fileOption)) {
            return readFile(Path.of(args.value(fileOption)));
        }
        String value = fromEnvironment ? environment.get(variable) : null;
        if (value != null && value.isBlank()) {
            throw new UsageException(variable + " is set but empty: give the " + option + " or unset it");
        }
        return value == null ? null : value.strip();
    }

    private String readFile(Path file) throws UsageException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("--" + fileOption + " " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + "): give a readable file that holds the " + option);
        }
        text = text.strip();
        if (text.isEmpty()) {
            throw new UsageException("--" + fileOption + " " + file + " is empty: put the " + option + " in it");
        }
        return text;
    }
}
