package org.alirtc.media;

/**
 * Decides for each 10 ms frame of 16 kHz mono PCM whether it holds speech. Stateful: one instance per audio stream,
 * fed from one thread at a time.
 */
public interface VoiceActivityDetector {

    /** The format a detector takes: 10 ms frames of this. */
    PcmFormat FORMAT = PcmFormat.of(16_000, 1);

    /** Samples of one 10 ms frame. */
    int HOP = 160;

    /** Takes the next 10 ms (160 samples) and says whether speech is present in it. */
    boolean accept(short[] frame);

    /** Frames by which the first "speech" lags behind the onset of speech. */
    int onsetLagFrames();

    /**
     * Frames by which the detector goes on saying "speech" after the speech stopped, at the most that matters: the
     * silence that ends a turn counts from this much before the last "speech", so the turn completes on time.
     */
    int endLagFrames();

    /**
     * Frames by which the last "speech" typically follows the end of speech: where the turn's end is placed, before
     * the last "speech". By default {@link #endLagFrames()}; a detector whose hangover varies from one ending to the
     * next places the end by its typical lag and times the turn by its longest.
     */
    default int endPlacementLagFrames() {
        return endLagFrames();
    }
}
