package org.alirtc.sdk.model;

/**
 * What an outbound SIP call needs. Strings may be {@code null} (the vendor leaves them unset); {@link #toString()}
 * never shows the SIP token.
 *
 * @param sipDomain      SIP trunk server domain
 * @param sipToken       SIP authentication token (secret)
 * @param callerNumber   caller number
 * @param calleeNumber   callee number
 * @param calleePrefix   callee prefix
 * @param localPublicIp  local public IP; "" lets the SDK use the address of eth0
 * @param minPort        lowest local media port, 0 for any
 * @param maxPort        highest local media port, 0 for any
 * @param sipHeaderExtra extra SIP headers as a JSON string
 */
public record DialInfo(
        String sipDomain,
        String sipToken,
        String callerNumber,
        String calleeNumber,
        String calleePrefix,
        String localPublicIp,
        int minPort,
        int maxPort,
        String sipHeaderExtra) {

    public DialInfo {
        PortRange.check(minPort, maxPort);
    }

    @Override
    public String toString() {
        return "DialInfo[sipDomain=" + sipDomain + ", sipToken=" + (sipToken == null ? "null" : "(hidden)")
                + ", callerNumber=" + callerNumber + ", calleeNumber=" + calleeNumber + ", calleePrefix="
                + calleePrefix + ", localPublicIp=" + localPublicIp + ", minPort=" + minPort + ", maxPort=" + maxPort
                + ", sipHeaderExtra=" + sipHeaderExtra + "]";
    }
}
