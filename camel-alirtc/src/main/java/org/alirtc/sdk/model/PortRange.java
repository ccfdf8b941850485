package org.alirtc.sdk.model;

/** Validation of the optional local media port ranges of the SIP records. */
final class PortRange {

    private PortRange() {}

    static void check(int minPort, int maxPort) {
        Checks.port(minPort, "minPort");
        Checks.port(maxPort, "maxPort");
        if (minPort != 0 && maxPort != 0 && minPort > maxPort) {
            throw new IllegalArgumentException("minPort " + minPort + " is above maxPort " + maxPort
                    + ": swap them, or use 0 for either to leave it open");
        }
    }
}
