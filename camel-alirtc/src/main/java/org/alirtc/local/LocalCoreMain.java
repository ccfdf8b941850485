package org.alirtc.local;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Command line of the local core service, the same as the vendor's {@code AliRtcCoreService}:
 * <pre>
 *   LocalCoreMain &lt;port&gt;         bind the port (0 = any), print "Bind port: N", serve one client, exit 0
 *   LocalCoreMain --hub &lt;port&gt;   run a hub for cross-process rooms until killed; prints "Hub port: N"
 * </pre>
 * The environment variables {@value LocalCoreOptions#HUB_VARIABLE} and {@value LocalCoreOptions#APP_KEYS_VARIABLE}
 * configure the hub to use and the app keys to check tokens against. A core also ends when the process that
 * started it dies, so a killed client never leaves an orphaned core behind. Usage errors exit with 2, a port
 * that cannot be bound with 1.
 */
public final class LocalCoreMain {

    private static final int EXIT_FAILURE = 1;
    private static final int EXIT_USAGE = 2;
    private static final String USAGE = "Usage: alirtc-local-core <port>        serve one engine (0 = any free port)\n"
            + "       alirtc-local-core --hub <port>  run a hub that shares rooms between processes";

    private LocalCoreMain() {}

    public static void main(String[] args) {
        System.exit(run(args, new CompletableFuture<>()));
    }

    /**
     * Runs the core or the hub until it is done, or until {@code stopRequest} completes (on SIGTERM, say), and
     * returns the exit code (0 done, 1 cannot bind, 2 usage). A stop request ends the connections and returns
     * within about two seconds.
     */
    public static int run(String[] args, CompletableFuture<Void> stopRequest) {
        boolean hub = args.length == 2 && "--hub".equals(args[0]);
        if (!(hub || args.length == 1)) {
            return usage("expected a port or --hub <port>");
        }
        String portText = args[args.length - 1];
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            return usage("'" + portText + "' is not a port number");
        }
        LocalCoreOptions options;
        try {
            options = LocalCoreOptions.defaults().withPort(port);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        try {
            return hub ? runHub(options, stopRequest) : runCore(options, stopRequest);
        } catch (IOException e) {
            System.err.println("alirtc-local-core: cannot listen on port " + port + ": " + e.getMessage()
                    + " (choose another port or 0)");
            return EXIT_FAILURE;
        }
    }

    private static int runCore(LocalCoreOptions options, CompletableFuture<Void> stopRequest) throws IOException {
        LocalCoreServer server = LocalCoreServer.start(options);
        System.out.println("Bind port: " + server.port());
        System.out.flush();
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> server.stop(Duration.ZERO)));
        stopRequest.thenRun(() -> server.stop(Duration.ZERO));
        return server.exitFuture().join();
    }

    private static int runHub(LocalCoreOptions options, CompletableFuture<Void> stopRequest) throws IOException {
        LocalHub hub = LocalHub.start(options);
        System.out.println("Hub port: " + hub.port());
        System.out.flush();
        stopRequest.join();
        hub.close();
        return 0;
    }

    private static int usage(String problem) {
        System.err.println("alirtc-local-core: " + problem);
        System.err.println(USAGE);
        return EXIT_USAGE;
    }
}
