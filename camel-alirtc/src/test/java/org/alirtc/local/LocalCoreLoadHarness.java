package org.alirtc.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneGenerator;
import org.alirtc.sdk.ipc.CallbackId;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.ConnectionOptions;
import org.alirtc.sdk.ipc.CoreConnection;
import org.alirtc.sdk.ipc.Direction;
import org.alirtc.sdk.ipc.Message;
import org.alirtc.sdk.ipc.MessageListener;
import org.alirtc.sdk.model.TokenGenerator;

/**
 * Load measurement of the local core (not a unit test): {@code rooms} rooms of {@code users} publishing users
 * each, every user pushing 100 frames per second of its own tone and receiving the ranked mix every 10 ms.
 * Reports the CPU time of the core's {@code alirtc-local-*} threads (the clients' threads run in the same JVM but
 * are not counted), the lateness of the media clock's ticks and every drop.
 *
 * <pre>
 * mvn -o -q -Dalirtc.buildDir=target-local test-compile exec:java -Dexec.mainClass=org.alirtc.local.LocalCoreLoadHarness \
 *     -Dexec.classpathScope=test -Dexec.args="users=50 rooms=1 seconds=20 rate=16000"
 * </pre>
 * {@code rate} is the rate the users push at and receive at (48000 avoids all resampling).
 */
public final class LocalCoreLoadHarness {

    private static final long TICK_NANOS = 10_000_000L;
    private static final Duration WARM_UP = Duration.ofSeconds(3);

    private record User(LocalCoreServer server, CoreConnection connection, ToneGenerator tone) {}

    private static final class Counting implements MessageListener {
        final AtomicLong mixedFrames = new AtomicLong();
        final AtomicLong bufferFull = new AtomicLong();
        volatile boolean joined;

        @Override
        public void onMessage(Message message) {
            switch (message.id()) {
                case CallbackId.ON_SUBSCRIBE_MIXED_AUDIO_FRAME -> mixedFrames.incrementAndGet();
                case CallbackId.ON_PUSH_AUDIO_FRAME_BUFFER_FULL -> {
                    if (message.bool("success")) {
                        bufferFull.incrementAndGet();
                    }
                }
                case CallbackId.ON_AUDIO_PUBLISH_STATE_CHANGED -> joined |= message.intValue("newState", 0) == 3;
                default -> {}
            }
        }
    }

    private LocalCoreLoadHarness() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options =
                new HashMap<>(Map.of("users", "50", "rooms", "1", "seconds", "20", "rate", "16000"));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || !options.containsKey(pair[0])) {
                System.err.println("Usage: LocalCoreLoadHarness [users=N] [rooms=M] [seconds=S] [rate=HZ]");
                System.exit(2);
            }
            options.put(pair[0], pair[1]);
        }
        int users = Integer.parseInt(options.get("users"));
        int rooms = Integer.parseInt(options.get("rooms"));
        int seconds = Integer.parseInt(options.get("seconds"));
        int rate = Integer.parseInt(options.get("rate"));
        run(users, rooms, seconds, PcmFormat.of(rate, 1));
        System.exit(0);
    }

    private static void run(int usersPerRoom, int rooms, int seconds, PcmFormat format) throws Exception {
        List<User> users = new ArrayList<>();
        List<Counting> listeners = new ArrayList<>();
        String extra = "{\"user_specified_audio_observer_resample_rate\": " + format.sampleRate() + "}";
        for (int r = 0; r < rooms; r++) {
            for (int u = 0; u < usersPerRoom; u++) {
                Counting listener = new Counting();
                users.add(join(
                        "load-" + r,
                        "user" + u,
                        extra,
                        format,
                        listener,
                        new ToneGenerator(format, 200 + 37 * u, 0.05 + 0.9 * u / usersPerRoom)));
                listeners.add(listener);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (listeners.stream().anyMatch(l -> !l.joined) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread pusher = new Thread(() -> push(users), "harness-pusher");
        pusher.setDaemon(true);
        pusher.start();
        Thread.sleep(WARM_UP.toMillis());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TickLateness lateness = LocalCloud.shared().clock().lateness();
        lateness.reset();
        Map<Long, Long> cpuBefore = coreThreadCpu(threads);
        long framesBefore =
                listeners.stream().mapToLong(l -> l.mixedFrames.get()).sum();
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long wall = System.nanoTime() - start;
        Map<Long, Long> cpuAfter = coreThreadCpu(threads);
        long frames = listeners.stream().mapToLong(l -> l.mixedFrames.get()).sum() - framesBefore;

        long cpu = 0;
        Map<String, Long> byKind = new java.util.TreeMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            names.put(thread.getId(), thread.getName().replaceAll("-[0-9]+(-.*)?$", ""));
        }
        for (Map.Entry<Long, Long> thread : cpuAfter.entrySet()) {
            long used = thread.getValue() - cpuBefore.getOrDefault(thread.getKey(), 0L);
            cpu += used;
            byKind.merge(names.getOrDefault(thread.getKey(), "ended"), used, Long::sum);
        }
        int total = usersPerRoom * rooms;
        double coreShare = 100.0 * cpu / wall;
        long droppedCallbacks = 0;
        long droppedPushes = 0;
        for (User user : users) {
            ClientConnection connection = user.server().connection();
            droppedCallbacks += connection.droppedMediaCallbacks();
            droppedPushes += connection.droppedPushes();
        }
        System.out.printf(
                "users per room %d, rooms %d, rate %d Hz, measured %.1f s, %d cores%n",
                usersPerRoom,
                rooms,
                format.sampleRate(),
                wall / 1e9,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("core CPU: %.1f%% of one core in total, %.2f%% per user%n", coreShare, coreShare / total);
        byKind.forEach((kind, used) -> System.out.printf("  %-28s %5.1f%%%n", kind, 100.0 * used / wall));
        System.out.printf(
                "clock ticks: %d, lateness p50 %d us, p99 %d us, max %d us, skipped %d%n",
                lateness.ticks(),
                lateness.percentileMicros(0.5),
                lateness.percentileMicros(0.99),
                lateness.maxMicros(),
                lateness.skippedTicks());
        System.out.printf(
                "mixed frames received: %d (%.1f per user per second, 100 expected)%n",
                frames, frames / (wall / 1e9) / total);
        System.out.printf(
                "drops: media callbacks %d, pushed frames %d, buffer-full reports %d%n",
                droppedCallbacks,
                droppedPushes,
                listeners.stream().mapToLong(l -> l.bufferFull.get()).sum());

        pusher.interrupt();
        for (User user : users) {
            user.connection().close();
            user.server().stop(Duration.ofSeconds(1));
        }
    }

    private static User join(
            String channel, String userId, String extra, PcmFormat format, Counting listener, ToneGenerator tone)
            throws IOException {
        LocalCoreServer server = LocalCoreServer.start(LocalCoreOptions.none());
        CoreConnection connection = CoreConnection.start(
                new Socket(InetAddress.getLoopbackAddress(), server.port()),
                Direction.CORE_TO_CLIENT,
                listener,
                ConnectionOptions.defaults(),
                "harness-" + userId);
        connection.send(command(CommandId.CREATE_RTC_ENGINE, h -> {
            h.put("logPath", "/tmp");
            h.put("h5mode", 0);
            h.put("extra", extra);
        }));
        connection.send(command(CommandId.SET_EXTERNAL_AUDIO_SOURCE, h -> {
            h.put("enable", true);
            h.put("sampleRate", format.sampleRate());
            h.put("channelsPerFrame", format.channels());
        }));
        String token =
                TokenGenerator.generate("loadApp", "key", channel, userId, System.currentTimeMillis() / 1000 + 3600);
        connection.send(command(CommandId.JOIN_CHANNEL_V2, h -> {
            h.put("token", token);
            h.put("channel", channel);
            h.put("userid", userId);
            h.put("username", userId);
            ObjectNode config = h.putObject("config");
            config.put("isAudioOnly", true);
            config.put("publishMode", 0);
            config.put("subscribeMode", 0);
            config.put("subscribeAudioFormat", 1);
        }));
        return new User(server, connection, tone);
    }

    private static void push(List<User> users) {
        long start = System.nanoTime();
        for (long tick = 0; !Thread.currentThread().isInterrupted(); tick++) {
            long wait = start + tick * TICK_NANOS - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            for (User user : users) {
                byte[] pcm = user.tone().next10ms();
                long timestamp = tick * 10;
                try {
                    user.connection()
                            .send(command(
                                    CommandId.PUSH_AUDIO_FRAME,
                                    h -> {
                                        h.put("sampleLength", pcm.length);
                                        h.put("timestamp", timestamp);
                                        h.put("isEndFrame", 0);
                                        h.put("frameID", "");
                                        h.put("sentenceID", -1);
                                        h.put("sequenceID", -1);
                                    },
                                    pcm));
                } catch (IOException e) {
                    return;
                }
            }
        }
    }

    private static Message command(int id, java.util.function.Consumer<ObjectNode> fields) {
        return command(id, fields, null);
    }

    private static Message command(int id, java.util.function.Consumer<ObjectNode> fields, byte[] payload) {
        ObjectNode header = Message.commandHeader(id);
        fields.accept(header);
        return Message.command(header, payload);
    }

    private static Map<Long, Long> coreThreadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("alirtc-local-")) {
                long nanos = threads.getThreadCpuTime(thread.getId());
                if (nanos >= 0) {
                    cpu.put(thread.getId(), nanos);
                }
            }
        }
        return cpu;
    }
}
