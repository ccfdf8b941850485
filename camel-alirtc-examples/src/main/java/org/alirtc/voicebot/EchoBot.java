package org.alirtc.voicebot;

import org.apache.camel.main.Main;

/**
 * The echo bot, the template of a voice agent: it joins a local-mode room, listens to everyone, plays each speech
 * turn back to the room once it ends, stops talking when someone speaks over it, and answers DataChannel messages.
 * The routes are in {@link EchoBotRoutes}, the settings in {@code echo-bot.properties}. It runs until stopped.
 *
 * <p>Run: {@code java -cp camel-alirtc-examples/target/camel-alirtc-example.jar org.alirtc.voicebot.EchoBot}.
 */
public final class EchoBot {

    private EchoBot() {}

    public static void main(String[] args) throws Exception {
        create().run(args);
    }

    /** The bot's Camel Main, with its own properties and routes only (not those of the voice-room example). */
    public static Main create() {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("classpath:echo-bot.properties");
        main.configure().addRoutesBuilder(new EchoBotRoutes());
        return main;
    }
}
