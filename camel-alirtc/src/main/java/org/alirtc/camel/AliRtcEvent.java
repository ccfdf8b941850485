package org.alirtc.camel;

import java.util.Map;
import java.util.Objects;

/**
 * A room event delivered by the consumer when {@code messageTypes} includes {@code events}: a user came online or
 * went offline, the join or leave completed, a publish or subscribe state changed, an error, a reconnect.
 * <p>As JSON (Jackson) it reads {@code {"type":"userOnline","userId":"bob","details":{},"timestamp":1700000000000}},
 * and reads back into an equal event.
 *
 * @param type      the event name, for example {@code userOnline}; also in the {@code CamelAliRtcEventType} header
 * @param userId    the user the event is about, or {@code null} when it concerns the local session
 * @param details   further values of the event (codes, states, descriptions); never {@code null}
 * @param timestamp when the session learnt of the event, in epoch milliseconds (for a snapshot event: when the
 *                  snapshot was taken)
 */
public record AliRtcEvent(String type, String userId, Map<String, Object> details, long timestamp) {

    public AliRtcEvent {
        Objects.requireNonNull(type, "type must not be null: name the event");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** An event that happens now. */
    public AliRtcEvent(String type, String userId, Map<String, Object> details) {
        this(type, userId, details, System.currentTimeMillis());
    }
}
