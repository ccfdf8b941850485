package org.alirtc.camel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an exchange carries: the value of the {@code CamelAliRtcMessageType} header on consumed exchanges, and the
 * way to pick the SDK call on produced ones. Each type has the name used in the consumer's {@code messageTypes}
 * option.
 */
public enum AliRtcMessageType {
    /** One remote user's PCM before mixing; body {@code AudioPcmFrame}. */
    AUDIO("audio"),
    /** The mix of all remote users; body {@code AudioPcmFrame}. */
    MIXED_AUDIO("mixedAudio"),
    /** A decoded remote video frame (I420); body {@code VideoFrame}. */
    VIDEO("video"),
    /** A remote H.264 access unit (Annex B); body {@code VideoFrame}. */
    ENCODED_VIDEO("encodedVideo"),
    /** Remote audio transcoded to AAC (ADTS); body {@code AudioAacFrame}. */
    AAC("aac"),
    /** A data channel message; body {@code DataChannelMessage}. */
    DATA_CHANNEL("dataChannel"),
    /** A media extension (SEI) message; body {@link SeiMessage}. */
    SEI("sei"),
    /** A room event; body {@link AliRtcEvent}. */
    EVENT("events"),
    /** One remote user's speech turn (or part of a long one); body {@link AliRtcUtterance}, converts to WAV. */
    UTTERANCE("utterance");

    private final String optionName;

    AliRtcMessageType(String optionName) {
        this.optionName = optionName;
    }

    /** The name used in the {@code messageTypes} option. */
    public String optionName() {
        return optionName;
    }

    /**
     * Parses a comma-separated {@code messageTypes} value such as {@code "audio,dataChannel,events"}.
     *
     * @throws IllegalArgumentException naming an unknown entry and the accepted ones
     */
    public static Set<AliRtcMessageType> parseList(String list) {
        EnumSet<AliRtcMessageType> types = EnumSet.noneOf(AliRtcMessageType.class);
        if (list == null) {
            return types;
        }
        for (String entry : list.split(",")) {
            String name = entry.strip();
            if (!name.isEmpty()) {
                types.add(fromOptionName(name));
            }
        }
        return types;
    }

    private static AliRtcMessageType fromOptionName(String name) {
        for (AliRtcMessageType type : values()) {
            if (type.optionName.equalsIgnoreCase(name) || type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown message type '" + name + "' in messageTypes: use a "
                + "comma-separated list of "
                + Arrays.stream(values()).map(AliRtcMessageType::optionName).collect(Collectors.joining(", ")));
    }
}
