package org.alirtc.media;

/**
 * Streaming converter between two {@link PcmFormat}s: any supported sample rate to any other, and
 * mono to stereo (each sample duplicated) or stereo to mono (left and right averaged).
 *
 * <p>Rate conversion uses a polyphase windowed-sinc low-pass whose stop band starts at the lower of
 * the two Nyquist frequencies, so downsampling does not alias. The filter history is kept between
 * calls: feeding a stream in 10 ms frames yields exactly the same samples as feeding it in one piece,
 * with no clicks at frame boundaries. Each call returns every output sample whose input is complete,
 * so the output length may differ by one sample from call to call while the total follows the rate
 * ratio. The filter delays the signal by half its length, 32 samples at the lower of the two rates
 * (2 ms at 16 kHz).
 *
 * <p>Not thread-safe: use one instance per stream.
 */
public final class Resampler {

    private final PcmFormat in;
    private final PcmFormat out;
    private final PolyphaseFilter filter;
    private final int history;
    private float[][] work;
    /** Position of the next output sample on the upsampled time axis, relative to the first input sample of the next call. */
    private long nextPosition;

    /** Creates a converter from {@code in} to {@code out}. */
    public Resampler(PcmFormat in, PcmFormat out) {
        this.in = in;
        this.out = out;
        this.filter = in.sampleRate() == out.sampleRate()
                ? null
                : PolyphaseFilter.forRates(in.sampleRate(), out.sampleRate());
        this.history = filter == null ? 0 : filter.taps - 1;
        this.work = new float[Math.min(in.channels(), out.channels())][history + in.samplesPer10ms()];
    }

    /** Whether converting from {@code a} to {@code b} changes anything, i.e. whether a Resampler is needed at all. */
    public static boolean needed(PcmFormat a, PcmFormat b) {
        return !a.equals(b);
    }

    /** The format {@link #process} expects. */
    public PcmFormat inputFormat() {
        return in;
    }

    /**
     * Converts the next piece of the stream. The input must hold whole samples for every input channel;
     * its length is otherwise free. Returns a new array (possibly empty when the input was tiny).
     */
    public byte[] process(byte[] pcm) {
        Pcm.requireWholeSamples(pcm.length, in.channels());
        int frames = pcm.length / in.bytesPerSampleFrame();
        loadInput(pcm, frames);
        byte[] result = filter == null ? copyThrough(frames) : filter(frames);
        for (float[] channel : work) {
            System.arraycopy(channel, frames, channel, 0, history);
        }
        return result;
    }

    private void loadInput(byte[] pcm, int frames) {
        if (work[0].length < history + frames) {
            float[][] grown = new float[work.length][history + frames];
            for (int c = 0; c < work.length; c++) {
                System.arraycopy(work[c], 0, grown[c], 0, history);
            }
            work = grown;
        }
        int inChannels = in.channels();
        for (int i = 0; i < frames; i++) {
            int b = i * inChannels * 2;
            if (inChannels == work.length) {
                for (int c = 0; c < inChannels; c++) {
                    work[c][history + i] = Pcm.sampleAt(pcm, b + 2 * c);
                }
            } else {
                work[0][history + i] = (Pcm.sampleAt(pcm, b) + Pcm.sampleAt(pcm, b + 2)) * 0.5f;
            }
        }
    }

    private byte[] copyThrough(int frames) {
        byte[] result = new byte[frames * out.bytesPerSampleFrame()];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < work.length; c++) {
                writeSample(result, i, c, work[c][i]);
            }
        }
        return result;
    }

    private byte[] filter(int frames) {
        long available = (long) frames * filter.up;
        int count = nextPosition >= available ? 0 : (int) ((available - nextPosition + filter.down - 1) / filter.down);
        byte[] result = new byte[count * out.bytesPerSampleFrame()];
        float[] coefficients = filter.coefficients;
        int taps = filter.taps;
        long position = nextPosition;
        for (int i = 0; i < count; i++, position += filter.down) {
            int newest = (int) (position / filter.up) + history;
            int base = (int) (position % filter.up) * taps;
            for (int c = 0; c < work.length; c++) {
                float[] x = work[c];
                double acc = 0;
                for (int k = 0; k < taps; k++) {
                    acc += x[newest - k] * coefficients[base + k];
                }
                writeSample(result, i, c, acc);
            }
        }
        nextPosition = position - available;
        return result;
    }

    /** Writes work channel {@code c} of output frame {@code frame}, duplicating it when mono becomes stereo. */
    private void writeSample(byte[] result, int frame, int c, double value) {
        short sample = Pcm.clip(Math.round(value));
        int outChannels = out.channels();
        int b = frame * outChannels * 2;
        if (outChannels == work.length) {
            Pcm.putSample(result, b + 2 * c, sample);
        } else {
            Pcm.putSample(result, b, sample);
            Pcm.putSample(result, b + 2, sample);
        }
    }
}
