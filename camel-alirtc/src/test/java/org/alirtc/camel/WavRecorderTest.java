package org.alirtc.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.media.WavAudio;
import org.alirtc.media.WavReader;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.testing.ChildJvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recordings written by {@link WavRecorder} are complete WAV files when the context stops or the JVM is killed. */
class WavRecorderTest {

    /** 10 ms of 48 kHz mono 16-bit PCM. */
    private static final int FRAME_BYTES = 960;

    @TempDir
    Path dir;

    /** A 10 ms frame of 48 kHz mono PCM whose samples count up, so order and content can be checked. */
    static AudioPcmFrame frame() {
        byte[] pcm = new byte[FRAME_BYTES];
        for (int i = 0; i < pcm.length; i += 2) {
            pcm[i] = (byte) i;
            pcm[i + 1] = (byte) (i >> 8);
        }
        return new AudioPcmFrame(0, 10, 48_000, 480, 1, 16, 0, pcm);
    }

    @Test
    void contextStopClosesEveryFileComplete() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:frames").process(new WavRecorder(dir.toString()));
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        for (int i = 0; i < 150; i++) {
            template.sendBodyAndHeader("direct:frames", frame(), AliRtcConstants.USER_ID, i % 3 == 0 ? "bob" : "alice");
        }
        context.stop();

        assertEquals(100 * FRAME_BYTES, recordingOf("alice").pcm().length);
        WavAudio bob = recordingOf("bob");
        assertEquals(50 * FRAME_BYTES, bob.pcm().length);
        assertArrayEquals(frame().data(), Arrays.copyOf(bob.pcm(), FRAME_BYTES));
    }

    @Test
    void userGoingOfflineClosesItsFile() throws Exception {
        WavRecorder recorder = new WavRecorder(dir.toString());
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:room").process(recorder);
            }
        });
        context.start();
        try {
            ProducerTemplate template = context.createProducerTemplate();
            template.sendBodyAndHeader("direct:room", frame(), AliRtcConstants.USER_ID, "alice");
            assertEquals(List.of("alice"), List.copyOf(recorder.openFiles().keySet()));
            template.sendBody("direct:room", new AliRtcEvent("userOffline", "alice", Map.of()));
            assertTrue(recorder.openFiles().isEmpty(), "alice's file is closed");
            assertEquals(FRAME_BYTES, recordingOf("alice").pcm().length);
        } finally {
            context.stop();
        }
    }

    @Test
    void killedJvmLeavesAPlayableFile() throws Exception {
        ChildJvm child = ChildJvm.start(null, Map.of(), RecorderKillMain.class, dir.toString());
        try {
            child.awaitLine("recording");
            Thread.sleep(3_000);
        } finally {
            child.kill();
        }

        WavAudio audio = recordingOf("alice");
        assertEquals(48_000, audio.format().sampleRate());
        // At least the audio up to the last header update a second or more before the kill.
        assertTrue(audio.pcm().length >= 48_000 * 2, "about a second or more recorded: " + audio.pcm().length);
        assertEquals(0, audio.pcm().length % FRAME_BYTES, "whole frames");
    }

    private WavAudio recordingOf(String userId) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> matching = files.filter(f -> f.getFileName().toString().startsWith(userId + "-"))
                    .toList();
            assertEquals(1, matching.size(), "one recording of " + userId + ": " + matching);
            return WavReader.read(matching.get(0));
        }
    }
}
