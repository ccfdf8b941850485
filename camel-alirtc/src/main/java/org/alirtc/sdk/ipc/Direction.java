package org.alirtc.sdk.ipc;

/**
 * Which way a message travels, and so which key carries its id and which rules say how many binary chunks
 * follow its header (protocol spec section 2.3).
 */
public enum Direction {

    /** Commands, keyed {@code "Command"}. Payloads are split into chunks of at most 65,536 bytes. */
    CLIENT_TO_CORE(WireKeys.COMMAND),
    /** Callbacks, keyed {@code "Request"}. */
    CORE_TO_CLIENT(WireKeys.REQUEST);

    private final String idKey;

    Direction(String idKey) {
        this.idKey = idKey;
    }

    public String idKey() {
        return idKey;
    }

    /**
     * How the payload of a message with this id is framed.
     */
    public PayloadRule payloadRule(int id) {
        if (this == CLIENT_TO_CORE) {
            return switch (id) {
                case CommandId.PUSH_VIDEO_FRAME, CommandId.SEND_DATA_CHANNEL_MSG -> PayloadRule.CHUNKED_DATA_LEN;
                case CommandId.PUSH_AUDIO_FRAME -> PayloadRule.CHUNKED_SAMPLE_LENGTH;
                case CommandId.SEND_MEDIA_EXTENSION_MSG -> PayloadRule.CHUNKED_LENGTH;
                default -> PayloadRule.NONE;
            };
        }
        return switch (id) {
            case CallbackId.ON_MEDIA_EXTENSION_MSG -> PayloadRule.SINGLE_SIZE;
            case CallbackId.ON_DATA_CHANNEL_MSG -> PayloadRule.SINGLE_DATA_LEN;
            case CallbackId.ON_SUBSCRIBE_AUDIO_FRAME,
                    CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME,
                    CallbackId.ON_PUBLISH_AUDIO_FRAME,
                    CallbackId.ON_MIXED_ALL_AUDIO_FRAME -> PayloadRule.SINGLE_FRAME_SIZE;
            case CallbackId.ON_SUBSCRIBE_AUDIO_AAC, CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_AAC ->
                PayloadRule.SINGLE_BUF_SIZE;
            case CallbackId.ON_REMOTE_VIDEO_SAMPLE, CallbackId.ON_REMOTE_VIDEO_ENCODED_SAMPLE ->
                PayloadRule.CHUNKED_FRAME_SIZE;
            default -> PayloadRule.NONE;
        };
    }

    /**
     * The framing of one message's payload.
     *
     * @param sizeKey header key holding the payload size, or null when the message has no payload
     * @param singleChunk true when exactly one chunk follows whatever the size (the vendor's receive side for
     *                    audio, data channel and SEI); false when chunks follow until the size is reached
     *                    (video, and every outbound payload; none at all for size 0)
     */
    public record PayloadRule(String sizeKey, boolean singleChunk) {

        static final PayloadRule NONE = new PayloadRule(null, false);
        // Built once: the rule is looked up for every message, hundreds of thousands of times a second.
        static final PayloadRule CHUNKED_DATA_LEN = new PayloadRule(WireKeys.DATA_LEN, false);
        static final PayloadRule CHUNKED_SAMPLE_LENGTH = new PayloadRule(WireKeys.SAMPLE_LENGTH, false);
        static final PayloadRule CHUNKED_LENGTH = new PayloadRule(WireKeys.LENGTH, false);
        static final PayloadRule CHUNKED_FRAME_SIZE = new PayloadRule(WireKeys.FRAME_SIZE, false);
        static final PayloadRule SINGLE_SIZE = new PayloadRule(WireKeys.SIZE, true);
        static final PayloadRule SINGLE_DATA_LEN = new PayloadRule(WireKeys.DATA_LEN, true);
        static final PayloadRule SINGLE_FRAME_SIZE = new PayloadRule(WireKeys.FRAME_SIZE, true);
        static final PayloadRule SINGLE_BUF_SIZE = new PayloadRule(WireKeys.BUF_SIZE, true);

        public boolean hasPayload() {
            return sizeKey != null;
        }
    }
}
