package org.alirtc.camel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

import org.apache.camel.Converter;
import org.apache.camel.Exchange;

import org.alirtc.media.I420;
import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
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
 * <li>{@link AudioPcmFrame} to {@code byte[]}: the frame's PCM bytes.</li>
 * <li>{@link AudioPcmFrame} to {@link AudioInputStream}: 16-bit signed little-endian PCM for Java Sound.</li>
 * </ul>
 *
 * <h2>Video</h2>
 * Only decoded frames ({@link VideoFrameType#YUV_I420}) are pictures; an H.264 frame is refused with an
 * {@link IllegalArgumentException} that says so.
 * <ul>
 * <li>{@link VideoFrame} to {@link BufferedImage}: the decoded picture (BT.601 limited range).</li>
 * <li>{@link VideoFrame} to {@link InputStream}: the picture as a PNG file. This is the conversion the
 * {@code file:} producer requests, so {@code .to("file:snapshots?fileName=${header.CamelAliRtcUserId}-${date:now:yyyyMMdd-HHmmssSSS}.png")}
 * writes viewable pictures. There is deliberately no {@code VideoFrame} to {@code byte[]} conversion: raw I420
 * bytes and PNG bytes would both be plausible meanings; use {@link VideoFrame#data()} for the raw planes.</li>
 * </ul>
 *
 * <h2>Messages</h2>
 * {@link DataChannelMessage} and {@link SeiMessage} convert to and from {@code String} (UTF-8) and {@code byte[]}
 * (the payload). Built from text or bytes, a data-channel message is a custom message and an SEI message is sent
 * once, at once, on any frame.
 */
@Converter(generateLoader = true)
public final class AliRtcTypeConverters {

    /** Sample rate assumed for raw PCM when the exchange does not say otherwise. */
    public static final int DEFAULT_SAMPLE_RATE = 48000;
    /** Channel count assumed for raw PCM when the exchange does not say otherwise. */
    public static final int DEFAULT_CHANNELS = 1;

    private static final int SAMPLE_BITS = 16;

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
     * The picture of a YUV I420 frame as a PNG file, so the {@code file:} producer writes viewable images.
     *
     * @throws IllegalArgumentException for an H.264 frame, or when the data does not match the frame size
     */
    @Converter
    public static InputStream toInputStream(VideoFrame frame) {
        requirePicture(frame);
        return new ByteArrayInputStream(I420.toPng(frame.data(), frame.width(), frame.height()));
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
