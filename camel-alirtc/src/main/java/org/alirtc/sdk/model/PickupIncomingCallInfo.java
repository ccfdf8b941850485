package org.alirtc.sdk.model;

/**
 * Answer to picking up an incoming SIP call.
 *
 * @param sdpInfo SDP of the response
 * @param result  response status code
 */
public record PickupIncomingCallInfo(String sdpInfo, int result) {}
