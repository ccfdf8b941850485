package org.alirtc.sdk;

import org.alirtc.sdk.ipc.CoreService;

/**
 * What consoles and health checks show about the core service an engine drives; secret-free.
 *
 * @param pid         the operating-system process id when the service is a child process, else -1 (in this JVM)
 * @param port        the loopback port the engine talks to
 * @param description a short description for logs and consoles, such as
 *                    {@code "AliRtcCoreService pid 4242 port 43117"}
 */
public record CoreServiceInfo(long pid, int port, String description) {

    static CoreServiceInfo of(CoreService service) {
        return new CoreServiceInfo(service.pid().orElse(-1), service.port(), service.describe());
    }
}
