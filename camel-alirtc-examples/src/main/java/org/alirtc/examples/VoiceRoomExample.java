package org.alirtc.examples;

import org.apache.camel.main.Main;

/**
 * A voice room in local mode, with no account and no network: a tone bot joins the room and plays a short
 * 440 Hz greeting, preceded by a DataChannel hello; a recorder in the same room logs the room events and the
 * message, and writes what each user said to a WAV file. The routes are in {@link ToneBotRoutes} (Java DSL,
 * found by Camel Main's scan of this package) and {@code routes/recorder.yaml} (YAML DSL);
 * {@code application.properties} holds the settings.
 */
public final class VoiceRoomExample {

    private VoiceRoomExample() {}

    public static void main(String[] args) throws Exception {
        Main main = new Main(VoiceRoomExample.class);
        main.run(args);
    }
}
