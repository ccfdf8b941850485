package org.alirtc.sdk.ipc;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link JvmExitLeavesNoOrphanTest}: starts a core service from the script named in
 * {@code args[0]}, prints its pid, then either exits at once ({@code exit}) or waits to be killed ({@code wait}).
 */
public final class OrphanGuardMain {

    private OrphanGuardMain() {}

    public static void main(String[] args) throws Exception {
        CoreServiceProcess service = CoreServiceProcess.start(CoreProcessOptions.of(Path.of(args[0]), 30000, 40000));
        System.out.println("core-pid " + service.pid().getAsLong());
        System.out.flush();
        if ("exit".equals(args[1])) {
            System.exit(0);
        }
        Thread.sleep(60_000);
    }
}
