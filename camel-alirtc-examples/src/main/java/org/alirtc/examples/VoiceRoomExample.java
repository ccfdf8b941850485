package org.alirtc.examples;

import java.nio.file.Path;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * A voice room in local mode, with no account and no network, for about 20 seconds: a room recorder and a bridge to
 * JMS, HTTP and files (YAML DSL, {@code routes/}), the echo bot ({@code org.alirtc.voicebot.EchoBotRoutes}) and a
 * simulated caller ({@link SimulatedCallerRoutes}, found by Camel Main's scan of this package) in one room.
 * {@code voice-room.properties} holds the settings; {@code camel.component.alirtc.mode=sdk} and the credentials
 * move it to a real channel. At the end it prints where everything is.
 */
public final class VoiceRoomExample {

    private VoiceRoomExample() {}

    public static void main(String[] args) throws Exception {
        create().run(args);
    }

    /** The example's Camel Main, which prints what the room is and, once stopped, what it left behind. */
    public static Main create() {
        Main main = new Main(VoiceRoomExample.class);
        // Not application.properties: other Camel Main applications on this class path (tests, the Kamelets) must not
        // start the example's HTTP server and routes.
        main.setDefaultPropertyPlaceholderLocation("classpath:voice-room.properties");
        main.addMainListener(new MainListenerSupport() {
            private Path outputDir;

            @Override
            public void afterStart(BaseMainSupport started) {
                var context = started.getCamelContext();
                outputDir = Path.of(context.resolvePropertyPlaceholders("{{example.outputDir}}"));
                System.out.println(context.resolvePropertyPlaceholders("""
                        The voice room {{example.channel}} is open for {{camel.main.duration-max-seconds}} s \
                        (mode {{camel.component.alirtc.mode}}): recorder, bridge, echo-bot and {{caller.userId}}.
                          send text into the room: curl -H 'Content-Type: text/plain' -d hello \
                        http://{{camel.server.host}}:{{camel.server.port}}/rooms/{{example.channel}}/messages
                          room messages: JMS queue room-messages (property sender); JMS queue to-room -> room
                          play a WAV into the room: copy it into {{example.outputDir}}/inbox"""));
            }

            @Override
            public void afterStop(BaseMainSupport stopped) {
                try {
                    System.out.println(RoomSummary.describe(outputDir));
                } catch (Exception e) {
                    System.out.println("Cannot summarise " + outputDir + ": " + e.getMessage());
                }
            }
        });
        return main;
    }
}
