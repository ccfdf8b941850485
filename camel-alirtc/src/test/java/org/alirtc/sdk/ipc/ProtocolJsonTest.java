package org.alirtc.sdk.ipc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProtocolJsonTest {

    @Test
    void writesPythonDefaultSeparatorsInInsertionOrder() {
        ObjectNode node = ProtocolJson.object();
        node.put("Command", 24);
        node.put("token", "abc");
        node.putNull("username");
        ObjectNode config = node.putObject("config");
        config.put("isAudioOnly", false);
        config.put("channelProfile", 1);
        node.putArray("mv").add(1).add(2);

        assertEquals(
                "{\"Command\": 24, \"token\": \"abc\", \"username\": null, "
                        + "\"config\": {\"isAudioOnly\": false, \"channelProfile\": 1}, \"mv\": [1, 2]}",
                ProtocolJson.write(node));
    }

    @Test
    void escapesNonAsciiAndControlCharactersLikePython() {
        ObjectNode node = ProtocolJson.object();
        node.put("name", "Zoë \"q\" \\ \n\t\u0001 😀");

        assertEquals("{\"name\": \"Zo\\u00eb \\\"q\\\" \\\\ \\n\\t\\u0001 \\ud83d\\ude00\"}", ProtocolJson.write(node));
    }
}
