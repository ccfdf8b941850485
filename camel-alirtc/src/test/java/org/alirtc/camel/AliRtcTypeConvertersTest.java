package org.alirtc.camel;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.TypeConversionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.media.I420;
import org.alirtc.media.Pcm;
import org.alirtc.sdk.model.AudioAacFrame;
import org.alirtc.sdk.model.AudioFrameType;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.DataMsgType;
import org.alirtc.sdk.model.VideoFrame;
import org.alirtc.sdk.model.VideoFrameType;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AliRtcTypeConvertersTest extends CamelTestSupport {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;

    @TempDir
    Path snapshots;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:snap")
                        .to("file:" + snapshots.toAbsolutePath() + "?fileName=${header.CamelAliRtcUserId}.png");
                from("direct:convert").convertBodyTo(AudioPcmFrame.class);
            }
        };
    }

    @Test
    void pcmBytesTakeTheFormatFromTheExchangeHeaders() {
        byte[] pcm = Pcm.toBytes(new short[] {1, -1, 1000, -1000, 32767, -32768, 7, 8});
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(pcm);
        exchange.getMessage().setHeader("CamelAliRtcSampleRate", 16000);
        exchange.getMessage().setHeader("CamelAliRtcChannels", "2");

        AudioPcmFrame frame = exchange.getMessage().getBody(AudioPcmFrame.class);

        assertEquals(16000, frame.sampleRate());
        assertEquals(2, frame.channels());
        assertEquals(4, frame.samples());
        assertEquals(16, frame.sampleBits());
        assertEquals(AudioFrameType.RAW_PCM.code(), frame.type());
        assertArrayEquals(pcm, frame.data());
    }

    @Test
    void pcmBytesWithoutAnExchangeAre48kHzMono() {
        byte[] tenMs = new byte[960];

        AudioPcmFrame frame = context.getTypeConverter().convertTo(AudioPcmFrame.class, tenMs);

        assertEquals(48000, frame.sampleRate());
        assertEquals(1, frame.channels());
        assertEquals(480, frame.samples());
        assertEquals(10, frame.frameMs());
    }

    @Test
    void byteBufferConvertsItsRemainingBytesWithoutMovingThePosition() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 9, 1, 0, 2, 0});
        buffer.position(2);

        AudioPcmFrame frame = context.getTypeConverter().convertTo(AudioPcmFrame.class, buffer);

        assertArrayEquals(new short[] {1, 2}, Pcm.toShorts(frame.data()));
        assertEquals(2, buffer.position());
    }

    @Test
    void oddLengthPcmIsRefusedNamingTheLengthAndTheFix() {
        TypeConversionException e = assertThrows(
                TypeConversionException.class,
                () -> context.getTypeConverter().convertTo(AudioPcmFrame.class, new byte[3]));

        IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertTrue(cause.getMessage().contains("PCM length 3"), cause.getMessage());
        assertTrue(cause.getMessage().contains("even number of bytes"), cause.getMessage());
    }

    @Test
    void audioFrameBecomesItsPcmBytes() {
        byte[] pcm = Pcm.toBytes(new short[] {5, 6, 7});

        byte[] bytes = context.getTypeConverter().convertTo(byte[].class, frame(pcm, 8000, 1));

        assertArrayEquals(pcm, bytes);
    }

    @Test
    void audioInputStreamReadsBackTheSameSamples() throws IOException {
        short[] samples = {0, 1, -1, 12345, -12345, 32767, -32768, 42};
        AudioPcmFrame frame = frame(Pcm.toBytes(samples), 44100, 2);

        try (AudioInputStream stream = context.getTypeConverter().convertTo(AudioInputStream.class, frame)) {
            AudioFormat format = stream.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
            assertEquals(44100f, format.getSampleRate());
            assertEquals(2, format.getChannels());
            assertEquals(16, format.getSampleSizeInBits());
            assertFalse(format.isBigEndian());
            assertEquals(4, stream.getFrameLength());
            assertArrayEquals(samples, Pcm.toShorts(stream.readAllBytes()));
        }
    }

    @Test
    void videoFrameBecomesAPictureWithTheRightColours() {
        BufferedImage image = context.getTypeConverter().convertTo(BufferedImage.class, testPatternFrame());

        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        // Second colour bar of the test pattern: 75% yellow.
        assertColour(0xBFBF00, image.getRGB(60, 10));
    }

    @Test
    void videoFrameStreamIsAPng() throws IOException {
        try (InputStream png = context.getTypeConverter().convertTo(InputStream.class, testPatternFrame())) {
            BufferedImage image = ImageIO.read(png);

            assertNotNull(image, "ImageIO could not decode the stream");
            assertEquals(WIDTH, image.getWidth());
            assertEquals(HEIGHT, image.getHeight());
            // Fourth bar: 75% green.
            assertColour(0x00BF00, image.getRGB(140, 10));
        }
    }

    @Test
    void fileProducerWritesAViewablePng() throws IOException {
        template.sendBodyAndHeader("direct:snap", testPatternFrame(), "CamelAliRtcUserId", "alice");

        File file = snapshots.resolve("alice.png").toFile();
        BufferedImage image = ImageIO.read(file);
        assertNotNull(image, "the written file is not a picture ImageIO can read");
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        // First bar: 75% white.
        assertColour(0xBFBFBF, image.getRGB(20, 10));
    }

    @Test
    void h264FrameIsRefusedWithAClearMessage() {
        VideoFrame nalu = new VideoFrame(
                0, VideoFrameType.H264_NALU.code(), 0, WIDTH, HEIGHT, 1, 0, List.of(), 0, new byte[] {0, 0, 0, 1, 0x65
                });

        TypeConversionException e = assertThrows(
                TypeConversionException.class, () -> context.getTypeConverter().convertTo(BufferedImage.class, nalu));

        String message = e.getCause().getMessage();
        assertTrue(message.contains("H264_NALU"), message);
        assertTrue(message.contains("subscribe to decoded YUV"), message);
    }

    @Test
    void truncatedI420FrameIsRefusedNamingTheExpectedSize() {
        VideoFrame truncated =
                new VideoFrame(0, VideoFrameType.YUV_I420.code(), 0, WIDTH, HEIGHT, 1, 0, List.of(), 0, new byte[100]);

        TypeConversionException e = assertThrows(
                TypeConversionException.class,
                () -> context.getTypeConverter().convertTo(InputStream.class, truncated));

        assertTrue(e.getCause().getMessage().contains("needs " + I420.frameSize(WIDTH, HEIGHT) + " bytes"));
    }

    @Test
    void dataChannelMessageConvertsToAndFromTextAndBytes() {
        DataChannelMessage fromText = context.getTypeConverter().convertTo(DataChannelMessage.class, "grüß dich");
        assertEquals(DataMsgType.CUSTOM.code(), fromText.type());
        assertArrayEquals("grüß dich".getBytes(StandardCharsets.UTF_8), fromText.data());
        assertEquals("grüß dich", context.getTypeConverter().convertTo(String.class, fromText));

        byte[] payload = {1, 2, (byte) 0xff};
        DataChannelMessage fromBytes = context.getTypeConverter().convertTo(DataChannelMessage.class, payload);
        assertEquals(DataMsgType.CUSTOM.code(), fromBytes.type());
        assertArrayEquals(payload, context.getTypeConverter().convertTo(byte[].class, fromBytes));
    }

    @Test
    void seiMessageConvertsToAndFromTextAndBytes() {
        SeiMessage fromText = context.getTypeConverter().convertTo(SeiMessage.class, "caption 1");
        assertEquals(SeiMessage.of("caption 1".getBytes(StandardCharsets.UTF_8)), fromText);
        assertEquals("caption 1", context.getTypeConverter().convertTo(String.class, fromText));

        byte[] payload = {0, 42};
        SeiMessage fromBytes = context.getTypeConverter().convertTo(SeiMessage.class, payload);
        assertArrayEquals(payload, context.getTypeConverter().convertTo(byte[].class, fromBytes));
    }

    @Test
    void everyConsumerBodyBecomesBytesAndAStreamAndTextWhereItHasOne() throws IOException {
        byte[] text = "hello".getBytes(StandardCharsets.UTF_8);
        AudioPcmFrame pcm =
                new AudioPcmFrame(AudioFrameType.RAW_PCM.code(), 10, 16000, 2, 1, 16, 0, new byte[] {1, 0, 2, 0});
        AudioAacFrame aac = new AudioAacFrame(AudioFrameType.RAW_PCM.code(), 20, 48000, 1, new byte[] {(byte) 0xff, 1});
        byte[] nal = {0, 0, 0, 1, 0x65};
        VideoFrame h264 = new VideoFrame(0, VideoFrameType.H264_NALU.code(), 0, WIDTH, HEIGHT, 1, 0, List.of(), 0, nal);
        AliRtcEvent event = new AliRtcEvent("userOnline", "bob", Map.of(), 7L);
        String eventJson = "{\"type\":\"userOnline\",\"userId\":\"bob\",\"details\":{},\"timestamp\":7}";

        Map<Object, byte[]> bodies = Map.of(
                DataChannelMessage.custom(text),
                text,
                SeiMessage.of(text),
                text,
                event,
                eventJson.getBytes(StandardCharsets.UTF_8),
                pcm,
                pcm.data(),
                aac,
                aac.data(),
                h264,
                nal);
        for (Map.Entry<Object, byte[]> body : bodies.entrySet()) {
            String what = body.getKey().getClass().getSimpleName();
            assertArrayEquals(body.getValue(), context.getTypeConverter().convertTo(byte[].class, body.getKey()), what);
            try (InputStream in = context.getTypeConverter().convertTo(InputStream.class, body.getKey())) {
                assertArrayEquals(body.getValue(), in.readAllBytes(), what);
            }
        }
        assertEquals("hello", context.getTypeConverter().convertTo(String.class, SeiMessage.of(text)));
        assertEquals(eventJson, context.getTypeConverter().convertTo(String.class, event));
        byte[] png = context.getTypeConverter().convertTo(byte[].class, testPatternFrame());
        assertNotNull(ImageIO.read(new java.io.ByteArrayInputStream(png)), "a decoded frame's bytes are a PNG file");
    }

    @Test
    void bodyConversionInARouteUsesTheHeaders() {
        Exchange exchange = template.request("direct:convert", e -> {
            e.getMessage().setBody(new byte[320]);
            e.getMessage().setHeaders(Map.of("CamelAliRtcSampleRate", 16000));
        });

        AudioPcmFrame frame = exchange.getMessage().getBody(AudioPcmFrame.class);
        assertEquals(16000, frame.sampleRate());
        assertEquals(10, frame.frameMs());
    }

    private static AudioPcmFrame frame(byte[] pcm, int sampleRate, int channels) {
        return new AudioPcmFrame(0, 10, sampleRate, pcm.length / 2 / channels, channels, 16, 0, pcm);
    }

    private static VideoFrame testPatternFrame() {
        return new VideoFrame(
                0,
                VideoFrameType.YUV_I420.code(),
                1000,
                WIDTH,
                HEIGHT,
                0,
                0,
                List.of(),
                0,
                I420.testPattern(WIDTH, HEIGHT, 0));
    }

    private static void assertColour(int expectedRgb, int actualRgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int expected = expectedRgb >> shift & 0xff;
            int actual = actualRgb >> shift & 0xff;
            assertTrue(
                    Math.abs(expected - actual) <= 4,
                    String.format("expected colour %06X but got %06X", expectedRgb, actualRgb & 0xFFFFFF));
        }
    }
}
