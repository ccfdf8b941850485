package org.alirtc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcEngineFactory;
import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.VideoFrame;

/**
 * The real SDK inbound path as an application sees it: an {@link RtcEngine} from {@link RtcEngineFactory} in SDK
 * mode, whose "core service" is a two-line shell script that announces the benchmark server's port, so the engine
 * connects to {@link CallbackStreamServer}. Everything from the socket to the listener is product code: the
 * connection's reader thread, chunk and JSON header decoding, payload assembly, callback dispatch and the creation of
 * the frame records. The listener only reads the send time from the payload and counts.
 */
final class EngineReceiver implements Receiver, RtcEngineListener {

    private final FrameCounter counter = new FrameCounter();
    private final Path scriptDirectory;
    private final RtcEngine engine;

    EngineReceiver(int serverPort) throws IOException {
        this.scriptDirectory = Files.createTempDirectory("alirtc-bench-");
        Path script = scriptDirectory.resolve("AliRtcCoreService");
        Files.writeString(
                script,
                "#!/bin/sh\necho \"Bind port: " + serverPort + "\"\nexec sleep 600\n",
                StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        EngineOptions options = EngineOptions.sdk(script).toBuilder()
                .enableCoreDumps(false)
                .destroyGrace(Duration.ofMillis(300))
                .build();
        this.engine = RtcEngineFactory.create(options, this);
    }

    @Override
    public void onSubscribeAudioFrame(String uid, AudioPcmFrame frame) {
        counter.delivered(frame.data(), 0, frame.data().length);
    }

    @Override
    public void onRemoteVideoSample(String uid, VideoFrame frame) {
        counter.delivered(frame.data(), 0, frame.data().length);
    }

    @Override
    public FrameCounter counter() {
        return counter;
    }

    @Override
    public void close() throws IOException {
        engine.release();
        try (var files = Files.list(scriptDirectory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(scriptDirectory);
    }
}
