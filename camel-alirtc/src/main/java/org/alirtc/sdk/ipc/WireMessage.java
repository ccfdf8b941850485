package org.alirtc.sdk.ipc;

/**
 * A message in the form it is written: its id, its header already as JSON bytes, and its payload. Pushed media
 * takes this form straight from its record ({@link PushCommand.PushAudioFrame#wire()}), so the 100 audio frames a
 * second of every publishing session build no JSON tree and no header string.
 */
public record WireMessage(int id, byte[] header, byte[] payload) {

    /** The general path: the header tree written as JSON. */
    public static WireMessage of(Message message) {
        return new WireMessage(message.id(), ProtocolJson.writeBytes(message.header()), message.payload());
    }
}
