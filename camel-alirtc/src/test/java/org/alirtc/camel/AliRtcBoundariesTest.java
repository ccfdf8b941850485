package org.alirtc.camel;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.sdk.model.DataChannelMessage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routes users write around {@code alirtc:}, against real parts started here: an Artemis broker on a loopback
 * port, an HTTP server (platform-http on Vert.x) on a free loopback port, files in a folder, and local-mode rooms.
 * Every endpoint keeps the default options wherever the scenario allows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AliRtcBoundariesTest extends CamelTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String LISTENER = "alirtc:lobby?mode=local&userId=listener&messageTypes=dataChannel";

    /** One folder for the class, as the routes and the broker that use it live as long as the class. */
    @TempDir
    static Path folder;

    private final int httpPort = freePort();
    private final int brokerPort = freePort();
    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory connectionFactory;
    private final ConcurrentLinkedQueue<Exchange> heard = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Exchange> botHeard = new ConcurrentLinkedQueue<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        ConfigurationImpl brokerConfiguration = new ConfigurationImpl();
        brokerConfiguration.setPersistenceEnabled(false);
        brokerConfiguration.setSecurityEnabled(false);
        brokerConfiguration.setBrokerInstance(folder.resolve("broker").toFile());
        brokerConfiguration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + brokerPort);
        broker = new EmbeddedActiveMQ().setConfiguration(brokerConfiguration);
        broker.start();
        connectionFactory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort);

        CamelContext camel = super.createCamelContext();
        camel.addComponent("jms", JmsComponent.jmsComponentAutoAcknowledge(connectionFactory));
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(httpPort);
        camel.addService(new VertxPlatformHttpServer(http));
        return camel;
    }

    /** With one context per class the test kit leaves it running; stop it and the broker with the class. */
    @AfterAll
    void stopContextAndBroker() throws Exception {
        context.stop();
        connectionFactory.close();
        broker.stop();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // What users write: a web hook that speaks into the room, with default options.
                from("platform-http:/say?httpMethodRestrict=POST")
                        .routeId("webhook")
                        .to("alirtc:lobby?mode=local&userId=web")
                        .setBody(constant("sent"));

                // Everything said in the room goes to JMS and to files, with default options.
                from(LISTENER)
                        .routeId("listener")
                        .process(e -> heard.add(e.copy()))
                        .setHeader("sender", header(AliRtcConstants.USER_ID))
                        .to("jms:queue:room.messages")
                        .to("file:" + folder.resolve("messages") + "?fileName=${header.sender}-${exchangeId}.txt");

                from("direct:json").marshal().json();
                from("direct:jsonToDataChannelMessage").unmarshal().json(JsonLibrary.Jackson, DataChannelMessage.class);
                from("direct:jsonToSei").unmarshal().json(JsonLibrary.Jackson, SeiMessage.class);
                from("direct:jsonToEvent").unmarshal().json(JsonLibrary.Jackson, AliRtcEvent.class);

                from("direct:quiet").to("alirtc:lobby?mode=local&userId=quiet&dataChannel=false");
                from("direct:noVideo").to("alirtc:lobby?mode=local&userId=novideo");
                from("direct:chatOnly").to("alirtc:lobby?mode=local&userId=chatonly&publishAudio=false");
                from("direct:binary").to("alirtc:lobby?mode=local&userId=binary");
                from("direct:bot").routeId("botSends").to("alirtc:stage?mode=local&userId=bot");
                from("direct:presenter").to("alirtc:stage?mode=local&userId=presenter&publishVideo=true");
            }
        };
    }

    @Test
    void textPostedOverHttpReachesAnotherUserAndLandsInJmsAsATextMessageAndInFilesAsText() throws Exception {
        awaitListenerJoined();
        long postedAt = System.currentTimeMillis();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/say"))
                                .header("Content-Type", "text/plain; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString("grüß dich, room"))
                                .timeout(WAIT)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());

        Exchange got = awaitHeard("grüß dich, room");
        DataChannelMessage message = got.getMessage().getBody(DataChannelMessage.class);
        assertEquals("web", message.userId());
        assertTrue(
                message.receivedAt() >= postedAt && message.receivedAt() <= System.currentTimeMillis(),
                "received at " + message.receivedAt() + ", posted at " + postedAt);
        assertEquals("web", got.getMessage().getHeader(AliRtcConstants.USER_ID));

        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer texts = session.createConsumer(session.createQueue("room.messages"), "sender = 'web'");
            TextMessage text = assertInstanceOf(TextMessage.class, texts.receive(WAIT.toMillis()));
            assertEquals("grüß dich, room", text.getText());
            assertEquals("web", text.getStringProperty("sender"));
            assertFalse(text.propertyExists(AliRtcConstants.JMS_MESSAGE_TYPE), "Camel's header is no JMS property");
        }

        Await.until(WAIT, () -> filesFrom("web").size() == 1, () -> "one message file from web: " + filesFrom(""));
        Path file = filesFrom("web").get(0);
        assertEquals("grüß dich, room", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aBinaryMessageLandsInJmsAsItsBytes() throws Exception {
        awaitListenerJoined();
        byte[] payload = {(byte) 0xff, 0, 1, (byte) 0xc3, 0x28};
        Exchange sent = template.send("direct:binary", e -> {
            e.getMessage().setHeader(AliRtcConstants.MESSAGE_TYPE, AliRtcMessageType.DATA_CHANNEL);
            e.getMessage().setBody(payload);
        });
        assertNull(sent.getException());

        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer binary = session.createConsumer(session.createQueue("room.messages"), "sender = 'binary'");
            BytesMessage bytes = assertInstanceOf(BytesMessage.class, binary.receive(WAIT.toMillis()));
            assertArrayEquals(payload, bytes.getBody(byte[].class));
        }
    }

    @Test
    void aStreamBodyIsConvertedForTheDataChannelAndTheSeiMessage() throws Exception {
        awaitListenerJoined();
        Exchange sent = template.send("direct:noVideo", e -> {
            e.getMessage().setHeader(AliRtcConstants.MESSAGE_TYPE, AliRtcMessageType.DATA_CHANNEL);
            e.getMessage()
                    .setBody(new org.apache.camel.converter.stream.ByteArrayInputStreamCache(
                            new java.io.ByteArrayInputStream("from a stream".getBytes(StandardCharsets.UTF_8))));
        });
        assertNull(sent.getException());
        assertEquals("novideo", awaitHeard("from a stream").getMessage().getHeader(AliRtcConstants.USER_ID));
    }

    @Test
    void aUserThatPublishesNothingStillChats() throws Exception {
        awaitListenerJoined();
        Exchange sent = template.send("direct:chatOnly", e -> e.getMessage().setBody("text only, no media"));
        assertNull(sent.getException());
        assertEquals("chatonly", awaitHeard("text only, no media").getMessage().getHeader(AliRtcConstants.USER_ID));
    }

    @Test
    void theDataChannelSwitchedOffFailsTheExchangeNamingTheOption() throws Exception {
        Exchange sent = template.send("direct:quiet", e -> e.getMessage().setBody("anyone?"));
        Exception error = sent.getException();
        assertNotNull(error, "the exchange must fail");
        assertTrue(error.getMessage().contains("dataChannel=false"), error.getMessage());
    }

    @Test
    void seiWithoutPublishedVideoFailsWithTheFix() throws Exception {
        Exchange sent = template.send("direct:noVideo", e -> {
            e.getMessage().setHeader(AliRtcConstants.MESSAGE_TYPE, AliRtcMessageType.SEI);
            e.getMessage().setBody("slide 2");
        });
        Exception error = sent.getException();
        assertNotNull(error, "the exchange must fail");
        assertTrue(error.getMessage().contains("publishVideo=true"), error.getMessage());
        assertTrue(error.getMessage().contains("nothing was sent"), error.getMessage());
    }

    @Test
    void messagesAndEventsGoToJsonAndBack() throws Exception {
        DataChannelMessage text = new DataChannelMessage(
                2, 1_700_000_000_000L, 0, "hi €".getBytes(StandardCharsets.UTF_8), "bob", 1_700_000_000_123L);
        String json = template.requestBody("direct:json", text, String.class);
        assertEquals(
                "{\"sender\":\"bob\",\"type\":\"CUSTOM\",\"text\":\"hi €\",\"networkTime\":1700000000000,"
                        + "\"progress\":0,\"receivedAt\":1700000000123}",
                json);
        assertEquals(text, template.requestBody("direct:jsonToDataChannelMessage", json));

        SeiMessage binary = SeiMessage.received("carol", new byte[] {(byte) 0xff, 0, 1}, 1_700_000_000_456L);
        String seiJson = template.requestBody("direct:json", binary, String.class);
        assertTrue(seiJson.contains("\"sender\":\"carol\""), seiJson);
        assertTrue(seiJson.contains("\"base64\":\"/wAB\""), seiJson);
        assertTrue(seiJson.contains("\"receivedAt\":1700000000456"), seiJson);
        assertEquals(binary, template.requestBody("direct:jsonToSei", seiJson));

        AliRtcEvent event = new AliRtcEvent("trackAvailable", "bob", Map.of("audioTrack", 1, "videoTrack", 0), 42L);
        String eventJson = template.requestBody("direct:json", event, String.class);
        assertTrue(eventJson.contains("\"type\":\"trackAvailable\""), eventJson);
        assertTrue(eventJson.contains("\"timestamp\":42"), eventJson);
        assertEquals(event, template.requestBody("direct:jsonToEvent", eventJson));
        assertEquals(eventJson, context.getTypeConverter().convertTo(String.class, event));
    }

    @Test
    void aLateConsumerOfARunningSessionMergesItsOptionsAndGetsTheRoomFirst() throws Exception {
        // The producer of bot starts the session with default options: no video format, nobody else there yet.
        template.sendBody("direct:presenter", "hello stage");
        template.sendBody("direct:bot", "bot is here");
        AliRtcSession bot = context.getComponent("alirtc", AliRtcComponent.class).getSessions().stream()
                .filter(s -> s.getUserId().equals("bot"))
                .findFirst()
                .orElseThrow();
        Await.until(WAIT, () -> bot.getUsersInRoom().contains("presenter"), () -> "presenter online for bot");

        // The consumer that asks for SEI derives subscribeVideoFormat=H264 and the data channel: merged, no conflict.
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:stage?mode=local&userId=bot&messageTypes=dataChannel,sei,events")
                        .routeId("botListens")
                        .process(e -> botHeard.add(e.copy()));
            }
        });

        Await.until(WAIT, () -> botHeard.size() >= 2, () -> "the snapshot, got " + botHeard);
        List<Exchange> first = List.copyOf(botHeard).subList(0, 2);
        assertEquals("joined", first.get(0).getMessage().getHeader(AliRtcConstants.EVENT_TYPE));
        assertEquals(Boolean.TRUE, first.get(0).getMessage().getHeader(AliRtcConstants.SNAPSHOT));
        assertEquals("userOnline", first.get(1).getMessage().getHeader(AliRtcConstants.EVENT_TYPE));
        assertEquals("presenter", first.get(1).getMessage().getHeader(AliRtcConstants.USER_ID));
        assertEquals(Boolean.TRUE, first.get(1).getMessage().getHeader(AliRtcConstants.SNAPSHOT));

        // Live events follow, unmarked, and the merged video format lets SEI through.
        Await.until(
                WAIT,
                () -> botHeard.stream()
                        .anyMatch(e -> Boolean.FALSE.equals(e.getMessage().getHeader(AliRtcConstants.SNAPSHOT))),
                () -> "a live event after the snapshot");
        Await.until(
                WAIT,
                () -> {
                    template.send("direct:presenter", e -> {
                        e.getMessage().setHeader(AliRtcConstants.MESSAGE_TYPE, AliRtcMessageType.SEI);
                        e.getMessage().setBody("slide 2");
                    });
                    return botHeard.stream()
                            .anyMatch(e -> e.getMessage().getBody() instanceof SeiMessage sei
                                    && "slide 2".equals(e.getMessage().getBody(String.class))
                                    && "presenter".equals(sei.userId())
                                    && sei.receivedAt() > 0);
                },
                () -> "the SEI message of presenter at bot");
        // And the default data channel works both ways for the merged session.
        template.sendBody("direct:presenter", "over to you");
        Await.until(
                WAIT,
                () -> botHeard.stream()
                        .anyMatch(e -> "over to you".equals(e.getMessage().getBody(String.class))),
                () -> "the data channel message of presenter at bot");
    }

    private void awaitListenerJoined() throws InterruptedException {
        AliRtcConsumer listener = (AliRtcConsumer) context.getRoute("listener").getConsumer();
        Await.until(
                WAIT,
                () -> listener.getSession() != null && listener.getSession().getState() == SessionState.JOINED,
                () -> "the listener in the room");
    }

    private Exchange awaitHeard(String text) throws InterruptedException {
        Await.until(
                WAIT,
                () -> heard.stream().anyMatch(e -> text.equals(e.getMessage().getBody(String.class))),
                () -> "'" + text + "' at the listener");
        return heard.stream()
                .filter(e -> text.equals(e.getMessage().getBody(String.class)))
                .findFirst()
                .orElseThrow();
    }

    private List<Path> filesFrom(String sender) {
        Path dir = folder.resolve("messages");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(sender + "-"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
