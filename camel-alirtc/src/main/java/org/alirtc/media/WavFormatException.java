package org.alirtc.media;

/** Thrown when bytes are not a RIFF/WAVE file with 16-bit PCM audio; the message says what was found and what is needed. */
public class WavFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the file and how to fix it */
    public WavFormatException(String message) {
        super(message);
    }
}
