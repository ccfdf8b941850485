package org.alirtc.examples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the voice-room example as README.md does (recorder and bridge from their YAML files, the echo bot, the
 * simulated caller), uses the bridge in both directions (HTTP, JMS and a dropped WAV into the room, room messages
 * onto JMS), and checks that every file it leaves is valid: the WAVs open, the PNGs decode, every JSON line parses.
 */
class VoiceRoomExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WAIT_SECONDS = 30;

    @Test
    void roomRecorderAndBridgeLeaveValidFilesAndMoveTextBothWays(@TempDir Path output) throws Exception {
        int httpPort = freePort();
        Main main = VoiceRoomExample.create();
        main.addOverrideProperty("example.outputDir", output.toString());
        main.addOverrideProperty("example.snapshotPeriodMs", "1000");
        main.addOverrideProperty("camel.server.port", String.valueOf(httpPort));
        main.addOverrideProperty("camel.main.durationMaxSeconds", "0");
        Path messages = output.resolve("messages.jsonl");

        try (RunningMain running = RunningMain.start(main)) {
            await(
                    () -> jsonLines(messages).stream().anyMatch(m -> isFrom(m, "caller") && m.has("repeatCount")),
                    "an SEI message from the caller in " + messages);

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + httpPort + "/rooms/demo-room/messages"))
                                    .header("Content-Type", "text/plain")
                                    .timeout(Duration.ofSeconds(WAIT_SECONDS))
                                    .POST(HttpRequest.BodyPublishers.ofString("hello over HTTP"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(202, response.statusCode(), response.body());
            await(() -> hasText(messages, "bridge", "hello over HTTP"), "the HTTP message in the room");

            running.context().createProducerTemplate().sendBody("jms:queue:to-room", "hello over JMS");
            await(() -> hasText(messages, "bridge", "hello over JMS"), "the JMS message in the room");

            ConsumerTemplate jms = running.context().createConsumerTemplate();
            Exchange fromRoom = jms.receive("jms:queue:room-messages", TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertNotNull(fromRoom, "no room message on JMS queue room-messages");
            String sender = fromRoom.getMessage().getHeader("sender", String.class);
            assertTrue(List.of("caller", "echo-bot").contains(sender), "JMS property sender is " + sender);
            assertFalse(fromRoom.getMessage().getBody(String.class).isBlank());

            Path inbox = Files.createDirectories(output.resolve("inbox"));
            try (InputStream clip = VoiceRoomExampleTest.class.getResourceAsStream("/speech/alice-2.wav")) {
                Files.copy(clip, inbox.resolve("announcement.wav.part"));
            }
            Files.move(
                    inbox.resolve("announcement.wav.part"),
                    inbox.resolve("announcement.wav"),
                    StandardCopyOption.ATOMIC_MOVE);
            await(
                    () -> !files(output.resolve("recordings"), "bridge-").isEmpty(),
                    "a recording of the WAV the bridge played");
            await(() -> files(output.resolve("snapshots"), "caller-").size() >= 2, "two snapshots of the caller");
            await(
                    () -> !files(output.resolve("recordings"), "echo-bot-").isEmpty(),
                    "a recording of the echo bot playing the caller's turn back");
        }

        List<Path> wavs = files(output.resolve("recordings"), "");
        for (String user : List.of("caller", "echo-bot", "bridge")) {
            assertTrue(
                    wavs.stream().anyMatch(w -> w.getFileName().toString().startsWith(user + "-")),
                    "no recording of " + user + " in " + wavs);
        }
        for (Path wav : wavs) {
            WavAudio audio = WavReader.read(wav);
            assertTrue(audio.durationMillis() > 0, wav + " is empty");
            if (wav.getFileName().toString().startsWith("caller-")) {
                assertTrue(audio.durationMillis() > 1000, wav + " holds only " + audio.durationMillis() + " ms");
            }
        }
        for (Path png : files(output.resolve("snapshots"), "")) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " does not decode");
            assertEquals(320, image.getWidth());
            assertEquals(240, image.getHeight());
        }
        List<JsonNode> lines = jsonLines(messages);
        assertTrue(lines.stream()
                .anyMatch(m -> isFrom(m, "caller") && m.path("text").asText().startsWith("message")));
        assertTrue(lines.stream().anyMatch(m -> isFrom(m, "echo-bot")));
        assertTrue(
                RoomSummary.describe(output).contains(wavs.get(0).getFileName().toString()));
    }

    private static boolean isFrom(JsonNode message, String user) {
        return user.equals(message.path("sender").asText());
    }

    private static boolean hasText(Path messages, String user, String text) {
        return jsonLines(messages).stream()
                .anyMatch(m -> isFrom(m, user) && text.equals(m.path("text").asText()));
    }

    /** Every line of the file as JSON; a line that does not parse fails the test. */
    private static List<JsonNode> jsonLines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream()
                    .map(VoiceRoomExampleTest::parse)
                    .toList();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON object: " + line, e);
        }
    }

    private static List<Path> files(Path directory, String prefix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + directory, e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + WAIT_SECONDS + " s");
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
