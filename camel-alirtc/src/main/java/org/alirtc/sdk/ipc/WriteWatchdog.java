package org.alirtc.sdk.ipc;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Bounds blocking socket writes, which the JDK cannot time out by itself: one daemon thread, alive only while
 * some connection is open, closes any connection whose current write has been blocked past its timeout.
 */
final class WriteWatchdog {

    private static final long CHECK_NANOS = 200_000_000L;
    private static final Set<CoreConnection> WATCHED = ConcurrentHashMap.newKeySet();
    private static Thread thread;

    private WriteWatchdog() {}

    static synchronized void watch(CoreConnection connection) {
        WATCHED.add(connection);
        if (thread == null) {
            thread = new Thread(WriteWatchdog::run, "alirtc-write-watchdog");
            thread.setDaemon(true);
            thread.start();
        }
    }

    static synchronized void unwatch(CoreConnection connection) {
        WATCHED.remove(connection);
        if (WATCHED.isEmpty() && thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    private static void run() {
        while (!Thread.currentThread().isInterrupted()) {
            long now = System.nanoTime();
            for (CoreConnection connection : WATCHED) {
                long blockedNanos = connection.writeBlockedNanos(now);
                if (blockedNanos > connection.options().writeTimeout().toNanos()) {
                    connection.abort(new IOException("A write to " + connection.name() + " stayed blocked for "
                            + blockedNanos / 1_000_000 + " ms: the peer is not reading; closing the connection"));
                }
            }
            LockSupport.parkNanos(CHECK_NANOS);
        }
    }
}
