package org.alirtc.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.alirtc.local.LocalCoreMain;
import org.alirtc.local.LocalCoreOptions;

/**
 * {@code local-core}: runs the local core service as its own process, with the vendor core service's command line
 * ({@code <port>}), or a hub ({@code --hub <port>}) through which local core services of several processes on this
 * host share rooms. {@link LocalCoreMain} does the work and checks the arguments; this command adds the help text
 * and ends the core or hub when the process is asked to stop.
 */
final class LocalCoreCommand {

    private LocalCoreCommand() {}

    static String usage() {
        String nl = System.lineSeparator();
        return "Usage: alirtc-cli local-core <port>" + nl
                + "       alirtc-cli local-core --hub <port>" + nl
                + "Runs the local core service of camel-alirtc, a drop-in for the vendor's AliRtcCoreService." + nl
                + "  <port>        bind the loopback port (0 = any free one), print 'Bind port: N', serve one"
                + " engine, exit when it is done" + nl
                + "  --hub <port>  run a hub that shares rooms between processes on this host until killed;"
                + " prints 'Hub port: N'" + nl
                + "Environment:" + nl
                + "  " + LocalCoreOptions.HUB_VARIABLE + "=host:port           use the rooms of this hub" + nl
                + "  " + LocalCoreOptions.APP_KEYS_VARIABLE + "=id:key,...  verify join tokens of these app ids"
                + nl
                + "  " + LocalCoreOptions.MAX_CONNECTIONS_VARIABLE + "=N    a hub serves at most N clients at once"
                + " (default " + LocalCoreOptions.DEFAULT_MAX_CONNECTIONS + ")" + nl
                + "SIGTERM or Ctrl-C ends the connections and exits within 2 s." + nl
                + "Exit codes: 0 done, 1 the port cannot be bound, 2 usage error." + nl;
    }

    /** Prints the help for {@code --help}; otherwise serves as {@link LocalCoreMain} until done. */
    static int run(String[] args, PrintStream out, CompletableFuture<Void> stopRequest) {
        List<String> list = List.of(args);
        if (list.contains("--help") || list.contains("-h")) {
            out.print(usage());
            return AliRtcCli.EXIT_OK;
        }
        return LocalCoreMain.run(args, stopRequest);
    }
}
