package org.alirtc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.alirtc.media.I420;
import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcEngineFactory;
import org.alirtc.sdk.RtcException;
import org.alirtc.sdk.model.ClientRole;
import org.alirtc.sdk.model.DevelopmentApp;
import org.alirtc.sdk.model.ErrorCode;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.PublishMode;
import org.alirtc.sdk.model.RenderMode;
import org.alirtc.sdk.model.SubscribeMode;
import org.alirtc.sdk.model.TokenGenerator;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoSource;

/**
 * {@code join}: joins a channel as one user, publishes what it is told to send, prints every callback, records what
 * it receives, and after the given number of seconds leaves and releases the engine.
 */
final class JoinCommand {

    static final Duration JOIN_TIMEOUT = Duration.ofSeconds(15);
    static final Duration LEAVE_TIMEOUT = Duration.ofSeconds(5);
    static final Duration TOKEN_VALIDITY = Duration.ofHours(24);
    static final int VIDEO_WIDTH = 320;
    static final int VIDEO_HEIGHT = 240;
    static final int VIDEO_FPS = 15;

    private static final long AUDIO_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final JoinOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    /** Completes with null on a stop request, or with the reason when the join cannot go on. */
    private final CompletableFuture<String> earlyEnd = new CompletableFuture<>();

    /**
     * @param stopRequest completing it ends the stay in the channel early (for example on Ctrl-C); leaving and
     *                    releasing still happen
     */
    JoinCommand(
            JoinOptions options, PrintStream out, PrintStream err, Clock clock, CompletableFuture<Void> stopRequest) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.clock = clock;
        stopRequest.thenRun(() -> earlyEnd.complete(null));
    }

    static String usage() {
        return "Usage: alirtc-cli join --channel C --user U [--user-name N] [--token T | --app-id A --app-key K]"
                + " [options]" + System.lineSeparator()
                + "Credentials are required with --mode sdk and optional in local mode (the default)."
                + System.lineSeparator()
                + "Joins an ARTC channel, publishes what it is told to send, prints every callback, records what it"
                + " receives," + System.lineSeparator()
                + "and leaves after --seconds. Exit code 0 when the join succeeded and teardown was clean."
                + System.lineSeparator()
                + "In local mode without credentials the token is generated for the development app id "
                + JoinOptions.DEVELOPMENT_APP_ID + ", as the component does, so both meet in one room."
                + System.lineSeparator()
                + "Media frames are not printed one by one: a MediaSummary line per stream and second says what"
                + " arrived." + System.lineSeparator()
                + "--send-sei needs published video, so it also publishes a " + VIDEO_WIDTH + "x" + VIDEO_HEIGHT
                + " I420 test pattern at " + VIDEO_FPS + " fps." + System.lineSeparator() + System.lineSeparator()
                + "Options:" + System.lineSeparator()
                + new CommandLineParser(JoinOptions.specs()).describeOptions();
    }

    int run() {
        err.println("alirtc join: channel " + options.channel() + " as " + options.userId() + ", mode "
                + options.mode().name().toLowerCase() + ", " + credentialsNote() + ", leaving after "
                + options.seconds() + " s");
        AudioFeed feed;
        try {
            feed = options.toneHz() != null
                    ? AudioFeed.tone(options.toneHz())
                    : options.wavFile() != null ? AudioFeed.wav(options.wavFile()) : null;
        } catch (IOException e) {
            return fail("cannot read --send-wav " + options.wavFile() + ": " + e.getMessage());
        }
        Recorders recorders;
        try {
            recorders = Recorders.open(options, err, clock);
        } catch (IOException e) {
            closeQuietly(feed);
            return fail("cannot record to --record-dir " + options.recordDir() + ": " + e.getMessage());
        }
        EventLog log = new EventLog(out, options.jsonEvents(), clock);
        MediaMonitor monitor = new MediaMonitor(log);
        JoinListener listener = new JoinListener(options, monitor, recorders.audio(), recorders.messages(), log, err);
        String failure;
        try {
            failure = runEngine(listener, monitor, feed, log);
        } finally {
            closeQuietly(feed);
        }
        String recordingFailure = recorders.close();
        failure = failure != null ? failure : recordingFailure;
        if (failure != null) {
            return fail(failure);
        }
        String unsent = listener.unsentNote();
        if (unsent != null) {
            err.println("note: " + unsent);
        }
        return AliRtcCli.EXIT_OK;
    }

    /** Creates the engine, joins, stays, leaves and releases; returns the reason of a failure, or null. */
    private String runEngine(JoinListener listener, MediaMonitor monitor, AudioFeed feed, EventLog log) {
        RtcEngine engine;
        CoreWatchdog watchdog = new CoreWatchdog(listener.failure());
        try {
            engine = RtcEngineFactory.create(engineOptions(), CallbackPrinter.wrap(listener, log, watchdog::heard));
        } catch (IOException | RuntimeException e) {
            return "cannot start the engine: " + e.getMessage();
        }
        listener.attach(engine);
        watchdog.attach(engine);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "alirtc-cli-summary");
            thread.setDaemon(true);
            return thread;
        });
        String failure = null;
        try {
            prepare(engine, feed);
            failure = join(engine);
            if (failure == null) {
                ticker.scheduleAtFixedRate(monitor::printSummary, 1, 1, TimeUnit.SECONDS);
                ticker.scheduleAtFixedRate(watchdog::check, 1, 1, TimeUnit.SECONDS);
                failure = stay(engine, listener, feed);
                if (failure == null) {
                    failure = leave(engine);
                }
            }
        } catch (RuntimeException e) {
            failure = "unexpected failure: " + e;
        } finally {
            ticker.shutdownNow();
            engine.release();
            monitor.printSummary();
        }
        return failure != null ? failure : teardownProblem(engine);
    }

    private EngineOptions engineOptions() {
        EngineOptions engineOptions = options.engineOptions();
        if (options.mode() != EngineMode.LOCAL) {
            return engineOptions;
        }
        // The emulated cloud checks tokens like the real one: it knows the development key and the key the token
        // was generated with; the SDK adds ALIRTC_LOCAL_APP_KEYS and the hub of ALIRTC_LOCAL_HUB.
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(JoinOptions.DEVELOPMENT_APP_ID, JoinOptions.DEVELOPMENT_APP_KEY);
        if (options.generatesToken()) {
            keys.put(options.appId(), options.appKey());
        }
        return engineOptions.toBuilder().localAppKeys(keys).build();
    }

    /** Sets up publishing before the join, in the order the vendor demo uses. */
    private void prepare(RtcEngine engine, AudioFeed feed) {
        boolean video = !options.seiMessages().isEmpty();
        if (video) {
            engine.publishLocalVideoStream(true);
            engine.setExternalVideoSource(true, VideoSource.CAMERA, RenderMode.FILL);
        }
        if (feed != null) {
            engine.publishLocalAudioStream(true);
            engine.setExternalAudioSource(
                    true, feed.format().sampleRate(), feed.format().channels());
        }
        engine.setClientRole(ClientRole.INTERACTIVE);
        // Always subscribe to the data channel so that received messages are printed; publish only when sending.
        engine.enableDataChannel(!options.dataMessages().isEmpty(), true);
    }

    private String join(RtcEngine engine) {
        String token = options.token() != null
                ? options.token()
                : TokenGenerator.forValidity(
                        options.appId(), options.appKey(), options.channel(), options.userId(), TOKEN_VALIDITY, clock);
        JoinChannelConfig config = JoinChannelConfig.defaults()
                .withPublishMode(PublishMode.MANUALLY)
                .withSubscribeMode(SubscribeMode.AUTOMATICALLY)
                .withSubscribeAudioFormat(options.audioFormat());
        try {
            engine.join(token, options.channel(), options.userId(), options.userName(), config, JOIN_TIMEOUT)
                    .get(JOIN_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            boolean refusedToken = options.mode() == EngineMode.LOCAL
                    && e.getCause() instanceof RtcException refused
                    && refused.errorCode() == ErrorCode.JOIN_BAD_TOKEN.code();
            String appId = options.generatesToken() ? options.appId() : null;
            return "join failed: " + describe(e.getCause())
                    + (refusedToken ? "; " + DevelopmentApp.badTokenHint(appId) : "");
        } catch (TimeoutException e) {
            return "join failed: " + ErrorCode.describe(ErrorCode.JOIN_TIMEOUT.code());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "join failed: interrupted";
        }
    }

    /** Publishes for the configured time; returns early with a reason if the core service goes away. */
    private String stay(RtcEngine engine, JoinListener listener, AudioFeed feed) {
        PacedLoop audio =
                feed == null ? null : new PacedLoop("audio", AUDIO_PERIOD_NANOS, audioStep(engine, feed), err);
        PacedLoop video = options.seiMessages().isEmpty()
                ? null
                : new PacedLoop("video", TimeUnit.SECONDS.toNanos(1) / VIDEO_FPS, videoStep(engine), err);
        listener.failure().thenAccept(earlyEnd::complete);
        start(audio);
        start(video);
        try {
            return earlyEnd.get(options.seconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            return e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            stop(audio);
            stop(video);
        }
    }

    private String leave(RtcEngine engine) {
        try {
            int result = engine.leave(LEAVE_TIMEOUT).get(LEAVE_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            return result == 0 ? null : "leave failed: " + ErrorCode.describe(result);
        } catch (ExecutionException e) {
            return "leave failed: " + describe(e.getCause());
        } catch (TimeoutException e) {
            return "leave failed: no leave result within " + LEAVE_TIMEOUT.toSeconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "leave failed: interrupted";
        }
    }

    private static String teardownProblem(RtcEngine engine) {
        CompletableFuture<Integer> exit = engine.coreService().exitFuture();
        if (!exit.isDone()) {
            return "teardown failed: " + engine.coreService().describe() + " did not stop";
        }
        int code = exit.getNow(0);
        return code == 0 ? null : "teardown failed: " + engine.coreService().describe() + " exited with code " + code;
    }

    /** Pushes 10 ms of audio per slot; a frame refused because the buffer is full is pushed again next slot. */
    private static PacedLoop.Step audioStep(RtcEngine engine, AudioFeed feed) {
        long[] timestampMs = {0};
        byte[][] pending = {null};
        return () -> {
            if (pending[0] == null) {
                pending[0] = feed.next10ms();
                if (pending[0] == null) {
                    return false;
                }
            }
            int result = engine.pushExternalAudioFrameRawData(pending[0], pending[0].length, timestampMs[0]);
            if (result == RtcEngine.NOT_CONNECTED) {
                return false;
            }
            if (result != RtcEngine.BUFFER_FULL) {
                timestampMs[0] += 10;
                pending[0] = null;
            }
            return true;
        };
    }

    /** Pushes one test-pattern frame per slot; a frame refused because the buffer is full is skipped. */
    private static PacedLoop.Step videoStep(RtcEngine engine) {
        int[] frameNumber = {0};
        return () -> {
            int n = frameNumber[0]++;
            byte[] frame = I420.testPattern(VIDEO_WIDTH, VIDEO_HEIGHT, n);
            long timestampMs = n * 1000L / VIDEO_FPS;
            return engine.pushExternalVideoFrame(
                            VideoDataSample.i420(frame, VIDEO_WIDTH, VIDEO_HEIGHT, timestampMs), VideoSource.CAMERA)
                    != RtcEngine.NOT_CONNECTED;
        };
    }

    private String credentialsNote() {
        if (options.token() != null) {
            return "token given";
        }
        return options.usesDevelopmentCredentials()
                ? "token generated for the development app id " + options.appId()
                : "token generated for app id " + options.appId();
    }

    private static String describe(Throwable cause) {
        if (cause instanceof RtcException rtc) {
            return ErrorCode.describe(rtc.errorCode());
        }
        return cause.getMessage();
    }

    private int fail(String reason) {
        err.println(reason);
        return AliRtcCli.EXIT_FAILURE;
    }

    private static void start(PacedLoop loop) {
        if (loop != null) {
            loop.start();
        }
    }

    private static void stop(PacedLoop loop) {
        if (loop != null) {
            loop.stop();
        }
    }

    private void closeQuietly(AudioFeed feed) {
        if (feed == null) {
            return;
        }
        try {
            feed.close();
        } catch (IOException e) {
            err.println("warning: closing --send-wav failed: " + e.getMessage());
        }
    }

    /** The recorders of {@code --record-dir}, or none. */
    private record Recorders(AudioRecorder audio, MessageRecorder messages) {

        static Recorders open(JoinOptions options, PrintStream err, Clock clock) throws IOException {
            if (options.recordDir() == null) {
                return new Recorders(null, null);
            }
            Files.createDirectories(options.recordDir());
            return new Recorders(
                    new AudioRecorder(options.recordDir(), err), new MessageRecorder(options.recordDir(), clock));
        }

        /** Closes both; returns the reason of a failure, or null. */
        String close() {
            String failure = null;
            for (AutoCloseable recorder : new AutoCloseable[] {audio, messages}) {
                if (recorder == null) {
                    continue;
                }
                try {
                    recorder.close();
                } catch (Exception e) {
                    failure = failure != null ? failure : "recording failed: " + e.getMessage();
                }
            }
            return failure;
        }
    }
}
