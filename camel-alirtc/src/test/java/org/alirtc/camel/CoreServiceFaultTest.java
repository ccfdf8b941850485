package org.alirtc.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.local.LocalCloud;
import org.alirtc.local.LocalCoreMain;
import org.alirtc.local.LocalCoreOptions;
import org.alirtc.local.LocalHub;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneGenerator;
import org.alirtc.sdk.EngineState;
import org.alirtc.sdk.model.TokenGenerator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fault a bot's core service can meet, with a real core-service child process ({@code mode=sdk} running the
 * local core service as {@code coreServicePath}): the fault is detected, the session rejoins with a new core
 * service, another user in the room receives the bot's audio again, and no process or thread is left behind.
 * The bot and the listener meet through a local hub. Each test prints its detection, rejoin and delivery times.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreServiceFaultTest {

    /**
     * Short, so that the hangs take little time here; {@code -Dalirtc.fault.livenessTimeout=10000
     * -Dalirtc.fault.reconnectInitialDelay=1000} measures with the defaults instead.
     */
    private static final long LIVENESS_MS = Long.getLong("alirtc.fault.livenessTimeout", 2_000);

    private static final long RECONNECT_INITIAL_DELAY_MS = Long.getLong("alirtc.fault.reconnectInitialDelay", 100);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final PcmFormat FORMAT = PcmFormat.of(16000, 1);
    private static final int FRAMES_PER_CHUNK = 10;
    private static final byte[] CHUNK = new ToneGenerator(FORMAT, 440, 0.5).next(FRAMES_PER_CHUNK * 160);
    private static final List<String> OUR_THREADS =
            List.of("alirtc-liveness", "alirtc-reader", "alirtc-core-", "alirtc-session", "alirtc-producer");

    private static final String APP_ID = "app1";
    private static final String APP_KEY = "k1";
    /** The first token the provider issues lasts this long (long enough to hear the bot first); later ones an hour. */
    private static final Duration FIRST_TOKEN_VALIDITY = Duration.ofSeconds(12);

    private Path dir;
    private LocalHub hub;
    private Path localCore;
    private Path socketFaultCore;

    @BeforeAll
    void startHub(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        // The hub checks app1's tokens, so that it also ends a stay when the token expires.
        hub = LocalHub.start(new LocalCoreOptions(0, null, Map.of(APP_ID, APP_KEY), Duration.ofSeconds(30)));
        localCore = launcher("local-core", LocalCoreMain.class);
        socketFaultCore = launcher("socket-fault-core", SocketFaultCoreMain.class);
    }

    @AfterAll
    void stopHub() {
        hub.close();
    }

    /** An executable like the alirtc-local-core launcher, running {@code main} from the test class path. */
    private Path launcher(String name, Class<?> main) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(
                script,
                "#!/bin/sh\n" + LocalCoreOptions.HUB_VARIABLE + "=127.0.0.1:" + hub.port() + " exec '"
                        + Path.of(System.getProperty("java.home"), "bin", "java")
                        + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Dalirtc.fault.dir='" + dir
                        + "' -cp '" + System.getProperty("java.class.path") + "' " + main.getName() + " \"$@\"\n",
                UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void sigkill() throws Exception {
        runFault("SIGKILL", localCore, 0, pid -> signal("KILL", pid));
    }

    @Test
    void socketKilledThenCoreExits() throws Exception {
        runFault("socket killed, core then exits", socketFaultCore, 0, pid -> touch("cut-" + pid));
    }

    @Test
    void sigstop() throws Exception {
        runFault("SIGSTOP", localCore, 0, pid -> signal("STOP", pid));
    }

    @Test
    void sigstopWithAProducerThatWaits() throws Exception {
        runFault("SIGSTOP with a producer", localCore, LIVENESS_MS + 15_000, pid -> signal("STOP", pid));
    }

    @Test
    void socketDroppedWithTheProcessAlive() throws Exception {
        runFault("socket dropped, process alive", socketFaultCore, 0, pid -> touch("drop-" + pid));
    }

    @Test
    void kickedByTheService() throws Exception {
        runFault(
                "kicked (ERR_LEAVE_UNUSUAL)",
                localCore,
                0,
                null,
                pid -> assertTrue(LocalCloud.shared().kick(APP_ID, roomOf("kicked (ERR_LEAVE_UNUSUAL)"), "bot")));
    }

    @Test
    void tokenExpiresAndTheProviderGivesAFreshOne() throws Exception {
        ExpiringTokens tokens = new ExpiringTokens();
        runFault("token expired, tokenProvider", localCore, 0, tokens, pid -> {
            // The fault is the first token's expiry, which runFault waits for.
        });
        assertTrue(tokens.issued.get() >= 2, "the rejoin asked the provider for a fresh token");
    }

    @Test
    void anExpiredFixedTokenFailsTheRejoinNamingTheFix() throws Exception {
        String room = roomOf("fixed token expired");
        Instant expiry = Instant.now().plus(Duration.ofSeconds(4));
        String token = TokenGenerator.generate(APP_ID, APP_KEY, room, "bot", expiry.getEpochSecond());
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bot")
                        .to("alirtc:" + room + "?mode=sdk&coreServicePath=" + localCore
                                + "&userId=bot&appId=app1&token=RAW(" + token + ")&maxReconnectAttempts=2"
                                + "&reconnectInitialDelay=100&reconnectInterval=200");
            }
        });
        try {
            context.start();
            AliRtcSession bot = context.getComponent("alirtc", AliRtcComponent.class)
                    .getSessions()
                    .iterator()
                    .next();
            long pid = bot.getCorePid();

            Await.until(
                    WAIT,
                    () -> bot.getState() == SessionState.CORE_SERVICE_DOWN,
                    () -> "the session to give up, state " + bot.getState());

            assertTrue(bot.getLastError().contains("expired"), bot.getLastError());
            assertTrue(bot.getLastError().contains("configure tokenProvider"), bot.getLastError());
            assertEquals(
                    HealthCheck.State.DOWN,
                    new AliRtcHealthCheck(bot).call(Map.of()).getState());
            Exception refused = context.createProducerTemplate()
                    .send("direct:bot", e -> e.getMessage().setBody(CHUNK))
                    .getException();
            assertInstanceOf(AliRtcSessionUnavailableException.class, refused);
            Await.until(
                    Duration.ofSeconds(10),
                    () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true),
                    () -> "the first core service pid " + pid + " to be gone");
        } finally {
            context.close();
        }
        assertNothingLeft();
    }

    interface Fault {
        void inject(long pid) throws Exception;
    }

    private void runFault(String row, Path core, long outageWait, Fault fault) throws Exception {
        runFault(row, core, outageWait, null, fault);
    }

    private static String roomOf(String row) {
        return "fault" + Math.abs(row.hashCode());
    }

    /**
     * @param tokenProvider the bot's tokenProvider, or null to sign its tokens with the app key
     */
    private void runFault(String row, Path core, long outageWait, AliRtcTokenProvider tokenProvider, Fault fault)
            throws Exception {
        String room = roomOf(row);
        String common =
                "&appId=app1&appKey=RAW(k1)&reconnectInterval=500&reconnectInitialDelay=" + RECONNECT_INITIAL_DELAY_MS;
        AtomicLong lastFrameNanos = new AtomicLong();
        AtomicInteger framesFromBot = new AtomicInteger();
        CamelContext context = new DefaultCamelContext();
        if (tokenProvider != null) {
            context.getRegistry().bind("tokens", tokenProvider);
        }
        String botOptions = tokenProvider != null ? "&tokenProvider=#tokens" : "";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:" + room + "?mode=local&localHub=127.0.0.1:" + hub.port()
                                + "&userId=listener&messageTypes=audio" + common)
                        .process(e -> {
                            if ("bot".equals(e.getMessage().getHeader(AliRtcConstants.USER_ID))) {
                                framesFromBot.incrementAndGet();
                                lastFrameNanos.set(System.nanoTime());
                            }
                        });
                from("direct:bot")
                        .to("alirtc:" + room + "?mode=sdk&coreServicePath=" + core + "&userId=bot&livenessTimeout="
                                + LIVENESS_MS + "&outageWait=" + outageWait + common + botOptions);
            }
        });
        AtomicBoolean feeding = new AtomicBoolean(true);
        AtomicInteger failedWhileWaiting = new AtomicInteger();
        AtomicLong droppedFrames = new AtomicLong();
        // Frames the producer counted as sent between the fault and its detection: lost in a hung core.
        AtomicBoolean undetectedFault = new AtomicBoolean();
        AtomicLong sentIntoTheFault = new AtomicLong();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        AtomicReference<HealthCheck.State> healthWhenDetected = new AtomicReference<>();
        Thread feeder = null;
        try {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            feeder = new Thread(
                    () -> {
                        while (feeding.get()) {
                            Exchange sent = template.send(
                                    "direct:bot", e -> e.getMessage().setBody(CHUNK));
                            if (sent.getException() != null) {
                                failedWhileWaiting.incrementAndGet();
                                failures.add(sent.getException());
                                sleep(50);
                            } else {
                                droppedFrames.addAndGet(
                                        sent.getMessage().getHeader(AliRtcConstants.FRAMES_DROPPED, 0, Integer.class));
                                if (undetectedFault.get()) {
                                    sentIntoTheFault.addAndGet(
                                            sent.getMessage().getHeader(AliRtcConstants.FRAMES_SENT, 0, Integer.class));
                                }
                            }
                        }
                    },
                    "fault-feeder");
            feeder.start();
            AliRtcSession bot = context.getComponent("alirtc", AliRtcComponent.class).getSessions().stream()
                    .filter(s -> s.getUserId().equals("bot"))
                    .findFirst()
                    .orElseThrow();
            Await.until(WAIT, () -> framesFromBot.get() > 20, () -> "the listener to hear the bot");
            long pid = bot.getCorePid();
            failedWhileWaiting.set(0);
            failures.clear();

            if (tokenProvider instanceof ExpiringTokens expiring) {
                expiring.awaitFirstExpiry();
            }
            long start = System.nanoTime();
            undetectedFault.set(true);
            fault.inject(pid);
            Await.until(
                    WAIT,
                    () -> {
                        boolean lost =
                                bot.getState() != SessionState.JOINED || bot.getEngineState() != EngineState.JOINED;
                        if (lost) {
                            healthWhenDetected.set(
                                    new AliRtcHealthCheck(bot).call(Map.of()).getState());
                        }
                        return lost;
                    },
                    () -> "the fault to be detected, state " + bot.getState());
            long detected = System.nanoTime();
            undetectedFault.set(false);
            Await.until(
                    WAIT,
                    () -> bot.getRejoinCount() == 1 && bot.getState() == SessionState.JOINED,
                    () -> "the bot to rejoin, state " + bot.getState() + ", last error " + bot.getLastError());
            long rejoined = System.nanoTime();
            Await.until(WAIT, () -> lastFrameNanos.get() - rejoined > 0, () -> "the listener to hear the bot again");
            long delivered = lastFrameNanos.get();

            System.out.printf(
                    "fault-times: %-32s detected %5.2f s, rejoined %5.2f s, delivery back %5.2f s,"
                            + " frames counted as sent before detection %d%n",
                    row,
                    seconds(detected - start),
                    seconds(rejoined - start),
                    seconds(delivered - start),
                    sentIntoTheFault.get());
            assertNotEquals(pid, bot.getCorePid(), "a fresh core service");
            Await.until(
                    Duration.ofSeconds(10),
                    () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true),
                    () -> "the old core service pid " + pid + " to be gone");
            // Hangs are detected by the liveness check; the others at once.
            long detectionBoundMs = row.startsWith("SIGSTOP") ? LIVENESS_MS + 3_000 : 3_000;
            assertTrue(
                    seconds(detected - start) * 1000 < detectionBoundMs,
                    row + " detected after " + seconds(detected - start) + " s");
            assertTrue(seconds(delivered - start) < 15, row + ": delivery back after " + seconds(delivered - start));
            if (row.startsWith("SIGSTOP")) {
                // Frames stop once the silent core is suspect (twice the probe's quiet spell), long before the
                // liveness timeout; one exchange in flight at the fault and the pacer's catch-up come on top.
                long suspectMs = 2 * Math.min(1_000, LIVENESS_MS / 4);
                long bound = suspectMs / 10 + 3 * FRAMES_PER_CHUNK;
                assertTrue(
                        sentIntoTheFault.get() <= bound,
                        row + ": " + sentIntoTheFault.get() + " frames counted as sent into the hung core, more than "
                                + bound);
            }
            assertEquals(HealthCheck.State.DOWN, healthWhenDetected.get(), "the health check while recovering");
            if (outageWait > 0) {
                assertEquals(List.of(), failures, "exchanges wait for the rejoin instead of failing");
                assertTrue(droppedFrames.get() > 0, "the audio of the outage is skipped and counted");
            } else {
                assertFalse(failures.isEmpty(), "exchanges fail at once during the outage");
                for (Exception failure : failures) {
                    assertInstanceOf(AliRtcSessionUnavailableException.class, failure);
                    assertTrue(failure.getMessage().contains("nothing was sent"), failure.getMessage());
                }
            }
        } finally {
            feeding.set(false);
            if (feeder != null) {
                feeder.join(10_000);
            }
            context.close();
        }
        assertNothingLeft();
    }

    private static void assertNothingLeft() throws InterruptedException {
        Await.until(
                Duration.ofSeconds(10),
                () -> ProcessHandle.current().children().noneMatch(ProcessHandle::isAlive),
                () -> "no child process left: "
                        + ProcessHandle.current().children().toList());
        Await.until(Duration.ofSeconds(10), () -> ourThreads().isEmpty(), () -> "no thread left: " + ourThreads());
    }

    /**
     * A token provider, as an app server would be: tokens signed with the app key, the first valid for
     * {@link #FIRST_TOKEN_VALIDITY} only, the later ones for an hour.
     */
    static final class ExpiringTokens implements AliRtcTokenProvider {

        final AtomicInteger issued = new AtomicInteger();
        private volatile Instant firstExpiry;

        @Override
        public String token(String appId, String channelId, String userId) {
            Duration validity = issued.getAndIncrement() == 0 ? FIRST_TOKEN_VALIDITY : Duration.ofHours(1);
            Instant expiry = Instant.now().plus(validity);
            if (firstExpiry == null) {
                firstExpiry = Instant.ofEpochSecond(expiry.getEpochSecond());
            }
            return TokenGenerator.generate(appId, APP_KEY, channelId, userId, expiry.getEpochSecond());
        }

        /** Returns at the first token's expiry. */
        void awaitFirstExpiry() throws InterruptedException {
            long waitMs = Duration.between(Instant.now(), firstExpiry).toMillis();
            assertTrue(
                    waitMs > 0, "the bot was heard only after its first token had expired: raise FIRST_TOKEN_VALIDITY");
            Thread.sleep(waitMs);
        }
    }

    private static List<String> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> OUR_THREADS.stream().anyMatch(name::startsWith))
                .toList();
    }

    private void touch(String name) throws IOException {
        Files.createFile(dir.resolve(name));
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
