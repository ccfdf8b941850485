package org.alirtc.media;

/**
 * Thrown when a WAV file holds less audio than its header declares, and the caller asked for the whole of it
 * ({@link WavStream#requireComplete}). The message gives both lengths.
 */
public class TruncatedWavException extends WavFormatException {

    private static final long serialVersionUID = 1L;

    /** @param message the declared and the actual length, and how to fix the file */
    public TruncatedWavException(String message) {
        super(message);
    }
}
