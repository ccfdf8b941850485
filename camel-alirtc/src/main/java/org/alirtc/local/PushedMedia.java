package org.alirtc.local;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.Resampler;
import org.alirtc.sdk.ipc.ChannelCallback.EngineError;
import org.alirtc.sdk.ipc.PushCommand.PushAudioFrame;
import org.alirtc.sdk.ipc.PushCommand.PushVideoFrame;
import org.alirtc.sdk.ipc.PushCommand.SetExternalAudioSource;

/**
 * One connection's media input: the external sources and the pushes (commands 3, 4, 7, 8 and 30), turned into what
 * the push buffers hold.
 *
 * <ul>
 * <li>Pushed audio is read in the format of the last SetExternalAudioSource (48 kHz mono before one arrives),
 *     mixed down to mono, scaled by SetExternalAudioPublishVolume (100 when never set, as the vendor
 *     documents) and queued at its own rate; an odd trailing byte is cut off.</li>
 * <li>Pushed video is converted by {@link VideoInput}. Frames it cannot use (2K and above, H264/H265, unknown
 *     formats, strides that do not fit the data) are refused: counted, and the first of each kind is logged with
 *     its reason and reported with OnError(ERR_VIDEO_DATA_ERROR).</li>
 * <li>Pushes while the track is not published, or while its external source is disabled, are dropped. Every
 *     dropped push is counted, and logged at most once a second.</li>
 * </ul>
 * Used only by the connection's reader thread.
 */
final class PushedMedia {

    private static final Logger LOG = LoggerFactory.getLogger(PushedMedia.class);
    private static final int ERR_VIDEO_DATA_ERROR = 0x03010202;

    private final String name;
    private final Participant participant;
    private final RateLimitedLog warnings = new RateLimitedLog(LOG);
    private final Set<String> reportedRefusals = new HashSet<>();
    private PcmFormat pushFormat = PcmFormat.of(EngineExtra.DEFAULT_DELIVERY_RATE, 1);
    /** Turns stereo pushes into mono; null for mono pushes. */
    private Resampler downmix;

    private boolean externalAudio = true;
    private boolean externalVideo = true;
    private int publishVolume = 100;
    private volatile long droppedAudioPushes;
    private volatile long droppedVideoPushes;

    PushedMedia(String name, Participant participant) {
        this.name = name;
        this.participant = participant;
    }

    /** Pushes dropped so far, audio and video. */
    long dropped() {
        return droppedAudioPushes + droppedVideoPushes;
    }

    void setExternalVideoSource(boolean enable) {
        externalVideo = enable;
    }

    void setPublishVolume(int volume) {
        publishVolume = Math.max(0, volume);
    }

    void setExternalAudioSource(SetExternalAudioSource source) {
        externalAudio = source.enable();
        if (!externalAudio) {
            return;
        }
        int rate = source.sampleRate();
        int channels = source.channelsPerFrame();
        try {
            pushFormat = PcmFormat.of(rate, channels);
            downmix = channels == 1 ? null : new Resampler(pushFormat, PcmFormat.of(rate, 1));
            participant.audio.setRate(rate);
        } catch (IllegalArgumentException e) {
            warnings.warn(
                    "audio-source",
                    "Connection {}: SetExternalAudioSource ignored: {}; pushes stay {}",
                    name,
                    e.getMessage(),
                    pushFormat);
        }
    }

    void pushAudio(PushAudioFrame push) {
        byte[] pcm = push.pcm();
        if (!externalAudio || !participant.audioPublish.isOn()) {
            droppedAudioPushes++;
            warnings.info(
                    "audio-not-published",
                    "Connection {}: pushed audio dropped: {} ({} dropped so far)",
                    name,
                    externalAudio
                            ? "audio is not published (join and publish audio first)"
                            : "the external audio source is disabled",
                    droppedAudioPushes);
            return;
        }
        int whole = pcm.length - pcm.length % pushFormat.bytesPerSampleFrame();
        if (whole != pcm.length) {
            pcm = Arrays.copyOf(pcm, whole);
        }
        byte[] mono = downmix == null ? pcm : downmix.process(pcm);
        if (publishVolume != 100) {
            mono = Pcm.scale(mono, publishVolume);
        }
        Long pts = participant.config != null && participant.config.withPts() ? push.timestampMs() : null;
        if (!participant.audio.push(mono, pts)) {
            droppedAudioPushes++;
        }
    }

    void pushVideo(PushVideoFrame push) {
        int format = push.format();
        int width = push.width();
        int height = push.height();
        if (VideoInput.isTooLarge(width, height)) {
            refuseVideo(
                    "2k",
                    "2K and above is not supported (at most 1920x1080), got " + width + "x" + height
                            + "; scale the frames down before pushing");
            return;
        }
        if (!externalVideo || !participant.videoPublish.isOn()) {
            droppedVideoPushes++;
            warnings.info(
                    "video-not-published",
                    "Connection {}: pushed video dropped: video is not published " + "({} dropped so far)",
                    name,
                    droppedVideoPushes);
            return;
        }
        if (!VideoInput.isConvertible(format)) {
            refuseVideo(
                    "format-" + format,
                    VideoInput.formatName(format) + " cannot be decoded in local mode; push I420, NV12, NV21, RGB24,"
                            + " BGR24 or BGRA");
            return;
        }
        byte[] i420;
        try {
            i420 = VideoInput.toI420(
                    format, width, height, push.strideY(), push.strideU(), push.strideV(), push.data());
        } catch (IllegalArgumentException e) {
            refuseVideo("layout-" + format, e.getMessage());
            return;
        }
        if (!participant.video.push(push.timestampMs(), participant.config.withPts(), width, height, i420)) {
            droppedVideoPushes++;
        }
    }

    /**
     * Counts a pushed frame the core cannot use. The first of each kind on this connection is logged with its
     * reason and reported to the client as OnError(ERR_VIDEO_DATA_ERROR), the vendor's code for bad video data
     * (OnWarning cannot be used: the vendor's Python client dies on any warning code it does not know).
     */
    private void refuseVideo(String kind, String reason) {
        droppedVideoPushes++;
        if (reportedRefusals.add(kind)) {
            LOG.warn(
                    "Connection {}: pushed video refused: {} (reported once as OnError ERR_VIDEO_DATA_ERROR; {} pushes"
                            + " dropped so far)",
                    name,
                    reason,
                    droppedVideoPushes);
            participant.out.control(new EngineError(ERR_VIDEO_DATA_ERROR));
        } else {
            warnings.info(
                    "video-" + kind,
                    "Connection {}: pushed video refused again: {} ({} pushes dropped so far)",
                    name,
                    reason,
                    droppedVideoPushes);
        }
    }
}
