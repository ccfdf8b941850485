package org.alirtc.camel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Converter;
import org.apache.camel.Exchange;

import org.alirtc.media.I420;
import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioFrameType;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.VideoFrame;
import org.alirtc.sdk.model.VideoFrameType;

/**
 * Camel type converters for the media and message bodies of the {@code alirtc} component.
 *
 * <h2>Audio</h2>
 * <ul>
 * <li>{@code byte[]} / {@code ByteBuffer} to {@link AudioPcmFrame}: the bytes are 16-bit signed little-endian PCM.
 * Raw bytes carry no format, so the sample rate and channel count come from the exchange headers
 * {@code CamelAliRtcSampleRate} and {@code CamelAliRtcChannels}; without an exchange, or where a header is absent,
 * {@value #DEFAULT_SAMPLE_RATE} Hz and {@value #DEFAULT_CHANNELS} channel are assumed.</li>
 * <li>{@link AudioPcmFrame} to {@code byte[]} and {@code InputStream}: the frame's PCM bytes.</li>
 * <li>{@link AudioAacFrame} to {@code byte[]} and {@code InputStream}: the frame's AAC bytes (ADTS framing).</li>
 * <li>{@link AudioPcmFrame} to {@link AudioInputStream}: 16-bit signed little-endian PCM for Java Sound.</li>
 * </ul>
 *
 * <h2>Video</h2>
 * <ul>
 * <li>{@link VideoFrame} to {@link BufferedImage}: the decoded picture (BT.601 limited range); only decoded frames
 * ({@link VideoFrameType#YUV_I420}) are pictures, an H.264 frame is refused with an {@link IllegalArgumentException}
 * that says so.</li>
 * <li>{@link VideoFrame} to {@code byte[]} and {@link InputStream}: the frame as a file's content, a PNG file for a
 * decoded picture and the H.264 NAL units for an encoded frame. This is the conversion the {@code file:} producer
 * requests, so {@code .to("file:snapshots?fileName=${header.CamelAliRtcUserId}-${date:now:yyyyMMdd-HHmmssSSS}.png")}
 * writes viewable pictures; use {@link VideoFrame#data()} for the raw I420 planes.</li>
 * </ul>
 *
 * <h2>Messages and events</h2>
 * {@link DataChannelMessage} and {@link SeiMessage} convert to and from {@code String} (UTF-8) and {@code byte[]}
 * (the payload), and to {@code InputStream}, so {@code file:}, {@code jms:}, {@code http:} and {@code log:} get the
 * payload. Built from text or bytes, a data-channel message is a custom message and an SEI message is sent once, at
 * once, on any frame. An {@link AliRtcEvent} converts to its JSON text as {@code String}, {@code byte[]} (UTF-8) and
 * {@code InputStream}.
 */
@Converter(generateLoader = true)
public final class AliRtcTypeConverters {

    /** Sample rate assumed for raw PCM when the exchange does not say otherwise. */
    public static final int DEFAULT_SAMPLE_RATE = 48000;
    /** Channel count assumed for raw PCM when the exchange does not say otherwise. */
    public static final int DEFAULT_CHANNELS = 1;

    private static final int SAMPLE_BITS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AliRtcTypeConverters() {}

    /**
     * Wraps 16-bit little-endian PCM into a frame; the format comes from the exchange headers (see the class doc).
     *
     * @throws IllegalArgumentException when the length is not a whole number of samples or the format is unsupported
     */
    @Converter
    public static AudioPcmFrame toAudioPcmFrame(byte[] pcm, Exchange exchange) {
        PcmFormat format = formatOf(exchange);
        Pcm.requireWholeSamples(pcm.length, format.channels());
        int samples = pcm.length / format.bytesPerSampleFrame();
        int frameMs = (int) format.durationMillis(pcm.length);
        return new AudioPcmFrame(
                AudioFrameType.RAW_PCM.code(),
                frameMs,
                format.sampleRate(),
                samples,
                format.channels(),
                SAMPLE_BITS,
                0,
                pcm);
    }

    /** As {@link #toAudioPcmFrame(byte[], Exchange)} for the remaining bytes; the buffer's position is not moved. */
    @Converter
    public static AudioPcmFrame toAudioPcmFrame(ByteBuffer pcm, Exchange exchange) {
        byte[] bytes = new byte[pcm.remaining()];
        pcm.duplicate().get(bytes);
        return toAudioPcmFrame(bytes, exchange);
    }

    /** The frame's PCM bytes (not copied). */
    @Converter
    public static byte[] toByteArray(AudioPcmFrame frame) {
        return frame.data();
    }

    /** The frame's PCM bytes as a stream. */
    @Converter
    public static InputStream toInputStream(AudioPcmFrame frame) {
        return new ByteArrayInputStream(frame.data());
    }

    /** The frame's AAC bytes (not copied). */
    @Converter
    public static byte[] toByteArray(AudioAacFrame frame) {
        return frame.data();
    }

    /** The frame's AAC bytes as a stream. */
    @Converter
    public static InputStream toInputStream(AudioAacFrame frame) {
        return new ByteArrayInputStream(frame.data());
    }

    /**
     * The frame as a Java Sound stream of 16-bit signed little-endian PCM.
     *
     * @throws IllegalArgumentException when the frame is not 16-bit or its length is not a whole number of samples
     */
    @Converter
    public static AudioInputStream toAudioInputStream(AudioPcmFrame frame) {
        if (frame.sampleBits() != SAMPLE_BITS) {
            throw new IllegalArgumentException("AudioPcmFrame has " + frame.sampleBits()
                    + "-bit samples but only 16-bit PCM can be converted to an AudioInputStream;"
                    + " deliver 16-bit PCM frames");
        }
        Pcm.requireWholeSamples(frame.data().length, frame.channels());
        AudioFormat format = new AudioFormat(frame.sampleRate(), SAMPLE_BITS, frame.channels(), true, false);
        long sampleFrames = frame.data().length / format.getFrameSize();
        return new AudioInputStream(new ByteArrayInputStream(frame.data()), format, sampleFrames);
    }

    /**
     * The decoded picture of a YUV I420 frame.
     *
     * @throws IllegalArgumentException for an H.264 frame, or when the data does not match the frame size
     */
    @Converter
    public static BufferedImage toBufferedImage(VideoFrame frame) {
        requirePicture(frame);
        return I420.toBufferedImage(frame.data(), frame.width(), frame.height());
    }

    /**
     * The frame as a file's content: a PNG file for a YUV I420 picture, the NAL units (not copied) for an H.264 frame.
     *
     * @throws IllegalArgumentException when the data does not match the frame size
     */
    @Converter
    public static byte[] toByteArray(VideoFrame frame) {
        if (frame.type() == VideoFrameType.H264_NALU.code()) {
            return frame.data();
        }
        requirePicture(frame);
        return I420.toPng(frame.data(), frame.width(), frame.height());
    }

    /** As {@link #toByteArray(VideoFrame)}, as a stream, so the {@code file:} producer writes viewable images. */
    @Converter
    public static InputStream toInputStream(VideoFrame frame) {
        return new ByteArrayInputStream(toByteArray(frame));
    }

    /** The payload decoded as UTF-8. */
    @Converter
    public static String toString(DataChannelMessage message) {
        return message.text();
    }

    /** The payload bytes (not copied). */
    @Converter
    public static byte[] toByteArray(DataChannelMessage message) {
        return message.data();
    }

    /** The payload bytes as a stream. */
    @Converter
    public static InputStream toInputStream(DataChannelMessage message) {
        return new ByteArrayInputStream(message.data());
    }

    /** A custom data-channel message carrying {@code text} as UTF-8. */
    @Converter
    public static DataChannelMessage toDataChannelMessage(String text) {
        return DataChannelMessage.custom(text);
    }

    /** A custom data-channel message carrying {@code data}. */
    @Converter
    public static DataChannelMessage toDataChannelMessage(byte[] data) {
        return DataChannelMessage.custom(data);
    }

    /** The SEI payload decoded as UTF-8. */
    @Converter
    public static String toString(SeiMessage message) {
        return new String(message.data(), StandardCharsets.UTF_8);
    }

    /** The SEI payload bytes (not copied). */
    @Converter
    public static byte[] toByteArray(SeiMessage message) {
        return message.data();
    }

    /** The SEI payload bytes as a stream. */
    @Converter
    public static InputStream toInputStream(SeiMessage message) {
        return new ByteArrayInputStream(message.data());
    }

    /** The event as JSON text, as the class doc of {@link AliRtcEvent} shows. */
    @Converter
    public static String toString(AliRtcEvent event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event " + event.type() + " cannot be written as JSON: " + e.getOriginalMessage()
                            + "; keep its details to numbers, text and booleans",
                    e);
        }
    }

    /** The event as JSON text in UTF-8. */
    @Converter
    public static byte[] toByteArray(AliRtcEvent event) {
        return toString(event).getBytes(StandardCharsets.UTF_8);
    }

    /** The event as JSON text in UTF-8, as a stream. */
    @Converter
    public static InputStream toInputStream(AliRtcEvent event) {
        return new ByteArrayInputStream(toByteArray(event));
    }

    /** An SEI message carrying {@code text} as UTF-8, sent once, at once, on any frame. */
    @Converter
    public static SeiMessage toSeiMessage(String text) {
        return SeiMessage.of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An SEI message carrying {@code data}, sent once, at once, on any frame. */
    @Converter
    public static SeiMessage toSeiMessage(byte[] data) {
        return SeiMessage.of(data);
    }

    private static PcmFormat formatOf(Exchange exchange) {
        if (exchange == null) {
            return PcmFormat.of(DEFAULT_SAMPLE_RATE, DEFAULT_CHANNELS);
        }
        Integer sampleRate = exchange.getMessage().getHeader(AliRtcConstants.SAMPLE_RATE, Integer.class);
        Integer channels = exchange.getMessage().getHeader(AliRtcConstants.CHANNELS, Integer.class);
        return PcmFormat.of(
                sampleRate != null ? sampleRate : DEFAULT_SAMPLE_RATE, channels != null ? channels : DEFAULT_CHANNELS);
    }

    private static void requirePicture(VideoFrame frame) {
        if (frame.type() != VideoFrameType.YUV_I420.code()) {
            String kind = frame.frameType().map(Enum::name).orElse("unknown type code " + frame.type());
            throw new IllegalArgumentException("VideoFrame " + frame.width() + "x" + frame.height() + " is " + kind
                    + ", not a decoded YUV I420 picture, so it cannot become an image; subscribe to decoded YUV"
                    + " video, or use the frame's data() as H.264 NAL units");
        }
    }
}
