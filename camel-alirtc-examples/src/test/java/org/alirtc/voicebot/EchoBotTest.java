package org.alirtc.voicebot;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.alirtc.camel.AliRtcConstants;
import org.alirtc.camel.AliRtcMessageType;
import org.alirtc.media.Pcm;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.Resampler;
import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.DataChannelMessage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The echo bot's routes with its own properties, in a local room with a user, alice, who speaks a kept espeak-ng
 * sentence and sends a DataChannel message, and listens to what the bot sends back.
 */
class EchoBotTest {

    private static final String ALICE = "alirtc:echo-room?mode=local&userId=alice&dataChannel=true";
    private static final long WAIT_MS = 20_000;

    private final ConcurrentLinkedQueue<AudioPcmFrame> botAudio = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> botMessages = new ConcurrentLinkedQueue<>();
    private CamelContext context;

    @BeforeEach
    void startBotAndAlice() throws Exception {
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setLocation("classpath:echo-bot.properties");
        context.addRoutes(new EchoBotRoutes());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ALICE + "&messageTypes=audio,dataChannel").process(e -> {
                    if (!"echo-bot".equals(e.getMessage().getHeader(AliRtcConstants.USER_ID))) {
                        return;
                    }
                    Object body = e.getMessage().getBody();
                    if (body instanceof AudioPcmFrame frame) {
                        botAudio.add(frame);
                    } else if (body instanceof DataChannelMessage message) {
                        botMessages.add(e.getContext().getTypeConverter().convertTo(String.class, message));
                    }
                });
                from("direct:alice").to(ALICE);
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void playsBackWhatItHeardWithTheSameDurationAndSpectrum() throws Exception {
        WavAudio said = sentence();
        Thread.sleep(1000); // both in the room
        byte[] silence = new byte[said.format().bytesPerFrame(10) * 40];
        ByteArrayOutputStream turn = new ByteArrayOutputStream();
        turn.writeBytes(said.pcm());
        turn.writeBytes(silence);
        context.createProducerTemplate()
                .sendBody("direct:alice", org.alirtc.media.WavWriter.toWavBytes(said.format(), turn.toByteArray()));

        long deadline = System.currentTimeMillis() + WAIT_MS;
        int seen = -1;
        while (seen != botAudio.size() || botAudio.size() < 100) {
            if (System.currentTimeMillis() > deadline) {
                fail("the echo bot played back " + botAudio.size() + " frames");
            }
            seen = botAudio.size();
            Thread.sleep(500);
        }

        List<AudioPcmFrame> frames = List.copyOf(botAudio);
        PcmFormat heardFormat =
                PcmFormat.of(frames.get(0).sampleRate(), frames.get(0).channels());
        ByteArrayOutputStream echo = new ByteArrayOutputStream();
        frames.forEach(f -> echo.writeBytes(f.data()));
        short[] echoed = Pcm.toShorts(new Resampler(heardFormat, PcmFormat.of(16000, 1)).process(echo.toByteArray()));
        short[] original = Pcm.toShorts(new Resampler(said.format(), PcmFormat.of(16000, 1)).process(said.pcm()));

        assertEquals(audibleMillis(original), audibleMillis(echoed), 200, "duration of the echo");
        double correlation = correlation(logSpectrum(original), logSpectrum(echoed));
        assertTrue(correlation > 0.9, "the echo's spectrum correlates with the original only by " + correlation);
    }

    @Test
    void answersDataChannelMessages() throws Exception {
        Thread.sleep(1000);
        context.createProducerTemplate()
                .sendBodyAndHeader(
                        "direct:alice", "hello bot", AliRtcConstants.MESSAGE_TYPE, AliRtcMessageType.DATA_CHANNEL);

        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (botMessages.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of("echo-bot heard: hello bot"), List.copyOf(botMessages));
    }

    private static WavAudio sentence() throws Exception {
        try (InputStream in = EchoBotTest.class.getResourceAsStream("/speech/alice-1.wav")) {
            return WavReader.read(in);
        }
    }

    /** From the first to the last 10 ms above -50 dBFS. */
    private static long audibleMillis(short[] pcm) {
        int first = -1;
        int last = -1;
        for (int f = 0; (f + 1) * 160 <= pcm.length; f++) {
            short[] frame = java.util.Arrays.copyOfRange(pcm, f * 160, (f + 1) * 160);
            if (Pcm.levelDbfs(Pcm.toBytes(frame)) > -50) {
                first = first < 0 ? f : first;
                last = f;
            }
        }
        return first < 0 ? 0 : (last + 1 - first) * 10L;
    }

    /** Average power in 64 bands of 125 Hz (0 to 8 kHz), in dB, by Goertzel over 32 ms frames. */
    private static double[] logSpectrum(short[] pcm) {
        int n = 512;
        double[] power = new double[64];
        for (int start = 0; start + n <= pcm.length; start += n) {
            for (int band = 0; band < power.length; band++) {
                double coefficient = 2 * Math.cos(2 * Math.PI * (band + 0.5) * 125 / 16000.0);
                double s1 = 0;
                double s2 = 0;
                for (int i = 0; i < n; i++) {
                    double s = pcm[start + i] + coefficient * s1 - s2;
                    s2 = s1;
                    s1 = s;
                }
                power[band] += s1 * s1 + s2 * s2 - coefficient * s1 * s2;
            }
        }
        for (int band = 0; band < power.length; band++) {
            power[band] = 10 * Math.log10(power[band] + 1);
        }
        return power;
    }

    private static double correlation(double[] a, double[] b) {
        double meanA = java.util.Arrays.stream(a).average().orElseThrow();
        double meanB = java.util.Arrays.stream(b).average().orElseThrow();
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - meanA) * (b[i] - meanB);
            aa += (a[i] - meanA) * (a[i] - meanA);
            bb += (b[i] - meanB) * (b[i] - meanB);
        }
        return ab / Math.sqrt(aa * bb);
    }
}
