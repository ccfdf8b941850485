package org.alirtc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.RtcLimitException;
import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.ErrorCode;
import org.alirtc.sdk.model.VideoFrame;

/**
 * What {@code join} does in reaction to callbacks: counts and records received media and messages, sends the
 * requested data channel and SEI messages once someone can receive them, and notices a core service that goes
 * away or loses its connection ({@code onError} with ERR_NETWORK_DISCONNECT). Runs on the engine's reader thread,
 * behind {@link CallbackPrinter}.
 *
 * <p>Data channel messages go out when the first remote user has subscribed to this user's data channel
 * ({@code OnRemoteUserSubscribedDataChannel}); SEI messages when the test-pattern video is published and a remote
 * user is online. Sent any earlier, they would reach nobody.
 */
final class JoinListener implements RtcEngineListener {

    private static final int PUBLISHED = 3;

    private final List<String> dataMessages;
    private final List<String> seiMessages;
    private final MediaMonitor monitor;
    private final AudioRecorder audioRecorder;
    private final MessageRecorder messageRecorder;
    private final EventLog log;
    private final PrintStream err;
    private final AtomicBoolean dataSent = new AtomicBoolean();
    private final AtomicBoolean seiSent = new AtomicBoolean();
    private final CompletableFuture<String> failure = new CompletableFuture<>();
    private volatile RtcEngine engine;
    private volatile boolean videoPublished;
    private volatile boolean remoteOnline;

    /**
     * @param audioRecorder   where received PCM goes, or null to record none
     * @param messageRecorder where received messages go, or null to record none
     */
    JoinListener(
            JoinOptions options,
            MediaMonitor monitor,
            AudioRecorder audioRecorder,
            MessageRecorder messageRecorder,
            EventLog log,
            PrintStream err) {
        this.dataMessages = options.dataMessages();
        this.seiMessages = options.seiMessages();
        this.monitor = monitor;
        this.audioRecorder = audioRecorder;
        this.messageRecorder = messageRecorder;
        this.log = log;
        this.err = err;
    }

    /** The engine to send on; set before joining. */
    void attach(RtcEngine engine) {
        this.engine = engine;
    }

    /** Completes with a one-line reason when the join cannot go on (the core service went away). */
    CompletableFuture<String> failure() {
        return failure;
    }

    /** The messages that never went out because nobody could receive them, as a one-line note, or null. */
    String unsentNote() {
        int data = dataSent.get() ? 0 : dataMessages.size();
        int sei = seiSent.get() ? 0 : seiMessages.size();
        if (data == 0 && sei == 0) {
            return null;
        }
        return "not sent: "
                + (data > 0
                        ? data + " data channel message(s), no remote user subscribed to the data" + " channel"
                        : "")
                + (data > 0 && sei > 0 ? "; " : "")
                + (sei > 0 ? sei + " SEI message(s), video not published or no remote user online" : "");
    }

    // ---- media ---------------------------------------------------------------------------------------------------

    @Override
    public void onSubscribeAudioFrame(String uid, AudioPcmFrame frame) {
        monitor.audio("user", uid, frame);
        if (audioRecorder != null) {
            audioRecorder.write(uid, frame);
        }
    }

    @Override
    public void onSubscribeMixAudioFrame(AudioPcmFrame frame) {
        monitor.audio("mixed", null, frame);
        if (audioRecorder != null) {
            audioRecorder.write(null, frame);
        }
    }

    @Override
    public void onPublishAudioFrame(AudioPcmFrame frame) {
        monitor.audio("published", null, frame);
    }

    @Override
    public void onMixedAllAudioFrame(AudioPcmFrame frame) {
        monitor.audio("mixed-all", null, frame);
    }

    @Override
    public void onSubscribeAudioAac(String uid, AudioAacFrame frame) {
        monitor.encodedAudio("user", uid, frame.data());
    }

    @Override
    public void onSubscribeMixedAudioAac(AudioAacFrame frame) {
        monitor.encodedAudio("mixed", null, frame.data());
    }

    @Override
    public void onRemoteVideoSample(String uid, VideoFrame frame) {
        monitor.video(uid, frame);
    }

    @Override
    public void onRemoteVideoEncodedSample(String uid, VideoFrame frame) {
        monitor.video(uid, frame);
    }

    // ---- messages ------------------------------------------------------------------------------------------------

    @Override
    public void onDataChannelMessage(String uid, DataChannelMessage message) {
        record("data", uid, message.data());
    }

    @Override
    public void onMediaExtensionMsgReceived(String userId, byte[] message) {
        record("sei", userId, message);
    }

    @Override
    public void onRemoteUserSubscribedDataChannel(String uid) {
        if (!dataMessages.isEmpty() && dataSent.compareAndSet(false, true)) {
            for (String text : dataMessages) {
                int result;
                try {
                    result = engine.sendDataChannelMessage(DataChannelMessage.custom(text));
                } catch (RtcLimitException limit) {
                    err.println("warning: data channel message not sent: " + limit.getMessage());
                    continue;
                }
                reportSend("SendDataChannelMessage", text, result);
            }
        }
    }

    @Override
    public void onRemoteUserOnLineNotify(String uid) {
        remoteOnline = true;
        sendSeiWhenReady();
    }

    @Override
    public void onVideoPublishStateChanged(int oldState, int newState, int elapseSinceLastState, String channel) {
        videoPublished = newState == PUBLISHED;
        sendSeiWhenReady();
    }

    // ---- the core service ----------------------------------------------------------------------------------------

    @Override
    public void onError(int errorCode) {
        if (errorCode == ErrorCode.NETWORK_DISCONNECT.code()) {
            failure.complete("the connection to the core service was lost (" + ErrorCode.describe(errorCode) + ")");
        }
    }

    @Override
    public void onCoreServiceExit(int exitCode) {
        failure.complete("the core service exited unexpectedly with code " + exitCode);
    }

    private void sendSeiWhenReady() {
        if (seiMessages.isEmpty() || !videoPublished || !remoteOnline || !seiSent.compareAndSet(false, true)) {
            return;
        }
        for (String text : seiMessages) {
            reportSend(
                    "SendMediaExtensionMsg",
                    text,
                    engine.sendMediaExtensionMsg(text.getBytes(StandardCharsets.UTF_8), 0, 0, false));
        }
    }

    private void reportSend(String event, String text, int result) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("result", result);
        if (result != RtcEngine.SENT) {
            fields.put(
                    "description",
                    result == RtcEngine.NOT_CONNECTED
                            ? "not connected to the core service"
                            : ErrorCode.describe(result));
        }
        log.emit(event, fields);
    }

    private void record(String type, String uid, byte[] payload) {
        if (messageRecorder == null) {
            return;
        }
        try {
            messageRecorder.record(type, uid, payload);
        } catch (IOException e) {
            err.println("warning: cannot record a " + type + " message: " + e.getMessage());
        }
    }
}
