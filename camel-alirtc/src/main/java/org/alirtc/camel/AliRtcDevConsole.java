package org.alirtc.camel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

import org.alirtc.sdk.EngineCounters;

/**
 * Developer console {@code alirtc}: every open ARTC session of every {@code alirtc} component in the context, with
 * its key (mode, app id, channel, user), state, the remote users in the room, frame and drop counters, the core
 * service's process id and port, and the last error. App keys and tokens are never shown.
 */
@DevConsole(name = "alirtc", displayName = "AliRTC", description = "ARTC sessions: state, room, counters, core service")
public class AliRtcDevConsole extends AbstractDevConsole {

    public AliRtcDevConsole() {
        super("camel", "alirtc", "AliRTC", "ARTC sessions: state, room, counters, core service");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        List<AliRtcSession> sessions = sessions();
        text.append("ARTC sessions: ").append(sessions.size()).append('\n');
        for (AliRtcSession session : sessions) {
            text.append('\n');
            text.append("  Session: ").append(session.key()).append('\n');
            text.append("    State: ")
                    .append(session.getState())
                    .append(" (engine ")
                    .append(session.getEngineState())
                    .append(")\n");
            Instant joinedAt = session.getJoinedAt();
            if (joinedAt != null) {
                text.append("    Joined at: ").append(joinedAt).append('\n');
            }
            text.append("    Users in room: ")
                    .append(String.join(", ", session.getUsersInRoom()))
                    .append('\n');
            text.append("    Frames received: ")
                    .append(session.getFramesReceived())
                    .append(", sent: ")
                    .append(session.getFramesSent())
                    .append(", dropped by consumers: ")
                    .append(session.getFramesDropped())
                    .append(", pushes dropped: ")
                    .append(session.getPushesDropped())
                    .append('\n');
            EngineCounters counters = session.getEngineCounters();
            if (counters != null) {
                text.append("    Core messages received: ")
                        .append(counters.messagesReceived())
                        .append(", sent: ")
                        .append(counters.messagesSent())
                        .append(", malformed: ")
                        .append(counters.malformedMessages())
                        .append('\n');
            }
            text.append("    Core service: ")
                    .append(session.describeCore())
                    .append(" (pid ")
                    .append(session.getCorePid())
                    .append(", port ")
                    .append(session.getCorePort())
                    .append(")\n");
            text.append("    Rejoins: ")
                    .append(session.getRejoinCount())
                    .append(", users of the session: ")
                    .append(session.getReferenceCount())
                    .append('\n');
            if (session.getLastError() != null) {
                text.append("    Last error: ").append(session.getLastError()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (AliRtcSession session : sessions()) {
            list.add(json(session));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sessions", list);
        return root;
    }

    private static Map<String, Object> json(AliRtcSession session) {
        Map<String, Object> json = new LinkedHashMap<>(session.describe());
        // A list, not the session's set, so every JSON writer renders it as an array.
        json.put("usersInRoom", List.copyOf(session.getUsersInRoom()));
        Instant joinedAt = session.getJoinedAt();
        if (joinedAt != null) {
            json.put("joinedAt", joinedAt.toEpochMilli());
        }
        EngineCounters counters = session.getEngineCounters();
        if (counters != null) {
            json.put("coreMessagesReceived", counters.messagesReceived());
            json.put("coreMessagesSent", counters.messagesSent());
            json.put("coreMalformedMessages", counters.malformedMessages());
        }
        return json;
    }

    private List<AliRtcSession> sessions() {
        List<AliRtcSession> sessions = new ArrayList<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof AliRtcComponent component) {
                sessions.addAll(component.getSessions());
            }
        }
        return sessions;
    }
}
