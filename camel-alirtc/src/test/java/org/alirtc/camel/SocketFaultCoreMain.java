package org.alirtc.camel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.alirtc.local.LocalCoreOptions;
import org.alirtc.local.LocalCoreServer;

/**
 * The local core service behind a relay, run as the {@code coreServicePath} executable by {@link CoreServiceFaultTest}
 * to break its client's socket on demand. It announces the relay's port like {@code AliRtcCoreService}, and watches
 * the directory in the system property {@code alirtc.fault.dir}: a file {@code drop-<pid>} closes the client's
 * socket and keeps the process and its core running (a dropped connection); {@code cut-<pid>} closes both sides, so
 * the core, having lost its client, ends and the process with it.
 */
public final class SocketFaultCoreMain {

    private SocketFaultCoreMain() {}

    public static void main(String[] args) throws Exception {
        Path faults = Path.of(System.getProperty("alirtc.fault.dir"));
        long pid = ProcessHandle.current().pid();
        LocalCoreServer core = LocalCoreServer.start(LocalCoreOptions.defaults().withPort(0));
        ProcessHandle.current()
                .parent()
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        Socket client;
        try (ServerSocket relay = new ServerSocket(Integer.parseInt(args[0]), 1, InetAddress.getLoopbackAddress())) {
            System.out.println("Bind port: " + relay.getLocalPort());
            System.out.flush();
            client = relay.accept();
        }
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), core.port());
        pump(client.getInputStream(), upstream.getOutputStream(), "up");
        pump(upstream.getInputStream(), client.getOutputStream(), "down");
        while (!core.exitFuture().isDone()) {
            if (Files.exists(faults.resolve("drop-" + pid))) {
                client.close();
            }
            if (Files.exists(faults.resolve("cut-" + pid))) {
                client.close();
                upstream.close();
            }
            Thread.sleep(10);
        }
        core.stop(Duration.ZERO);
        System.exit(core.exitFuture().join());
    }

    /** Copies until either side fails; closes nothing, so a dropped client leaves the core connected. */
    private static void pump(InputStream from, OutputStream to, String name) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[64 * 1024];
                    try {
                        int n;
                        while ((n = from.read(buffer)) >= 0) {
                            to.write(buffer, 0, n);
                        }
                    } catch (IOException e) {
                        // The fault under test, or the end.
                    }
                },
                "relay-" + name);
        thread.setDaemon(true);
        thread.start();
    }
}
