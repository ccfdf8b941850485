package org.alirtc.media;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Format of signed 16-bit little-endian PCM audio, interleaved when stereo.
 *
 * <p>Only the sample rates the ARTC engine understands are accepted, so a format that passes
 * validation here can always be declared to the core service.
 *
 * @param sampleRate samples per second per channel, one of {@link #SUPPORTED_RATES}
 * @param channels   1 (mono) or 2 (stereo)
 */
public record PcmFormat(int sampleRate, int channels) {

    /** Bytes in one sample of one channel. */
    public static final int BYTES_PER_SAMPLE = 2;

    private static final int[] SUPPORTED_RATES = {8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 96000};

    /** Validates the rate and channel count; the message lists what is allowed. */
    public PcmFormat {
        if (Arrays.binarySearch(SUPPORTED_RATES, sampleRate) < 0) {
            throw new IllegalArgumentException(
                    "Unsupported PCM sample rate " + sampleRate + " Hz; use one of " + supportedRatesText() + " Hz");
        }
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException(
                    "Unsupported PCM channel count " + channels + "; use 1 (mono) or 2 (stereo)");
        }
    }

    /** Same as the constructor; reads better at call sites such as {@code PcmFormat.of(48000, 1)}. */
    public static PcmFormat of(int sampleRate, int channels) {
        return new PcmFormat(sampleRate, channels);
    }

    /** Whether {@code sampleRate} is one of the supported rates. */
    public static boolean isSupportedRate(int sampleRate) {
        return Arrays.binarySearch(SUPPORTED_RATES, sampleRate) >= 0;
    }

    /** The supported sample rates in ascending order (a fresh copy). */
    public static int[] supportedRates() {
        return SUPPORTED_RATES.clone();
    }

    /**
     * Samples per channel in 10 ms, rounded down: 11025 Hz gives 110 (not 110.25) and 22050 Hz gives
     * 220 (not 220.5). The engine exchanges whole samples per 10 ms frame, so at those two rates a
     * stream of 10 ms frames runs slightly short of real time; every other supported rate divides
     * exactly.
     */
    public int samplesPer10ms() {
        return sampleRate / 100;
    }

    /** Bytes in one sample of every channel (the WAV "block align"). */
    public int bytesPerSampleFrame() {
        return channels * BYTES_PER_SAMPLE;
    }

    /**
     * Bytes in a frame of {@code ms} milliseconds: {@code floor(sampleRate * ms / 1000) * channels * 2}.
     * For 10 ms this is {@code samplesPer10ms() * channels * 2}; see {@link #samplesPer10ms()} for the
     * rounding at 11025 and 22050 Hz.
     */
    public int bytesPerFrame(int ms) {
        if (ms <= 0) {
            throw new IllegalArgumentException(
                    "Frame duration must be positive but was " + ms + " ms; use e.g. 10 for the engine's 10 ms frames");
        }
        long samples = (long) sampleRate * ms / 1000;
        long bytes = samples * bytesPerSampleFrame();
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "A frame of " + ms + " ms at " + this + " does not fit in a byte array; use a shorter frame");
        }
        return (int) bytes;
    }

    /** Bytes per second of audio. */
    public int bytesPerSecond() {
        return sampleRate * bytesPerSampleFrame();
    }

    /** Play time of {@code byteCount} bytes in whole milliseconds, rounded down. */
    public long durationMillis(long byteCount) {
        if (byteCount < 0) {
            throw new IllegalArgumentException("Byte count must not be negative but was " + byteCount);
        }
        // Split into whole seconds and remainder so huge counts cannot overflow the multiplication.
        long perSecond = bytesPerSecond();
        return byteCount / perSecond * 1000 + byteCount % perSecond * 1000 / perSecond;
    }

    @Override
    public String toString() {
        return sampleRate + " Hz " + (channels == 1 ? "mono" : "stereo");
    }

    private static String supportedRatesText() {
        return Arrays.stream(SUPPORTED_RATES).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    }
}
