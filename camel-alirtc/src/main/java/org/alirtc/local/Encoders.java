package org.alirtc.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The codecs of local mode's encoded media (AAC ADTS for 1026/1027, H264 Annex B for 1025), from FFmpeg through
 * the JavaCPP presets ({@code org.bytedeco:ffmpeg} with its platform classifier, and {@code org.bytedeco:javacpp}).
 * That library is an optional dependency only local mode needs: without it on the class path, local mode says so
 * once and keeps delivering PCM and I420 to receivers that also ask for them; receivers that ask only for the
 * encoded form get nothing, as the warning says.
 */
final class Encoders {

    private static final Logger LOG = LoggerFactory.getLogger(Encoders.class);
    private static final boolean AVAILABLE = probe();

    private Encoders() {}

    static boolean available() {
        return AVAILABLE;
    }

    /** An AAC-LC encoder producing ADTS frames of mono audio at {@code sampleRate}, or null without FFmpeg. */
    static MediaEncoder aac(int sampleRate, int bitrate) {
        return AVAILABLE ? new FfmpegAacEncoder(sampleRate, bitrate) : null;
    }

    /** An H264 encoder producing Annex B access units of {@code width}x{@code height} I420, or null. */
    static MediaEncoder h264(int width, int height) {
        return AVAILABLE ? new FfmpegH264Encoder(width, height) : null;
    }

    private static boolean probe() {
        try {
            Class.forName("org.bytedeco.ffmpeg.global.avcodec", true, Encoders.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warn(
                    "Local mode has no codec: AAC and H264 observers get no encoded media (PCM and I420 are"
                            + " delivered as usual). Put org.bytedeco:ffmpeg (with the classifier of this platform,"
                            + " e.g. linux-x86_64) and org.bytedeco:javacpp on the class path to get them ({})",
                    e.toString());
            return false;
        }
    }
}
