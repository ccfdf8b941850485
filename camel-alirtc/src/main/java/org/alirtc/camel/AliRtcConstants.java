package org.alirtc.camel;

import org.apache.camel.spi.Metadata;

/** Names of the headers the {@code alirtc:} component reads and writes. */
public final class AliRtcConstants {

    @Metadata(
            description = "What the exchange carries. Set by the consumer; on the producer it picks the SDK call"
                    + " (otherwise the body type decides).",
            javaType = "org.alirtc.camel.AliRtcMessageType",
            enums = "AUDIO,MIXED_AUDIO,VIDEO,ENCODED_VIDEO,AAC,DATA_CHANNEL,SEI,EVENT,UTTERANCE")
    public static final String MESSAGE_TYPE = "CamelAliRtcMessageType";

    @Metadata(
            label = "consumer",
            description = "The remote user the item comes from; absent for mixed audio and"
                    + " for events about the local session.",
            javaType = "String")
    public static final String USER_ID = "CamelAliRtcUserId";

    @Metadata(label = "consumer", description = "The channel the session is in.", javaType = "String")
    public static final String CHANNEL_ID = "CamelAliRtcChannelId";

    @Metadata(
            label = "consumer",
            description = "When the item arrived from the core service, in epoch" + " milliseconds.",
            javaType = "long")
    public static final String TIMESTAMP = "CamelAliRtcTimestamp";

    @Metadata(label = "consumer", description = "Sample rate of audio bodies in Hz.", javaType = "int")
    public static final String SAMPLE_RATE = "CamelAliRtcSampleRate";

    @Metadata(label = "consumer", description = "Channel count of audio bodies.", javaType = "int")
    public static final String CHANNELS = "CamelAliRtcChannels";

    @Metadata(label = "consumer", description = "Samples per channel in a PCM body.", javaType = "int")
    public static final String SAMPLES = "CamelAliRtcSamples";

    @Metadata(label = "consumer", description = "Width of a video body in pixels.", javaType = "int")
    public static final String WIDTH = "CamelAliRtcWidth";

    @Metadata(label = "consumer", description = "Height of a video body in pixels.", javaType = "int")
    public static final String HEIGHT = "CamelAliRtcHeight";

    @Metadata(
            label = "consumer",
            description = "The video stream of a video body as the vendor track code (1 =" + " camera, 2 = screen).",
            javaType = "int")
    public static final String VIDEO_TRACK = "CamelAliRtcVideoTrack";

    @Metadata(
            label = "consumer",
            description = "The name of a room event, as in AliRtcEvent.type: joined,"
                    + " leaveResult, left, userOnline, userOffline, trackAvailable, audioSubscribeState,"
                    + " videoSubscribeState, audioPublishState, videoPublishState, connectionStatus, error,"
                    + " coreServiceExit, connectionLost, rejoining, rejoined.",
            javaType = "String")
    public static final String EVENT_TYPE = "CamelAliRtcEventType";

    @Metadata(
            label = "consumer",
            description = "On events: true when the event tells the room as it was when the consumer started (a"
                    + " consumer that attaches to a session already in the channel first gets joined, then"
                    + " userOnline and trackAvailable per user online), false for live events.",
            javaType = "boolean")
    public static final String SNAPSHOT = "CamelAliRtcSnapshot";

    @Metadata(
            label = "consumer",
            description = "Text on a DataChannel or SEI message whose payload is UTF-8 text, absent otherwise. It is"
                    + " camel-jms's own header: a jms endpoint then sends a TextMessage holding the text, and a"
                    + " binary payload goes as a BytesMessage, both with default options. camel-jms keeps the header"
                    + " out of the JMS properties. It wins over the jms endpoint's jmsMessageType option: remove it"
                    + " (removeHeader) to let that option decide.",
            javaType = "String")
    public static final String JMS_MESSAGE_TYPE = "CamelJmsMessageType";

    @Metadata(
            label = "producer",
            description = "A control operation to perform instead of sending the body.",
            javaType = "org.alirtc.camel.AliRtcOperation")
    public static final String OPERATION = "CamelAliRtcOperation";

    @Metadata(
            label = "producer",
            description = "The remote user for the SUBSCRIBE and UNSUBSCRIBE operations.",
            javaType = "String")
    public static final String REMOTE_USER_ID = "CamelAliRtcRemoteUserId";

    @Metadata(
            label = "producer",
            description = "The JSON text for the SET_PARAMETER operation (else the body).",
            javaType = "String")
    public static final String PARAMETER = "CamelAliRtcParameter";

    @Metadata(
            label = "producer",
            description = "The volume, 0 to 100, for the SET_VOLUME operation (else the" + " body).",
            javaType = "int")
    public static final String VOLUME = "CamelAliRtcVolume";

    @Metadata(
            label = "producer",
            description =
                    "Set by the producer: how many audio frames or video frames were" + " pushed for the exchange.",
            javaType = "int")
    public static final String FRAMES_SENT = "CamelAliRtcFramesSent";

    @Metadata(
            label = "producer",
            description = "Set by the producer: how many frames were skipped because the"
                    + " buffer was full and bufferFullPolicy is drop.",
            javaType = "int")
    public static final String FRAMES_DROPPED = "CamelAliRtcFramesDropped";

    @Metadata(
            label = "producer",
            description = "Set to true to play a WAV body whose data is shorter than its header declares (a"
                    + " truncated file) as far as it goes. Otherwise such an exchange fails with a"
                    + " TruncatedWavException: before anything is sent when the body's size is known (byte[],"
                    + " File, Path), or when the end is reached for a stream.",
            javaType = "boolean",
            defaultValue = "false")
    public static final String ACCEPT_TRUNCATED_WAV = "CamelAliRtcAcceptTruncatedWav";

    @Metadata(
            label = "consumer",
            description = "Where an utterance's audio starts in the room, in epoch milliseconds.",
            javaType = "long")
    public static final String UTTERANCE_START = "CamelAliRtcUtteranceStart";

    @Metadata(label = "consumer", description = "How long an utterance's audio is, in milliseconds.", javaType = "long")
    public static final String UTTERANCE_DURATION = "CamelAliRtcUtteranceDuration";

    @Metadata(
            label = "consumer",
            description = "0 for an utterance that starts a turn, counting up for the parts of a turn longer than"
                    + " maxUtteranceLength.",
            javaType = "int")
    public static final String UTTERANCE_PART = "CamelAliRtcUtterancePart";

    @Metadata(
            label = "consumer",
            description = "Whether the speaker's turn ends with this utterance (false for a part cut at"
                    + " maxUtteranceLength that the next one continues).",
            javaType = "boolean")
    public static final String UTTERANCE_LAST = "CamelAliRtcUtteranceLast";

    private AliRtcConstants() {}
}
