package org.alirtc.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Camel K files in {@code camel-k/} run under Camel Main in local mode, and are the ones the deployment page
 * shows. The Integration's routes are run by {@link RoomBotFailoverTest}.
 */
class CamelKFilesTest {

    private static final Path PIPE = Path.of("camel-k", "room-relay.yaml");
    private static final Path INTEGRATION = Path.of("camel-k", "room-bot.yaml");
    private static final Path DEPLOYMENT_PAGE =
            Path.of("..", "src-docs", "modules", "ROOT", "pages", "deployment.adoc");

    @Test
    void thePipeRepeatsTheLobbysMessagesInTheStage() throws Exception {
        Heard heard = new Heard();
        Main main = KameletsTest.localMain("unused", "file:" + PIPE.toAbsolutePath(), heard);
        main.configure().addLambdaRouteBuilder(routes -> {
            routes.from("timer:lobby?period=200&includeMetadata=true")
                    .setBody(routes.simple("question ${header.CamelTimerCounter}"))
                    .setHeader("CamelAliRtcMessageType", routes.constant("DATA_CHANNEL"))
                    .to("alirtc:lobby?userId=asker&dataChannel=true");
            routes.from("alirtc:stage?userId=audience&messageTypes=dataChannel")
                    .convertBodyTo(String.class)
                    .to("bean:heard");
        });
        try (RunningMain ignored = RunningMain.start(main)) {
            List<Heard.Item> relayed = heard.await(3, item -> true, 30);
            for (Heard.Item message : relayed) {
                assertEquals("relay-out", message.userId(), "the stage hears the relay's user");
                assertTrue(
                        message.body().toString().startsWith("question "),
                        message.body().toString());
            }
        }
    }

    @Test
    void theDeploymentPageShowsTheseFilesAsTheyAre() throws Exception {
        String page = Files.readString(DEPLOYMENT_PAGE);
        for (Path file : List.of(PIPE, INTEGRATION)) {
            assertTrue(page.contains(Files.readString(file).strip()), DEPLOYMENT_PAGE + " shows another " + file);
        }
    }
}
