package org.alirtc.media;

import java.util.Objects;

/**
 * Helpers for signed 16-bit little-endian PCM (interleaved when stereo).
 *
 * <p>{@link #mixInto}, {@link #rms} and {@link #levelDbfs} allocate nothing, because the local core
 * service runs them for every participant every 10 ms.
 */
public final class Pcm {

    /** Level reported for digital silence (and the floor for anything quieter), in dBFS. */
    public static final double SILENCE_DBFS = -100.0;

    private static final double FULL_SCALE = 32768.0;

    private Pcm() {}

    /** Reads {@code len} bytes starting at {@code off} as little-endian 16-bit samples. */
    public static short[] toShorts(byte[] le, int off, int len) {
        Objects.checkFromIndexSize(off, len, le.length);
        requireWholeSamples(len, 1);
        short[] out = new short[len / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = sampleAt(le, off + 2 * i);
        }
        return out;
    }

    /** Reads a whole byte array as little-endian 16-bit samples. */
    public static short[] toShorts(byte[] le) {
        return toShorts(le, 0, le.length);
    }

    /** Writes samples as little-endian bytes. */
    public static byte[] toBytes(short[] samples) {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            putSample(out, 2 * i, samples[i]);
        }
        return out;
    }

    /**
     * Checks that {@code byteLength} bytes hold a whole number of 16-bit samples for every channel.
     *
     * @throws IllegalArgumentException naming the length and how to fix it
     */
    public static void requireWholeSamples(int byteLength, int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("Channel count must be at least 1 but was " + channels);
        }
        if (byteLength < 0 || byteLength % (2 * channels) != 0) {
            throw new IllegalArgumentException("PCM length " + byteLength
                    + " is not a whole number of 16-bit samples for " + channels
                    + " channel(s); send an even number of bytes (a multiple of " + (2 * channels) + ")");
        }
    }

    /**
     * Adds every sample of {@code pcm} to the matching slot of {@code acc}. A shorter buffer only
     * contributes to the leading slots, so a participant that sent a short frame is still mixed.
     * Follow with {@link #saturate(int[])} to get PCM back.
     */
    public static void mixInto(int[] acc, byte[] pcm) {
        requireWholeSamples(pcm.length, 1);
        int samples = pcm.length / 2;
        if (samples > acc.length) {
            throw new IllegalArgumentException("PCM buffer of " + samples + " samples does not fit a mix of "
                    + acc.length + " samples; mix frames of the same format and duration");
        }
        for (int i = 0; i < samples; i++) {
            acc[i] += sampleAt(pcm, 2 * i);
        }
    }

    /** Turns a mix accumulator into PCM, clipping each sum to [-32768, 32767]. */
    public static byte[] saturate(int[] acc) {
        byte[] out = new byte[acc.length * 2];
        for (int i = 0; i < acc.length; i++) {
            putSample(out, 2 * i, clip(acc[i]));
        }
        return out;
    }

    /** Root mean square of all samples (every channel together), in sample units 0..32768; 0 when empty. */
    public static double rms(byte[] pcm) {
        requireWholeSamples(pcm.length, 1);
        int samples = pcm.length / 2;
        if (samples == 0) {
            return 0.0;
        }
        long sumSquares = 0;
        for (int b = 0; b < pcm.length; b += 2) {
            int s = sampleAt(pcm, b);
            sumSquares += (long) s * s;
        }
        return Math.sqrt((double) sumSquares / samples);
    }

    /**
     * RMS level relative to full scale: {@code 20 * log10(rms / 32768)}. A full-scale square wave is
     * 0 dBFS and a full-scale sine about -3 dBFS. Silence has no finite level, so the result is
     * clamped to {@link #SILENCE_DBFS} (-100 dBFS), which also covers empty buffers.
     */
    public static double levelDbfs(byte[] pcm) {
        double rms = rms(pcm);
        if (rms == 0.0) {
            return SILENCE_DBFS;
        }
        return Math.max(SILENCE_DBFS, 20.0 * Math.log10(rms / FULL_SCALE));
    }

    /** {@code bytes} bytes of silence (all zero samples). */
    public static byte[] silence(int bytes) {
        requireWholeSamples(bytes, 1);
        return new byte[bytes];
    }

    /**
     * Returns a copy with every sample multiplied by {@code volumePercent / 100}, clipped to the 16-bit
     * range. 100 keeps the level, 0 mutes, values above 100 amplify.
     */
    public static byte[] scale(byte[] pcm, int volumePercent) {
        if (volumePercent < 0) {
            throw new IllegalArgumentException("Volume must be 0 or more percent but was " + volumePercent
                    + "; use 0 to mute, 100 for unchanged, more than 100 to amplify");
        }
        requireWholeSamples(pcm.length, 1);
        byte[] out = new byte[pcm.length];
        for (int b = 0; b < pcm.length; b += 2) {
            long scaled = Math.round(sampleAt(pcm, b) * volumePercent / 100.0);
            putSample(out, b, clip(scaled));
        }
        return out;
    }

    /** The sample whose low byte is at {@code byteOffset}. */
    public static short sampleAt(byte[] pcm, int byteOffset) {
        return (short) ((pcm[byteOffset] & 0xff) | (pcm[byteOffset + 1] << 8));
    }

    /** Stores {@code sample} little-endian at {@code byteOffset}. */
    public static void putSample(byte[] pcm, int byteOffset, int sample) {
        pcm[byteOffset] = (byte) sample;
        pcm[byteOffset + 1] = (byte) (sample >> 8);
    }

    /** Clips to the 16-bit sample range. */
    static short clip(long value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }
}
