package org.alirtc.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.media.Pcm;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;
import org.alirtc.sdk.model.TokenGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code join} in local mode, in this JVM: engines of one JVM share the local core's rooms. */
class JoinCommandTest {

    @TempDir
    Path dir;

    @Test
    void joinsInLocalModeAndPrintsCallbacksAsJson() throws Exception {
        CliResult result = CliResult.run(
                "join",
                "--mode",
                "local",
                "--channel",
                uniqueChannel(),
                "--user",
                "alice",
                "--send-data",
                "hello",
                "--json-events",
                "--seconds",
                "1");

        assertEquals(AliRtcCli.EXIT_OK, result.exitCode(), result.err());
        List<JsonNode> events = result.events();
        JsonNode join = events.stream()
                .filter(e -> e.path("event").asText().equals("OnJoinChannelResult"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no OnJoinChannelResult in " + result.out()));
        assertEquals(0, join.path("result").asInt(-1));
        assertEquals("alice", join.path("userId").asText());
        assertTrue(
                events.stream()
                        .anyMatch(e -> e.path("event").asText().equals("OnLeaveChannelResult")
                                && e.path("result").asInt(-1) == 0),
                result.out());
        assertTrue(events.stream().allMatch(e -> e.hasNonNull("event") && e.hasNonNull("time")), result.out());
        assertTrue(
                result.err().contains("not sent: 1 data channel message(s), no remote user subscribed"), result.err());
    }

    @Test
    void aListenerRecordsTheToneAndTheMessagesOfAnotherUser() throws Exception {
        String channel = uniqueChannel();
        Path record = dir.resolve("bob");
        ByteArrayOutputStream bobOut = new ByteArrayOutputStream();
        CompletableFuture<CliResult> bob = CompletableFuture.supplyAsync(() -> CliResult.run(
                bobOut,
                "join",
                "--channel",
                channel,
                "--user",
                "bob",
                "--audio-format",
                "per-user",
                "--record-dir",
                record.toString(),
                "--seconds",
                "5"));
        awaitJoined(bobOut, bob);

        CliResult alice = CliResult.run(
                "join",
                "--channel",
                channel,
                "--user",
                "alice",
                "--send-tone",
                "440",
                "--send-data",
                "hello bob",
                "--send-sei",
                "sei for bob",
                "--seconds",
                "3");
        CliResult bobResult = bob.get(30, TimeUnit.SECONDS);

        assertEquals(AliRtcCli.EXIT_OK, alice.exitCode(), alice.err());
        assertEquals(AliRtcCli.EXIT_OK, bobResult.exitCode(), bobResult.err());
        assertTrue(alice.out().contains("SendDataChannelMessage text=\"hello bob\" result=0"), alice.out());
        assertTrue(alice.out().contains("SendMediaExtensionMsg text=\"sei for bob\" result=0"), alice.out());
        assertTrue(bobResult.out().contains("OnRemoteUserOnLineNotify uid=alice"), bobResult.out());
        assertTrue(bobResult.out().contains("MediaSummary stream=user uid=alice audioFrames="), bobResult.out());
        assertTrue(bobResult.out().contains("videoSize=320x240"), bobResult.out());
        assertToneOf(record.resolve("alice.wav"), 440);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> messages = new ArrayList<>();
        for (String line : Files.readAllLines(record.resolve("messages.jsonl"))) {
            messages.add(json.readTree(line));
        }
        assertEquals(2, messages.size(), messages.toString());
        assertMessage(messages, "data", "hello bob");
        assertMessage(messages, "sei", "sei for bob");
    }

    @Test
    void aBadTokenFailsTheJoinWithTheReason() {
        String channel = uniqueChannel();
        String forged = TokenGenerator.generate(
                JoinOptions.DEVELOPMENT_APP_ID,
                "not-the-development-key",
                channel,
                "mallory",
                Instant.now().plusSeconds(3600).getEpochSecond());

        CliResult result =
                CliResult.run("join", "--channel", channel, "--user", "mallory", "--token", forged, "--seconds", "1");

        assertEquals(AliRtcCli.EXIT_FAILURE, result.exitCode(), result.err());
        assertTrue(result.lastErrorLine().startsWith("join failed: ERR_JOIN_BAD_TOKEN (0x02010205): "), result.err());
        assertTrue(
                result.out().contains("description=\"ERR_JOIN_BAD_TOKEN (0x02010205): token does not exist\""),
                result.out());
        assertFalse(result.out().contains(forged) || result.err().contains(forged), "the token was printed");
    }

    @Test
    void generatedCredentialsAreNeverPrinted() {
        String channel = uniqueChannel();
        CliResult result = CliResult.run(
                "join",
                "--channel",
                channel,
                "--user",
                "carol",
                "--app-id",
                "my-app",
                "--app-key",
                "my-very-secret-key",
                "--json-events",
                "--seconds",
                "1");

        assertEquals(AliRtcCli.EXIT_OK, result.exitCode(), result.err());
        String token = TokenGenerator.forValidity(
                "my-app",
                "my-very-secret-key",
                channel,
                "carol",
                JoinCommand.TOKEN_VALIDITY,
                java.time.Clock.systemUTC());
        assertFalse((result.out() + result.err()).contains("my-very-secret-key"));
        assertFalse((result.out() + result.err()).contains(token.substring(0, 40)));
    }

    private static void assertMessage(List<JsonNode> messages, String type, String text) {
        JsonNode message = messages.stream()
                .filter(m -> m.path("type").asText().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " message in " + messages));
        assertEquals("alice", message.path("uid").asText());
        assertEquals(text, message.path("text").asText());
        Instant.parse(message.path("time").asText());
    }

    static void assertToneOf(Path wav, double hz) throws Exception {
        assertTrue(Files.exists(wav), "no recording at " + wav);
        WavAudio audio = WavReader.read(wav);
        short[] samples = Pcm.toShorts(audio.pcm());
        int rate = audio.format().sampleRate();
        assertTrue(samples.length >= rate, "only " + samples.length + " samples recorded in " + wav);
        // The middle second: clear of the start and end of the stream.
        int from = samples.length / 2 - rate / 2;
        double found = ToneDetector.dominantFrequency(Arrays.copyOfRange(samples, from, from + rate), rate);
        assertEquals(hz, found, 5.0, "dominant frequency of " + wav);
    }

    static String uniqueChannel() {
        return "cli-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void awaitJoined(ByteArrayOutputStream out, CompletableFuture<CliResult> run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!out.toString(StandardCharsets.UTF_8).contains("OnJoinChannelResult result=0")) {
            if (run.isDone()) {
                fail("the listener ended before joining: " + run.get());
            }
            if (System.nanoTime() > deadline) {
                fail("the listener did not join within 15 s: " + out.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
    }
}
