package org.alirtc.bench;

import java.io.IOException;
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
    private final CoreScript script;
    private final RtcEngine engine;

    EngineReceiver(int serverPort) throws IOException {
        this.script = new CoreScript(serverPort);
        EngineOptions options = EngineOptions.sdk(script.path()).toBuilder()
                .enableCoreDumps(false)
                .destroyGrace(Duration.ofMillis(300))
                // The benchmark server does not answer the liveness probe, and pauses between windows.
                .livenessTimeout(Duration.ZERO)
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
        script.close();
    }
}
