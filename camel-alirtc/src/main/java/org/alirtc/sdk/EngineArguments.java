package org.alirtc.sdk;

import java.time.Duration;
import java.util.Set;

import org.alirtc.sdk.model.VideoDataFormat;
import org.alirtc.sdk.model.VideoDataSample;

/**
 * The engine's argument checks: each failure is an {@link IllegalArgumentException} that says what was passed and
 * how to fix it, thrown before anything is sent.
 */
final class EngineArguments {

    static final int MAX_SEI_BYTES = 4096;
    static final int MAX_DATA_CHANNEL_BYTES = 1024;
    static final int VOICEPRINT_BYTES = 768;
    private static final int MAX_VIDEO_SIDE = 1920;
    private static final long MAX_VIDEO_PIXELS = 1920L * 1080;
    private static final Set<Integer> PUSH_SAMPLE_RATES = Set.of(8000, 12000, 16000, 24000, 32000, 44100, 48000, 96000);

    private EngineArguments() {
    }

    static void requireArg(Object value, String name, String fix) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null: " + fix);
        }
    }

    static void requireUid(String uid) {
        if (uid == null || uid.isEmpty()) {
            throw new IllegalArgumentException("uid is " + (uid == null ? "null" : "empty")
                    + ": pass the remote user's id (from onRemoteUserOnLineNotify)");
        }
    }

    static void requirePath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("path is " + (path == null ? "null" : "empty")
                    + ": pass a local file path or a URL of the sound");
        }
    }

    static void requireVolume(int volume, String name) {
        if (volume < 0 || volume > 100) {
            throw new IllegalArgumentException(name + " is " + volume + ": use a volume from 0 to 100");
        }
    }

    static void requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " is " + value + ": use a value of at least " + min);
        }
    }

    static void requireTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout is " + timeout
                    + ": pass a positive duration such as Duration.ofSeconds(10)");
        }
    }

    static void checkVideoFrame(VideoDataSample s) {
        int w = s.width();
        int h = s.height();
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("Video frame is " + w + "x" + h
                    + ": width and height must be positive; set them to the frame's size");
        }
        if (w > MAX_VIDEO_SIDE || h > MAX_VIDEO_SIDE || (long) w * h > MAX_VIDEO_PIXELS) {
            throw new IllegalArgumentException("Video frame is " + w + "x" + h
                    + ": frames of 2K and above are not supported by ARTC; scale to 1920x1080 or below");
        }
        if (s.format() == VideoDataFormat.I420) {
            long chromaRows = (h + 1) / 2;
            long strideY = s.strideY() > 0 ? s.strideY() : w;
            long strideU = s.strideU() > 0 ? s.strideU() : (w + 1) / 2;
            long strideV = s.strideV() > 0 ? s.strideV() : (w + 1) / 2;
            long expected = strideY * h + (strideU + strideV) * chromaRows;
            if (s.dataLength() != expected) {
                throw new IllegalArgumentException("An I420 frame of " + w + "x" + h + " with strides " + strideY
                        + "/" + strideU + "/" + strideV + " is " + expected + " bytes, but dataLength is "
                        + s.dataLength() + ": pass exactly one frame (Y, then U, then V planes)");
            }
        }
    }

    static void checkPushFormat(boolean enable, int sampleRate, int channels) {
        if (enable && !PUSH_SAMPLE_RATES.contains(sampleRate)) {
            throw new IllegalArgumentException("sampleRate is " + sampleRate + ": use one of "
                    + "8000, 12000, 16000, 24000, 32000, 44100, 48000 or 96000 Hz");
        }
        if (enable && channels != 1 && channels != 2) {
            throw new IllegalArgumentException("channels is " + channels + ": use 1 (mono) or 2 (stereo)");
        }
    }

    static void checkPcmLength(int length, int available) {
        if (length <= 0 || length > available) {
            throw new IllegalArgumentException("PCM length is " + length + " but the array holds " + available
                    + " bytes: use a length from 2 to the array length");
        }
        if ((length & 1) != 0) {
            throw new IllegalArgumentException("PCM length is " + length
                    + " bytes, an odd number: 16-bit samples take 2 bytes each, so pass whole samples");
        }
    }

    static void checkSei(byte[] message) {
        if (message.length > MAX_SEI_BYTES) {
            throw new IllegalArgumentException("SEI message is " + message.length + " bytes; the limit is "
                    + MAX_SEI_BYTES + " bytes: split it or use the data channel");
        }
    }

    static void checkDataChannelMessage(int size) {
        if (size > MAX_DATA_CHANNEL_BYTES) {
            throw new IllegalArgumentException("Data channel message is " + size + " bytes; the limit is "
                    + MAX_DATA_CHANNEL_BYTES + " bytes: split it into several messages");
        }
    }

    static void checkVoiceprint(byte[] vectorOrNull) {
        if (vectorOrNull != null && vectorOrNull.length != VOICEPRINT_BYTES) {
            throw new IllegalArgumentException("Voiceprint vector is " + vectorOrNull.length + " bytes: pass exactly "
                    + VOICEPRINT_BYTES + " bytes (192 float32 values), or null to clear it");
        }
    }
}
