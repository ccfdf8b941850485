package org.alirtc.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The {@code alirtc-cli} command-line tool, what operators use to try and debug ARTC channels:
 * <ul>
 *   <li>{@code join}: join a channel, publish a tone, a WAV file, data channel or SEI messages, print every callback,
 *       record what arrives, leave after some seconds;</li>
 *   <li>{@code local-core}: run the local core service as a stand-alone process (a drop-in for the vendor's
 *       {@code AliRtcCoreService}) or as a hub that shares rooms between processes.</li>
 * </ul>
 * Run {@code java -jar alirtc-cli.jar <command> --help} for the options of a command.
 */
public final class AliRtcCli {

    /** The command did what it was asked. */
    public static final int EXIT_OK = 0;
    /** The command ran and failed; the reason is the last line on stderr. */
    public static final int EXIT_FAILURE = 1;
    /** The command line was wrong; the problem and the usage are on stderr. */
    public static final int EXIT_USAGE = 2;

    private static final long SHUTDOWN_WAIT_SECONDS = 15;
    private static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    private AliRtcCli() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("join") && System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            // join prints what matters as events; the SDK's own log lines would only interleave with them.
            System.setProperty(LOG_LEVEL_PROPERTY, "warn");
        }
        CompletableFuture<Void> stopRequest = new CompletableFuture<>();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C ends the stay in the channel but still leaves and releases, so no user lingers in the room.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopRequest.complete(null);
                            try {
                                finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "alirtc-cli-shutdown"));
        int code;
        try {
            code = run(args, System.out, System.err, stopRequest);
        } finally {
            finished.countDown();
        }
        System.exit(code);
    }

    /**
     * Runs one command line and returns the exit code ({@link #EXIT_OK}, {@link #EXIT_FAILURE} or
     * {@link #EXIT_USAGE}). {@code join} and every {@code --help} return; {@code local-core} serves until done and
     * then ends the JVM itself, as the vendor core service's process does.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, new CompletableFuture<>());
    }

    static int run(String[] args, PrintStream out, PrintStream err, CompletableFuture<Void> stopRequest) {
        if (args.length == 0) {
            return usageError("No command given: use join or local-core", usage(), err);
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (command) {
            case "join" -> join(rest, out, err, stopRequest);
            case "local-core" -> LocalCoreCommand.run(rest, out, stopRequest);
            case "--help", "-h", "help" -> {
                out.print(usage());
                yield EXIT_OK;
            }
            default -> usageError("Unknown command '" + command + "': use join or local-core", usage(), err);
        };
    }

    static String usage() {
        String nl = System.lineSeparator();
        return "Usage: java -jar alirtc-cli.jar <command> [options]" + nl
                + "Commands:" + nl
                + "  join        join a channel, send and print what happens, record what arrives, then leave" + nl
                + "  local-core  run the local core service (<port>) or a hub for cross-process rooms (--hub <port>)"
                + nl
                + "Run a command with --help for its options." + nl;
    }

    static int usageError(String message, String usage, PrintStream err) {
        err.println("error: " + message);
        err.println();
        err.print(usage);
        return EXIT_USAGE;
    }

    private static int join(String[] args, PrintStream out, PrintStream err, CompletableFuture<Void> stopRequest) {
        JoinOptions options;
        try {
            ParsedArguments parsed = new CommandLineParser(JoinOptions.specs()).parse(args);
            if (parsed.has("help")) {
                out.print(JoinCommand.usage());
                return EXIT_OK;
            }
            options = JoinOptions.from(parsed);
        } catch (UsageException e) {
            return usageError(e.getMessage(), JoinCommand.usage(), err);
        }
        return new JoinCommand(options, out, err, Clock.systemUTC(), stopRequest).run();
    }
}
