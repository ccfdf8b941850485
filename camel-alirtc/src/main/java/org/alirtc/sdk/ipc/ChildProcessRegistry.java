package org.alirtc.sdk.ipc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Child processes that must not outlive this JVM: one shutdown hook, registered on first use, kills every child
 * still registered. A child leaves the registry as soon as it exits.
 */
final class ChildProcessRegistry {

    private static final Set<Process> CHILDREN = ConcurrentHashMap.newKeySet();
    private static boolean hookRegistered;

    private ChildProcessRegistry() {}

    static void register(Process process) {
        registerHookOnce();
        CHILDREN.add(process);
        process.onExit().thenRun(() -> CHILDREN.remove(process));
    }

    private static synchronized void registerHookOnce() {
        if (!hookRegistered) {
            Runtime.getRuntime().addShutdownHook(new Thread(ChildProcessRegistry::killAll, "alirtc-child-reaper"));
            hookRegistered = true;
        }
    }

    private static void killAll() {
        for (Process process : CHILDREN) {
            process.destroyForcibly();
        }
    }
}
