package org.alirtc.sdk;

/**
 * A snapshot of one engine's traffic and problems since it was created.
 *
 * @param messagesReceived        callbacks read from the core service
 * @param messagesSent            commands written to the core service
 * @param malformedMessages       messages dropped because they did not follow the protocol
 * @param listenerFailures        listener calls that threw
 * @param droppedBufferFullPushes pushes refused with {@link RtcEngine#BUFFER_FULL} and therefore not sent
 */
public record EngineCounters(
        long messagesReceived,
        long messagesSent,
        long malformedMessages,
        long listenerFailures,
        long droppedBufferFullPushes) {}
