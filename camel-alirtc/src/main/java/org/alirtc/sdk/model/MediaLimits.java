package org.alirtc.sdk.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * ARTC's documented limits on what a client may send, defined once for the SDK, the local core, the Camel producer
 * and the CLI. The checks throw {@link IllegalArgumentException} with a message that names the limit and the fix.
 * The per-second data channel limits depend on what was sent before; {@link DataChannelBudget} keeps that window.
 */
public final class MediaLimits {

    /** Largest data channel message. */
    public static final int MAX_DATA_CHANNEL_MESSAGE_BYTES = 1024;
    /** Most data channel messages one sender may send in any one-second window. */
    public static final int MAX_DATA_CHANNEL_MESSAGES_PER_SECOND = 60;
    /** Most data channel bytes (30 KB) one sender may send in any one-second window. */
    public static final int MAX_DATA_CHANNEL_BYTES_PER_SECOND = 30 * 1024;
    /** Largest media extension (SEI) message. */
    public static final int MAX_SEI_BYTES = 4096;
    /** Longest side of a video frame: frames must stay below 2K. */
    public static final int MAX_VIDEO_SIDE = 1920;
    /** Most pixels in a video frame, 1920x1080 in either orientation. */
    public static final long MAX_VIDEO_PIXELS = 1920L * 1080;
    /** Exact size of a voiceprint vector: 192 float32 values. */
    public static final int VOICEPRINT_BYTES = 768;
    /**
     * Sample rates the core service takes for pushed (external) audio, ascending and comma-separated: a compile-time
     * constant, so that option annotations can list them too.
     */
    public static final String PUSH_SAMPLE_RATES_CSV = "8000,12000,16000,24000,32000,44100,48000,96000";
    /** {@link #PUSH_SAMPLE_RATES_CSV} as numbers. */
    public static final List<Integer> PUSH_SAMPLE_RATES =
            Stream.of(PUSH_SAMPLE_RATES_CSV.split(",")).map(Integer::valueOf).toList();

    private MediaLimits() {}

    /** Whether a video frame of this size is below 2K, the largest ARTC carries. */
    public static boolean isVideoBelow2k(int width, int height) {
        return width <= MAX_VIDEO_SIDE && height <= MAX_VIDEO_SIDE && (long) width * height <= MAX_VIDEO_PIXELS;
    }

    /** @throws IllegalArgumentException if a video frame of this size is 2K or above */
    public static void checkVideoSize(int width, int height) {
        if (!isVideoBelow2k(width, height)) {
            throw new IllegalArgumentException("Video frame is " + width + "x" + height
                    + ": frames of 2K and above are not supported by ARTC; scale to 1920x1080 or below");
        }
    }

    /** @throws IllegalArgumentException if a data channel message of this many bytes is too large */
    public static void checkDataChannelMessage(int bytes) {
        if (bytes > MAX_DATA_CHANNEL_MESSAGE_BYTES) {
            throw new IllegalArgumentException("Data channel message is " + bytes + " bytes; the limit is "
                    + MAX_DATA_CHANNEL_MESSAGE_BYTES + " bytes: split it into several messages");
        }
    }

    /** @throws IllegalArgumentException if an SEI message of this many bytes is too large */
    public static void checkSei(int bytes) {
        if (bytes > MAX_SEI_BYTES) {
            throw new IllegalArgumentException("SEI message is " + bytes + " bytes; the limit is " + MAX_SEI_BYTES
                    + " bytes: split it or use the data channel");
        }
    }

    /** @throws IllegalArgumentException if {@code vectorOrNull} is neither null (clear) nor a whole voiceprint */
    public static void checkVoiceprint(byte[] vectorOrNull) {
        if (vectorOrNull != null && vectorOrNull.length != VOICEPRINT_BYTES) {
            throw new IllegalArgumentException("Voiceprint vector is " + vectorOrNull.length + " bytes: pass exactly "
                    + VOICEPRINT_BYTES + " bytes (" + VOICEPRINT_BYTES / Float.BYTES
                    + " float32 values), or null to clear it");
        }
    }

    /** @throws IllegalArgumentException if pushed audio cannot have this sample rate */
    public static void checkPushSampleRate(int sampleRate) {
        if (!PUSH_SAMPLE_RATES.contains(sampleRate)) {
            throw new IllegalArgumentException(
                    "sampleRate is " + sampleRate + ": use one of " + pushSampleRatesText() + " Hz");
        }
    }

    /** "8000, 12000, ... 48000 or 96000", for messages. */
    private static String pushSampleRatesText() {
        List<String> rates = PUSH_SAMPLE_RATES.stream().map(String::valueOf).toList();
        return String.join(", ", rates.subList(0, rates.size() - 1)) + " or " + rates.get(rates.size() - 1);
    }
}
