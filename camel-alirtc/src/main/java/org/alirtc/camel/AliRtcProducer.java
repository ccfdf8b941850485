package org.alirtc.camel;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;
import org.apache.camel.support.DefaultAsyncProducer;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.TruncatedWavException;
import org.alirtc.media.WavReader;
import org.alirtc.media.WavStream;
import org.alirtc.sdk.RtcEngine;
import org.alirtc.sdk.model.AudioFrameData;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.MediaLimits;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoFrame;
import org.alirtc.sdk.model.VideoFrameType;

/**
 * Publishes into the channel. The {@code CamelAliRtcOperation} header selects a control operation; otherwise the
 * {@code CamelAliRtcMessageType} header, or else the body type, selects what to send. Every limit is checked before
 * anything is sent, so a rejected exchange sends nothing. Audio (paced, possibly a whole WAV file) runs on the
 * producer's own thread and completes the exchange asynchronously; so does a video frame that has to wait (for a
 * full buffer, or for the session to be back), while one the engine takes at once is sent on the caller's thread.
 * Data channel and SEI messages and the quick control operations complete on the caller's thread.
 */
public class AliRtcProducer extends DefaultAsyncProducer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AliRtcConfiguration configuration;
    private final PcmFormat format;
    /** Raised by CLEAR_BUFFER: playbacks started or queued before it stop. */
    private final AtomicLong playbackGeneration = new AtomicLong();
    /** Jobs on the work thread not yet finished: while there are any, a video frame queues behind them. */
    private final AtomicInteger workInFlight = new AtomicInteger();
    /** Audio exchanges accepted and not yet finished: what barge-in may interrupt. */
    private final AtomicInteger audioInFlight = new AtomicInteger();

    private final SpeechTurns.Playback playback = new SpeechTurns.Playback() {
        @Override
        public boolean playing() {
            return audioInFlight.get() > 0;
        }

        @Override
        public void stopPlaying() {
            clearPlayback();
        }
    };

    private volatile AliRtcSession session;
    private AudioPusher audioPusher;
    private BufferFullGuard guard;
    private ExecutorService audioExecutor;
    private ExecutorService workExecutor;

    public AliRtcProducer(AliRtcEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.format = PcmFormat.of(configuration.getAudioSampleRate(), configuration.getAudioChannels());
    }

    @Override
    public AliRtcEndpoint getEndpoint() {
        return (AliRtcEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        session = getEndpoint().getComponent().acquireSession(getEndpoint(), null);
        session.addPlayback(playback);
        guard = new BufferFullGuard(configuration.getBufferFullPolicy(), configuration.getBufferFullMaxWait(), session);
        audioPusher = new AudioPusher(format, configuration.getPacing() == AliRtcPacing.REAL_TIME, guard, session);
        String name = "alirtc-producer-" + configuration.getChannelId() + "-" + configuration.getUserId();
        audioExecutor = getEndpoint()
                .getCamelContext()
                .getExecutorServiceManager()
                .newSingleThreadExecutor(this, name + "-audio");
        workExecutor = getEndpoint()
                .getCamelContext()
                .getExecutorServiceManager()
                .newSingleThreadExecutor(this, name + "-work");
    }

    @Override
    protected void doStop() throws Exception {
        playbackGeneration.incrementAndGet();
        if (audioExecutor != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(audioExecutor);
            audioExecutor = null;
        }
        if (workExecutor != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(workExecutor);
            workExecutor = null;
        }
        AliRtcSession current = session;
        session = null;
        if (current != null) {
            current.removePlayback(playback);
            getEndpoint().getComponent().releaseSession(current);
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            Message message = exchange.getMessage();
            AliRtcOperation operation = EnumHeaders.get(message, AliRtcConstants.OPERATION, AliRtcOperation.class);
            if (operation != null) {
                return control(operation, exchange, callback);
            }
            AliRtcMessageType type = EnumHeaders.get(message, AliRtcConstants.MESSAGE_TYPE, AliRtcMessageType.class);
            Object body = message.getBody();
            if (type == null) {
                type = typeOf(body, message);
            }
            return switch (type) {
                case AUDIO, MIXED_AUDIO -> submitAudio(exchange, callback, audioJob(body, exchange));
                case VIDEO -> sendVideo(exchange, callback, videoSample(body));
                case DATA_CHANNEL -> complete(exchange, callback, () -> sendDataChannel(body, exchange));
                case SEI -> complete(exchange, callback, () -> sendSei(body, exchange));
                default ->
                    throw new IllegalArgumentException(
                            "Message type " + type + " cannot be sent: send AUDIO," + " VIDEO, DATA_CHANNEL or SEI");
            };
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }

    /**
     * The message type a body implies when the header does not say: text (a String, or a body whose Content-Type is
     * text or JSON, as HTTP gives it) goes on the data channel.
     */
    private AliRtcMessageType typeOf(Object body, Message message) {
        if (body instanceof String || isText(message.getHeader(Exchange.CONTENT_TYPE, String.class))) {
            return AliRtcMessageType.DATA_CHANNEL;
        }
        if (body instanceof AudioPcmFrame
                || body instanceof AudioFrameData
                || body instanceof byte[]
                || body instanceof InputStream
                || body instanceof File
                || body instanceof Path
                || body instanceof WrappedFile<?>) {
            return AliRtcMessageType.AUDIO;
        }
        if (body instanceof VideoDataSample || body instanceof VideoFrame) {
            return AliRtcMessageType.VIDEO;
        }
        if (body instanceof DataChannelMessage) {
            return AliRtcMessageType.DATA_CHANNEL;
        }
        if (body instanceof SeiMessage) {
            return AliRtcMessageType.SEI;
        }
        throw new IllegalArgumentException("Cannot send a body of type " + typeName(body) + ": send an"
                + " AudioPcmFrame, AudioFrameData, byte[] PCM (" + format + ", 16-bit little-endian), a WAV"
                + " InputStream, File or Path, a VideoDataSample or I420 VideoFrame, a DataChannelMessage or a"
                + " SeiMessage, or set " + AliRtcConstants.MESSAGE_TYPE + " to say what the body is, or "
                + AliRtcConstants.OPERATION + " for a control operation");
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.startsWith("application/json");
    }

    // ---- audio ---------------------------------------------------------------------------------------------------

    private Job audioJob(Object body, Exchange exchange) throws IOException {
        if (body instanceof AudioPcmFrame frame) {
            PcmFormat frameFormat = formatOf(frame);
            requireWholeSamples(frame.data().length, frameFormat.channels(), "AudioPcmFrame");
            return pcmJob(new ByteArrayInputStream(frame.data()), frameFormat, null);
        }
        if (body instanceof AudioFrameData data) {
            requireWholeSamples(data.dataLength(), format.channels(), "AudioFrameData");
            return pcmJob(new ByteArrayInputStream(data.data(), 0, data.dataLength()), format, data);
        }
        if (body instanceof byte[] bytes) {
            if (isWav(bytes)) {
                return wavJob(WavReader.open(new ByteArrayInputStream(bytes)), bytes.length, exchange);
            }
            requireWholeSamples(bytes.length, format.channels(), "byte[] PCM body");
            return pcmJob(new ByteArrayInputStream(bytes), format, null);
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return wavJob(file.toPath(), exchange);
        }
        if (body instanceof File file) {
            return wavJob(file.toPath(), exchange);
        }
        if (body instanceof Path path) {
            return wavJob(path, exchange);
        }
        if (body instanceof InputStream in) {
            return wavJob(WavReader.open(in), -1, exchange);
        }
        // Anything else Camel can read as a stream (a remote file, a stream cache, ...) is taken as WAV.
        InputStream converted = body == null
                ? null
                : exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, body);
        if (converted != null) {
            return wavJob(WavReader.open(converted), -1, exchange);
        }
        throw new IllegalArgumentException("Cannot send a body of type " + typeName(body) + " as audio: send an"
                + " AudioPcmFrame, AudioFrameData, byte[] PCM (" + format + ", 16-bit little-endian) or a WAV"
                + " InputStream, File or Path");
    }

    private Job wavJob(Path file, Exchange exchange) throws IOException {
        return wavJob(WavReader.open(file), Files.size(file), exchange);
    }

    /**
     * Plays a WAV whose whole size is {@code wavBytes} (-1 if unknown). A truncated WAV fails the exchange, before
     * anything is sent when its size is known, unless the exchange accepts truncated WAVs.
     */
    private Job wavJob(WavStream wav, long wavBytes, Exchange exchange) throws IOException {
        if (!exchange.getMessage().getHeader(AliRtcConstants.ACCEPT_TRUNCATED_WAV, false, Boolean.class)) {
            try {
                wav.requireComplete(wavBytes);
            } catch (TruncatedWavException e) {
                wav.close();
                throw truncated(e, "nothing was sent");
            }
        }
        Job play = pcmJob(wav.data(), wav.format(), null);
        return ex -> {
            try (wav) {
                play.run(ex);
            } catch (TruncatedWavException e) {
                throw truncated(e, "the audio up to its end was sent");
            }
        };
    }

    private static TruncatedWavException truncated(TruncatedWavException e, String sent) {
        TruncatedWavException explained = new TruncatedWavException(e.getMessage() + "; " + sent + ". To play"
                + " truncated files as far as they go, set the header " + AliRtcConstants.ACCEPT_TRUNCATED_WAV
                + "=true");
        explained.initCause(e);
        return explained;
    }

    private Job pcmJob(InputStream pcm, PcmFormat pcmFormat, AudioFrameData template) {
        long generation = playbackGeneration.get();
        return exchange -> {
            AudioPusher.Result result = audioPusher.play(
                    pcm,
                    pcmFormat,
                    template,
                    () -> playbackGeneration.get() != generation,
                    outageDeadline(exchange),
                    configuration.getOutageWait());
            exchange.getMessage().setHeader(AliRtcConstants.FRAMES_SENT, result.sent());
            exchange.getMessage().setHeader(AliRtcConstants.FRAMES_DROPPED, result.dropped());
        };
    }

    private static PcmFormat formatOf(AudioPcmFrame frame) {
        try {
            return PcmFormat.of(frame.sampleRate(), frame.channels());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "AudioPcmFrame has sampleRate=" + frame.sampleRate() + " and channels=" + frame.channels() + ": "
                            + e.getMessage() + " in the frame's fields; nothing was sent",
                    e);
        }
    }

    private void requireWholeSamples(int length, int channels, String what) {
        int sampleFrame = channels * PcmFormat.BYTES_PER_SAMPLE;
        if (length % sampleFrame != 0) {
            throw new IllegalArgumentException(what + " holds " + length + " bytes, not a whole number of 16-bit"
                    + " samples for " + channels + " channel(s): send a multiple of " + sampleFrame + " bytes");
        }
    }

    private static boolean isWav(byte[] bytes) {
        return bytes.length >= 12
                && new String(bytes, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WAVE");
    }

    // ---- video ---------------------------------------------------------------------------------------------------

    private VideoDataSample videoSample(Object body) {
        VideoDataSample sample;
        if (body instanceof VideoDataSample given) {
            MediaLimits.checkVideoSize(given.width(), given.height());
            sample = given;
        } else if (body instanceof VideoFrame frame) {
            if (frame.type() != VideoFrameType.YUV_I420.code()) {
                throw new IllegalArgumentException("Only I420 VideoFrames can be sent, this one has frame type "
                        + frame.type() + ": send decoded (video) frames, not encodedVideo ones");
            }
            MediaLimits.checkVideoSize(frame.width(), frame.height());
            sample = VideoDataSample.i420(frame.data(), frame.width(), frame.height(), frame.frameMs());
        } else {
            throw new IllegalArgumentException("Cannot send a body of type " + typeName(body) + " as video: send a"
                    + " VideoDataSample or an I420 VideoFrame");
        }
        return sample;
    }

    /**
     * Sends a video frame on the caller's thread when nothing is queued before it and the engine takes it at once,
     * which spares a thread hand-off per frame; a frame that would wait (for the session to be back, or for room in
     * a full buffer) goes to the work thread, where the outage wait and the buffer-full policy apply.
     */
    private boolean sendVideo(Exchange exchange, AsyncCallback callback, VideoDataSample sample) {
        if (workInFlight.get() == 0) {
            RtcEngine engine = session.joinedEngine();
            if (engine != null
                    && engine.pushExternalVideoFrame(sample, configuration.getVideoSource()) == RtcEngine.SENT) {
                session.countSent(1);
                exchange.getMessage().setHeader(AliRtcConstants.FRAMES_SENT, 1);
                exchange.getMessage().setHeader(AliRtcConstants.FRAMES_DROPPED, 0);
                callback.done(true);
                return true;
            }
        }
        return submitWork(exchange, callback, videoJob(sample));
    }

    private Job videoJob(VideoDataSample sample) {
        return exchange -> {
            RtcEngine engine = session.awaitEngine(outageDeadline(exchange), configuration.getOutageWait());
            boolean sent = guard.push(
                    "video frame",
                    () -> engine.pushExternalVideoFrame(sample, configuration.getVideoSource()),
                    engine::awaitVideoBufferRoom);
            exchange.getMessage().setHeader(AliRtcConstants.FRAMES_SENT, sent ? 1 : 0);
            exchange.getMessage().setHeader(AliRtcConstants.FRAMES_DROPPED, sent ? 0 : 1);
        };
    }

    // ---- messages ------------------------------------------------------------------------------------------------

    /**
     * Sends a data channel message: a DataChannelMessage as it is, text as UTF-8, anything else as the bytes Camel
     * converts it to (a stream cache from HTTP, a file, ...).
     */
    private void sendDataChannel(Object body, Exchange exchange) throws Exception {
        DataChannelMessage message;
        if (body instanceof DataChannelMessage given) {
            message = given;
        } else if (body instanceof String text) {
            message = DataChannelMessage.custom(text);
        } else {
            message = DataChannelMessage.custom(payload(body, exchange, "on the data channel"));
        }
        MediaLimits.checkDataChannelMessage(message.data().length);
        if (!session.settings().dataChannel()) {
            throw new IllegalStateException("The data channel of session " + session.key() + " is switched off by"
                    + " dataChannel=false, so the message would be dropped: remove dataChannel=false from the"
                    + " endpoints of this user; nothing was sent");
        }
        guard.requireSent(session.requireEngine().sendDataChannelMessage(message), "Sending the data channel message");
        session.countSent(1);
    }

    /** Sends an SEI message: a SeiMessage as it is, text as UTF-8, anything else as the bytes Camel converts it to. */
    private void sendSei(Object body, Exchange exchange) throws Exception {
        SeiMessage sei;
        if (body instanceof SeiMessage given) {
            sei = given;
        } else if (body instanceof String text) {
            sei = SeiMessage.of(text.getBytes(StandardCharsets.UTF_8));
        } else {
            sei = SeiMessage.of(payload(body, exchange, "as SEI"));
        }
        if (sei.data().length == 0) {
            throw new IllegalArgumentException(
                    "SEI message is empty: send 1 to " + MediaLimits.MAX_SEI_BYTES + " bytes");
        }
        MediaLimits.checkSei(sei.data().length);
        if (session.settings().configuration().isAudioOnly() || !session.publishesVideo()) {
            throw new IllegalStateException("SEI messages ride on the published video stream, but session "
                    + session.key() + " does not publish video, so the message would be dropped: set"
                    + " publishVideo=true (and leave audioOnly=false) on the endpoint, or send the PUBLISH_VIDEO"
                    + " operation first; nothing was sent");
        }
        guard.requireSent(
                session.requireEngine()
                        .sendMediaExtensionMsg(sei.data(), sei.repeatCount(), sei.delayMs(), sei.keyFrame()),
                "Sending the SEI message");
        session.countSent(1);
    }

    /** The body as bytes, by Camel's type converters. */
    private static byte[] payload(Object body, Exchange exchange, String where) {
        byte[] bytes = body == null
                ? null
                : exchange.getContext().getTypeConverter().tryConvertTo(byte[].class, exchange, body);
        if (bytes == null) {
            throw new IllegalArgumentException("Cannot send a body of type " + typeName(body) + " " + where
                    + ": send text, bytes, or a body Camel converts to byte[]");
        }
        return bytes;
    }

    // ---- control operations --------------------------------------------------------------------------------------

    private boolean control(AliRtcOperation operation, Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        return switch (operation) {
            case PUBLISH_AUDIO -> complete(exchange, callback, () -> session.setPublishAudio(true));
            case UNPUBLISH_AUDIO -> complete(exchange, callback, () -> session.setPublishAudio(false));
            case PUBLISH_VIDEO -> complete(exchange, callback, () -> session.setPublishVideo(true));
            case UNPUBLISH_VIDEO -> complete(exchange, callback, () -> session.setPublishVideo(false));
            case SUBSCRIBE -> complete(exchange, callback, () -> session.subscribe(remoteUser(message, operation)));
            case UNSUBSCRIBE -> complete(exchange, callback, () -> session.unsubscribe(remoteUser(message, operation)));
            case SET_VOLUME ->
                complete(
                        exchange,
                        callback,
                        () -> guard.requireSent(
                                session.requireEngine().setExternalAudioPublishVolume(volume(message)),
                                "Setting the publish volume"));
            case CLEAR_BUFFER -> complete(exchange, callback, this::clearPlayback);
            case SET_PARAMETER ->
                complete(
                        exchange,
                        callback,
                        () -> guard.requireSent(
                                session.requireEngine().setParameter(parameter(message)), "Setting the parameter"));
            case LEAVE -> submitWork(exchange, callback, e -> session.leave());
            case REJOIN -> submitWork(exchange, callback, e -> session.rejoin());
        };
    }

    private static String remoteUser(Message message, AliRtcOperation operation) {
        String uid = message.getHeader(AliRtcConstants.REMOTE_USER_ID, String.class);
        if (uid == null || uid.isBlank()) {
            throw new IllegalArgumentException(
                    operation + " needs the remote user: set the " + AliRtcConstants.REMOTE_USER_ID + " header");
        }
        return uid;
    }

    private static int volume(Message message) {
        Integer volume = message.getHeader(AliRtcConstants.VOLUME, Integer.class);
        if (volume == null) {
            volume = message.getBody(Integer.class);
        }
        if (volume == null || volume < 0 || volume > 100) {
            throw new IllegalArgumentException("SET_VOLUME needs a volume from 0 to 100 in the "
                    + AliRtcConstants.VOLUME + " header or the body, got " + volume);
        }
        return volume;
    }

    private static String parameter(Message message) {
        String json = message.getHeader(AliRtcConstants.PARAMETER, String.class);
        if (json == null) {
            json = message.getBody(String.class);
        }
        JsonNode node = null;
        try {
            node = json == null ? null : JSON.readTree(json);
        } catch (IOException e) {
            // Reported below with the fix.
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("SET_PARAMETER needs a JSON object in the " + AliRtcConstants.PARAMETER
                    + " header or the body, such as {\"data\":{\"enablePubDataChannel\":true}}");
        }
        return json;
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    /** Work done for one exchange, possibly on a producer thread. */
    @FunctionalInterface
    private interface Job {
        void run(Exchange exchange) throws Exception;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static boolean complete(Exchange exchange, AsyncCallback callback, Action action) {
        try {
            action.run();
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    /** Stops the playing audio and drops the queued audio: CLEAR_BUFFER, and barge-in. */
    private void clearPlayback() {
        playbackGeneration.incrementAndGet();
        guard.requireSent(session.requireEngine().clearDataBuffer(), "Clearing the buffers");
    }

    private boolean submitAudio(Exchange exchange, AsyncCallback callback, Job job) {
        return submitCounted(audioExecutor, audioInFlight, exchange, callback, job);
    }

    private boolean submitWork(Exchange exchange, AsyncCallback callback, Job job) {
        return submitCounted(workExecutor, workInFlight, exchange, callback, job);
    }

    /** Submits {@code job}, counted in {@code inFlight} from now until it has run. */
    private boolean submitCounted(
            ExecutorService executor, AtomicInteger inFlight, Exchange exchange, AsyncCallback callback, Job job) {
        inFlight.incrementAndGet();
        try {
            return submit(executor, exchange, callback, done -> {
                try {
                    job.run(done);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            throw e;
        }
    }

    private boolean submit(ExecutorService executor, Exchange exchange, AsyncCallback callback, Job job) {
        if (executor == null) {
            throw new IllegalStateException("Producer for " + getEndpoint().describe() + " is not started");
        }
        try {
            executor.execute(() -> {
                try {
                    job.run(exchange);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.setException(e);
                } catch (Exception e) {
                    exchange.setException(e);
                } finally {
                    callback.done(false);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("Producer for " + getEndpoint().describe() + " is stopping", e);
        }
        return false;
    }

    /** Until when the exchange may wait for its session to be back: outageWait from when it was created. */
    private long outageDeadline(Exchange exchange) {
        long age = Math.max(0, System.currentTimeMillis() - exchange.getClock().getCreated());
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(configuration.getOutageWait() - age);
    }

    private static String typeName(Object body) {
        return body == null ? "null (empty body)" : body.getClass().getName();
    }

    /** The session this producer publishes into, or null while stopped. */
    public AliRtcSession getSession() {
        return session;
    }
}
