package org.alirtc.cli;

/**
 * The command line cannot be run as given: an unknown option, a missing or malformed value, or a combination that
 * makes no sense. The message says what is wrong and how to fix it; the tool prints it with the usage and exits
 * with {@link AliRtcCli#EXIT_USAGE}.
 */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
