package org.alirtc.sdk.ipc;

/**
 * One callback of the core-service protocol (spec section 4) as a typed value, with the one encoding both sides
 * share: the local core builds callbacks only through {@link #encode()}, and the client reads them only through
 * {@link CallbackCodec#decode(Message)}. The records are grouped by topic in the permitted sub-interfaces.
 */
public sealed interface Callback permits ChannelCallback, MediaCallback, AiCallback, VoipCallback, StatsCallback {

    /** The callback id ({@link CallbackId}) this value is sent as. */
    int id();

    /** The message with the protocol's keys in the protocol's order, and the binary payload if the callback has one. */
    Message encode();
}
