package org.alirtc.camel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.apache.camel.Converter;

/** Turns an {@link AliRtcUtterance} into a WAV file, the form recognizers, files and HTTP posts take. */
@Converter(generateLoader = true)
public final class AliRtcUtteranceConverters {

    private AliRtcUtteranceConverters() {}

    /** The utterance as a complete WAV file. */
    @Converter
    public static byte[] toByteArray(AliRtcUtterance utterance) {
        return utterance.toWav();
    }

    /** A stream of the complete WAV file. */
    @Converter
    public static InputStream toInputStream(AliRtcUtterance utterance) {
        return new ByteArrayInputStream(utterance.toWav());
    }

    /** The utterance for javax.sound. */
    @Converter
    public static AudioInputStream toAudioInputStream(AliRtcUtterance utterance)
            throws IOException, UnsupportedAudioFileException {
        return AudioSystem.getAudioInputStream(new ByteArrayInputStream(utterance.toWav()));
    }
}
