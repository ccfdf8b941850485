package org.alirtc.sdk.model;

/**
 * What accepting an incoming SIP call needs. Strings may be {@code null} (the vendor leaves them unset).
 *
 * @param sipDomain       SIP trunk server domain
 * @param callerNumber    caller number
 * @param calleeNumber    callee number
 * @param remotePublicIp  caller's IP
 * @param remoteAudioPort caller's media port
 * @param minPort         lowest local media port, 0 for any
 * @param maxPort         highest local media port, 0 for any
 * @param inviteSdpInfo   SDP of the INVITE; when given, its address, port and codec override the fields above
 *                        (vendor {@code inviteSDPInfo})
 */
public record IncomingCallInfo(
        String sipDomain,
        String callerNumber,
        String calleeNumber,
        String remotePublicIp,
        int remoteAudioPort,
        int minPort,
        int maxPort,
        String inviteSdpInfo) {

    public IncomingCallInfo {
        Checks.port(remoteAudioPort, "remoteAudioPort");
        PortRange.check(minPort, maxPort);
    }
}
