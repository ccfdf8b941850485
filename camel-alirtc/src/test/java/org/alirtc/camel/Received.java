package org.alirtc.camel;

import java.util.Map;

import org.apache.camel.Exchange;

/** What a test route received from a consumer: the item's type, its user, its body and a copy of its headers. */
record Received(AliRtcMessageType type, String userId, Object body, Map<String, Object> headers) {

    static Received of(Exchange e) {
        return new Received(
                e.getMessage().getHeader(AliRtcConstants.MESSAGE_TYPE, AliRtcMessageType.class),
                e.getMessage().getHeader(AliRtcConstants.USER_ID, String.class),
                e.getMessage().getBody(),
                Map.copyOf(e.getMessage().getHeaders()));
    }
}
