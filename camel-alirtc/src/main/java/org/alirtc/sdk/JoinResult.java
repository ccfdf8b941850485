package org.alirtc.sdk;

/** A successful join as the core service confirmed it (callback 1001 with result 0). */
public record JoinResult(String channel, String userId) {}
