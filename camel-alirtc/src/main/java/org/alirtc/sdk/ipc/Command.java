package org.alirtc.sdk.ipc;

/**
 * One command (client to core service) as a typed value. Every command of the protocol (spec section 3) is a
 * record with one {@link #encode()} and one static {@code decode(Message)}, shared by the client and the local
 * core, so the two cannot disagree on a key, its order or its value type.
 *
 * <p>Decoding is tolerant: enum codes stay plain ints, so a code this version does not know passes through, and a
 * missing or mistyped key reads as the default its record documents (0, {@code false} or null unless noted).
 * {@link CommandCodec#decode(Message)} decodes any command by its id.
 */
public sealed interface Command
        permits ChannelCommand, PushCommand, StreamCommand, AiCommand, EffectCommand, VoipCommand {

    /** This command as a wire message: the keys, key order and value types of the vendor client. */
    Message encode();
}
