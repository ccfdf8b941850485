package org.alirtc.camel;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultMessage;

import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.MessageJson;
import org.alirtc.sdk.model.VideoFrame;

/**
 * The message of a consumer's exchange: the item as its body, and the headers filled from the item only when the
 * route first looks at any of them. A route that only reads the body (most media routes) then costs no header map;
 * once filled, the headers behave as on any message, and copies carry them.
 */
final class ItemMessage extends DefaultMessage {

    /** The value of {@link AliRtcConstants#JMS_MESSAGE_TYPE} that camel-jms reads as its JmsMessageType.Text. */
    private static final String TEXT = "Text";

    private final AliRtcMessageType type;
    private final String channelId;
    private final String userId;
    private final long receivedAt;
    private final boolean snapshot;

    ItemMessage(
            Exchange exchange,
            AliRtcMessageType type,
            String channelId,
            String userId,
            Object body,
            long receivedAt,
            boolean snapshot) {
        super(exchange);
        this.type = type;
        this.channelId = channelId;
        this.userId = userId;
        this.receivedAt = receivedAt;
        this.snapshot = snapshot;
        setBody(body);
    }

    @Override
    protected boolean isPopulateHeadersSupported() {
        return true;
    }

    @Override
    protected void populateInitialHeaders(Map<String, Object> headers) {
        headers.put(AliRtcConstants.MESSAGE_TYPE, type);
        headers.put(AliRtcConstants.CHANNEL_ID, channelId);
        headers.put(AliRtcConstants.TIMESTAMP, receivedAt);
        if (userId != null) {
            headers.put(AliRtcConstants.USER_ID, userId);
        }
        Object body = getBody();
        if (body instanceof AudioPcmFrame pcm) {
            headers.put(AliRtcConstants.SAMPLE_RATE, pcm.sampleRate());
            headers.put(AliRtcConstants.CHANNELS, pcm.channels());
            headers.put(AliRtcConstants.SAMPLES, pcm.samples());
        } else if (body instanceof AudioAacFrame aac) {
            headers.put(AliRtcConstants.SAMPLE_RATE, aac.sampleRate());
            headers.put(AliRtcConstants.CHANNELS, aac.channels());
        } else if (body instanceof VideoFrame video) {
            headers.put(AliRtcConstants.WIDTH, video.width());
            headers.put(AliRtcConstants.HEIGHT, video.height());
            headers.put(AliRtcConstants.VIDEO_TRACK, video.track());
        } else if (body instanceof AliRtcEvent event) {
            headers.put(AliRtcConstants.EVENT_TYPE, event.type());
            headers.put(AliRtcConstants.SNAPSHOT, snapshot);
        } else if (body instanceof AliRtcUtterance utterance) {
            headers.put(AliRtcConstants.SAMPLE_RATE, utterance.format().sampleRate());
            headers.put(AliRtcConstants.CHANNELS, utterance.format().channels());
            headers.put(AliRtcConstants.UTTERANCE_START, utterance.startTime());
            headers.put(AliRtcConstants.UTTERANCE_DURATION, utterance.durationMillis());
            headers.put(AliRtcConstants.UTTERANCE_PART, utterance.part());
            headers.put(AliRtcConstants.UTTERANCE_LAST, utterance.last());
        }
        if (isText(body)) {
            headers.put(AliRtcConstants.JMS_MESSAGE_TYPE, TEXT);
        }
    }

    /**
     * Whether the body is a message with a UTF-8 payload. camel-jms picks a TextMessage only for String bodies; the
     * header tells it that this body is text too, so {@code .to("jms:...")} delivers text without options.
     */
    private static boolean isText(Object body) {
        byte[] payload =
                body instanceof DataChannelMessage m ? m.data() : body instanceof SeiMessage s ? s.data() : null;
        return payload != null && MessageJson.utf8Text(payload).isPresent();
    }
}
