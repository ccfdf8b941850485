package org.alirtc.camel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.WavWriter;
import org.alirtc.sdk.model.AudioPcmFrame;

/**
 * Records the audio of a room into one WAV file per user, written as the frames arrive, for recordings of any
 * length:
 * <pre>{@code
 * from("alirtc:room1?mode=local&userId=recorder&messageTypes=audio,events")
 *     .process(new WavRecorder("recordings"));
 * }</pre>
 * A user's file, {@code <userId>-<yyyyMMdd-HHmmss-SSS>.wav} ({@code mixed-...} for mixed audio), opens with the
 * user's first frame. Memory stays bounded: one write buffer per open file. The WAV header is brought up to date at
 * least once a second, so the file plays even when the JVM is killed, missing at most the last second. A file is
 * closed when its user goes offline ({@code userOffline} event), when the session leaves, and when the processor
 * stops (its route or the context stops). Other bodies pass through untouched.
 */
public class WavRecorder extends ServiceSupport implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(WavRecorder.class);
    private static final long SYNC_PERIOD_MS = 1_000;
    private static final String MIXED = "mixed";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Map<String, WavWriter> writers = new HashMap<>();
    private Path directory;
    private ScheduledExecutorService syncer;

    /** A recorder whose directory is set with {@link #setDirectory(String)}, as bean definitions do. */
    public WavRecorder() {}

    /** A recorder writing into {@code directory}, created when missing. */
    public WavRecorder(String directory) {
        setDirectory(directory);
    }

    public String getDirectory() {
        return directory == null ? null : directory.toString();
    }

    public void setDirectory(String directory) {
        this.directory = Path.of(directory);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        if (body instanceof AudioPcmFrame frame) {
            String userId = exchange.getMessage().getHeader(AliRtcConstants.USER_ID, String.class);
            write(userId == null || userId.isBlank() ? MIXED : userId, frame);
        } else if (body instanceof AliRtcEvent event) {
            if (RoomTracker.USER_OFFLINE.equals(event.type()) && event.userId() != null) {
                close(List.of(event.userId()));
            } else if ("left".equals(event.type()) || "connectionLost".equals(event.type())) {
                closeAll();
            }
        }
    }

    /** The files being written, by user id. */
    public synchronized Map<String, Path> openFiles() {
        Map<String, Path> files = new HashMap<>();
        writers.forEach((user, writer) -> files.put(user, writer.file()));
        return files;
    }

    @Override
    protected void doStart() throws Exception {
        if (directory == null) {
            throw new IllegalStateException("WavRecorder has no directory: set it, e.g. new WavRecorder(\"recordings\")"
                    + " or the bean property directory");
        }
        Files.createDirectories(directory);
        syncer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "alirtc-wav-recorder");
            thread.setDaemon(true);
            return thread;
        });
        syncer.scheduleAtFixedRate(this::syncAll, SYNC_PERIOD_MS, SYNC_PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        if (syncer != null) {
            syncer.shutdownNow();
            syncer.awaitTermination(2, TimeUnit.SECONDS);
            syncer = null;
        }
        closeAll();
    }

    private synchronized void write(String userId, AudioPcmFrame frame) throws IOException {
        if (!isStarted()) {
            throw new IllegalStateException("WavRecorder is not started: use it as a route's processor, or start it");
        }
        PcmFormat format = PcmFormat.of(frame.sampleRate(), frame.channels());
        WavWriter writer = writers.get(userId);
        if (writer != null && !writer.format().equals(format)) {
            // A new format is a new recording: a WAV file has one format.
            close(List.of(userId));
            writer = null;
        }
        if (writer == null) {
            Path file = directory.resolve(userId + "-" + LocalDateTime.now().format(STAMP) + ".wav");
            writer = new WavWriter(file, format);
            writers.put(userId, writer);
            LOG.info("Recording {} into {}", userId, file);
        }
        writer.write(frame.data());
    }

    private synchronized void syncAll() {
        writers.forEach((user, writer) -> {
            try {
                writer.sync();
            } catch (IOException e) {
                LOG.warn("Cannot update the WAV header of {}'s recording: {}", user, e.getMessage());
            }
        });
    }

    private synchronized void closeAll() {
        close(List.copyOf(writers.keySet()));
    }

    private synchronized void close(List<String> userIds) {
        for (String userId : userIds) {
            WavWriter writer = writers.remove(userId);
            if (writer != null) {
                try {
                    writer.close();
                    LOG.info("Recording of {} closed: {} ({} bytes of PCM)", userId, writer.file(), writer.dataBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(
                            "Cannot close the recording of " + userId + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
