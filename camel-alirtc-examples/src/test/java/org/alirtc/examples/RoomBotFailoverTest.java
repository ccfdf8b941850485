package org.alirtc.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.camel.AliRtcEvent;
import org.alirtc.local.LocalCoreOptions;
import org.alirtc.local.LocalHub;
import org.alirtc.media.Pcm;
import org.alirtc.media.ToneDetector;
import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Exactly one room bot across two instances, and failover when the leader dies. Two child JVMs run the Camel K
 * Integration's routes ({@code camel-k/room-bot.yaml}) under Camel Main, elect a leader with camel-master on the
 * file-lock cluster service, and meet a caller and a watcher in this JVM through a local hub. Only the leader joins
 * and records; after {@code kill -9} of the leader the other instance joins within {@link #FAILOVER_BOUND} and
 * records into files of its own.
 */
class RoomBotFailoverTest {

    /** Lock checks every second, leader stale after 5 s without heartbeat, then the join: 20 s leaves room for load. */
    static final Duration FAILOVER_BOUND = Duration.ofSeconds(20);

    private static final String JOINED = "user 'bot' joined";

    @TempDir
    Path dir;

    private final List<Instance> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(instance -> instance.process.destroyForcibly());
    }

    @Test
    void onlyTheLeaderJoinsAndTheOtherTakesOverWhenItIsKilled() throws Exception {
        Path routes =
                IntegrationFlows.extract(Path.of("camel-k", "room-bot.yaml"), dir.resolve("room-bot-routes.yaml"));
        Path recordings = dir.resolve("recordings");
        try (LocalHub hub = LocalHub.start(LocalCoreOptions.none())) {
            String hubAddress = "127.0.0.1:" + hub.port();
            Heard watched = new Heard();
            try (RunningMain room = RunningMain.start(callerAndWatcher(hubAddress, watched))) {
                Instance a = start("bot-a", routes, recordings, hubAddress);
                Instance b = start("bot-b", routes, recordings, hubAddress);
                Instance leader = awaitFirstToJoin(a, b);
                Instance follower = leader == a ? b : a;
                awaitRecording(recordings, leader.name);
                assertFalse(follower.saw(JOINED), "two bots in the room:\n" + follower.output());
                assertEquals(1, countEvents(watched, "userOnline"), "the room saw one bot come online");

                leader.process.destroyForcibly(); // SIGKILL: no leave, no lock release but the OS's
                long killedAt = System.nanoTime();
                follower.awaitLine(JOINED, FAILOVER_BOUND);
                Duration failover = Duration.ofNanos(System.nanoTime() - killedAt);
                System.out.printf(
                        "failover: %s joined %d ms after %s was killed%n",
                        follower.name, failover.toMillis(), leader.name);

                Path continued = awaitRecording(recordings, follower.name);
                WavAudio audio = WavReader.read(continued);
                assertEquals(
                        440,
                        ToneDetector.dominantFrequency(
                                Pcm.toShorts(audio.pcm()), audio.format().sampleRate()),
                        5);
                watched.await(2, item -> isEvent(item, "userOnline"), 10);
                assertEquals(1, countEvents(watched, "userOffline"), "the killed bot left the room");
            }
        }
    }

    /** A caller that speaks a 440 Hz tone and a watcher that collects the bot's room events, both in this JVM. */
    private static Main callerAndWatcher(String hubAddress, Heard watched) {
        Main main = KameletsTest.localMain("support-room", KameletsTest.NO_ROUTE_FILES, watched);
        main.addOverrideProperty("camel.component.alirtc.localHub", hubAddress);
        KameletsTest.speakA440HzTone(main, "caller");
        main.configure()
                .addLambdaRouteBuilder(routes -> routes.from("alirtc:{{room}}?userId=watcher&messageTypes=events")
                        .filter(routes.simple("${header.CamelAliRtcUserId} == 'bot'"))
                        .to("bean:heard"));
        return main;
    }

    private Instance start(String name, Path routes, Path recordings, String hubAddress) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        classPath,
                        RoomBotInstance.class.getName(),
                        dir.resolve("cluster").toString(), // the file-lock cluster service's root, shared by both
                        "camel.main.routesIncludePattern=file:" + routes,
                        "camel.main.durationMaxSeconds=0",
                        "camel.component.alirtc.mode=local",
                        "camel.component.alirtc.localHub=" + hubAddress,
                        "recordings.dir=" + recordings)
                .redirectErrorStream(true);
        builder.environment().put("HOSTNAME", name);
        builder.environment().remove(LocalCoreOptions.HUB_VARIABLE);
        builder.environment().remove(LocalCoreOptions.APP_KEYS_VARIABLE);
        Instance instance = new Instance(name, builder.start());
        instances.add(instance);
        return instance;
    }

    private static Instance awaitFirstToJoin(Instance a, Instance b) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Instance instance : List.of(a, b)) {
                if (instance.saw(JOINED)) {
                    return instance;
                }
                if (!instance.process.isAlive()) {
                    fail(instance.name + " ended:\n" + instance.output());
                }
            }
            Thread.sleep(20);
        }
        return fail("no instance joined within 60 s:\n" + a.output() + "\n---\n" + b.output());
    }

    /** Waits up to 20 s for a complete WAV recording written by {@code instanceName}, and returns it. */
    private static Path awaitRecording(Path recordings, String instanceName) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(recordings)) {
                try (Stream<Path> files = Files.list(recordings)) {
                    var written = files.filter(
                                    file -> file.getFileName().toString().startsWith("caller-" + instanceName + "-"))
                            .filter(file -> file.toString().endsWith(".wav"))
                            .findFirst();
                    if (written.isPresent()) {
                        return written.get();
                    }
                }
            }
            Thread.sleep(50);
        }
        return fail("no recording by " + instanceName + " in " + recordings);
    }

    private static boolean isEvent(Heard.Item item, String type) {
        return item.body() instanceof AliRtcEvent event && event.type().equals(type);
    }

    private static long countEvents(Heard heard, String type) {
        return heard.items().stream().filter(item -> isEvent(item, type)).count();
    }

    /** A bot instance in a child JVM, its output collected line by line. */
    private static final class Instance {

        final String name;
        final Process process;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        Instance(String name, Process process) {
            this.name = name;
            this.process = process;
            CompletableFuture.runAsync(() -> {
                try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("(output unreadable: " + e.getMessage() + ")");
                }
            });
        }

        boolean saw(String text) {
            return lines.stream().anyMatch(line -> line.contains(text));
        }

        void awaitLine(String text, Duration bound) throws InterruptedException {
            long deadline = System.nanoTime() + bound.toNanos();
            while (!saw(text)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail(name + " did not log '" + text + "' within " + bound + ":\n" + output());
                }
                Thread.sleep(20);
            }
        }

        String output() {
            return String.join(System.lineSeparator(), lines);
        }
    }
}
