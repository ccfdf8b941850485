package org.alirtc.camel;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import org.alirtc.media.PcmFormat;
import org.alirtc.media.ToneGenerator;
import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;
import org.alirtc.sdk.model.AudioPcmFrame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavAggregationStrategyTest extends CamelTestSupport {

    private static final String USER_ID = "CamelAliRtcUserId";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:record")
                        .aggregate(header(USER_ID).convertToString(), new WavAggregationStrategy())
                        .completionSize(header("frames"))
                        .to("mock:wav");
                from("direct:mixed")
                        .aggregate(constant("mixed"), new WavAggregationStrategy())
                        .completionSize(2)
                        .to("mock:wav");
                from("direct:capped")
                        .aggregate(constant(true), new WavAggregationStrategy(Duration.ofMillis(30)))
                        .completionSize(1000)
                        .to("mock:capped");
            }
        };
    }

    @Test
    void recordsAUsersFramesIntoAWavWithTheSameSamples() throws Exception {
        MockEndpoint wav = getMockEndpoint("mock:wav");
        wav.expectedMessageCount(1);
        List<byte[]> frames = toneFrames(PcmFormat.of(16000, 2), 5);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();

        for (byte[] pcm : frames) {
            expected.write(pcm);
            template.sendBodyAndHeaders(
                    "direct:record", frame(pcm, 16000, 2), Map.of(USER_ID, "alice", "frames", frames.size()));
        }

        wav.assertIsSatisfied();
        Exchange done = wav.getExchanges().get(0);
        assertEquals("alice.wav", done.getMessage().getHeader(Exchange.FILE_NAME));
        WavAudio audio = WavReader.read(done.getMessage().getBody(byte[].class));
        assertEquals(PcmFormat.of(16000, 2), audio.format());
        assertArrayEquals(expected.toByteArray(), audio.pcm());
        assertEquals(50, audio.durationMillis());
    }

    @Test
    void framesWithoutAUserAreTheMixedRecording() throws Exception {
        MockEndpoint wav = getMockEndpoint("mock:wav");
        wav.expectedMessageCount(1);

        for (byte[] pcm : toneFrames(PcmFormat.of(48000, 1), 2)) {
            template.sendBody("direct:mixed", frame(pcm, 48000, 1));
        }

        wav.assertIsSatisfied();
        assertEquals("mixed.wav", wav.getExchanges().get(0).getMessage().getHeader(Exchange.FILE_NAME));
    }

    @Test
    void aFrameInAnotherFormatIsRefusedAndTheRecordingGoesOn() throws Exception {
        MockEndpoint wav = getMockEndpoint("mock:wav");
        wav.expectedMessageCount(1);
        List<byte[]> frames = toneFrames(PcmFormat.of(48000, 1), 2);
        template.sendBodyAndHeaders(
                "direct:record", frame(frames.get(0), 48000, 1), Map.of(USER_ID, "bob", "frames", 2));

        CamelExecutionException e = assertThrows(
                CamelExecutionException.class,
                () -> template.sendBodyAndHeaders(
                        "direct:record", frame(new byte[640], 16000, 2), Map.of(USER_ID, "bob", "frames", 2)));

        String message = refusal(e).getMessage();
        assertTrue(message.contains("16000 Hz stereo differs from 48000 Hz mono"), message);
        template.sendBodyAndHeaders(
                "direct:record", frame(frames.get(1), 48000, 1), Map.of(USER_ID, "bob", "frames", 2));
        wav.assertIsSatisfied();
        assertEquals(
                20,
                WavReader.read(wav.getExchanges().get(0).getMessage().getBody(byte[].class))
                        .durationMillis());
    }

    @Test
    void reachingTheMaxDurationCompletesTheRecording() throws Exception {
        MockEndpoint capped = getMockEndpoint("mock:capped");
        capped.expectedMessageCount(1);
        List<byte[]> frames = toneFrames(PcmFormat.of(8000, 1), 4);

        for (int i = 0; i < 3; i++) {
            template.sendBodyAndHeader("direct:capped", frame(frames.get(i), 8000, 1), USER_ID, "carol");
        }

        capped.assertIsSatisfied();
        assertEquals(
                30,
                WavReader.read(capped.getExchanges().get(0).getMessage().getBody(byte[].class))
                        .durationMillis());
    }

    @Test
    void aNonFrameBodyIsRefusedNamingWhatIsNeeded() {
        CamelExecutionException e =
                assertThrows(CamelExecutionException.class, () -> template.sendBody("direct:mixed", "text"));

        String message = refusal(e).getMessage();
        assertTrue(message.contains("needs AudioPcmFrame bodies but got java.lang.String"), message);
    }

    @Test
    void maxDurationMustFitInOneWav() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new WavAggregationStrategy(Duration.ofHours(2)));

        assertTrue(
                e.getMessage().contains("at most " + WavAggregationStrategy.MAX_DURATION_LIMIT_SECONDS + " seconds"));
        assertEquals(Duration.ofHours(1), new WavAggregationStrategy().maxDuration());
    }

    /** The strategy's exception, however deep the aggregator wrapped it. */
    private static IllegalArgumentException refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException refused) {
                return refused;
            }
        }
        throw new AssertionError("no IllegalArgumentException in the cause chain", thrown);
    }

    private static List<byte[]> toneFrames(PcmFormat format, int count) {
        ToneGenerator tone = new ToneGenerator(format, 440, 0.5);
        return IntStream.range(0, count).mapToObj(i -> tone.next10ms()).toList();
    }

    private static AudioPcmFrame frame(byte[] pcm, int sampleRate, int channels) {
        return new AudioPcmFrame(0, 10, sampleRate, pcm.length / 2 / channels, channels, 16, 0, pcm);
    }
}
