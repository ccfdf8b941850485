package org.alirtc.sdk.model;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.ipc.ProtocolJson;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stats records are decoded by component name from the callback JSON; these tests pin that contract. */
class StatsRecordsTest {

    @Test
    void remoteAudioStatsMapFromWireKeysIncludingTheUnderscoredOne() throws Exception {
        String json = "{\"Request\": 1066, \"track\": 1, \"userId\": \"u1\", \"quality\": 2, "
                + "\"networkTransportDelay\": 30, \"jitterBufferDelay\": 40, \"audioLossRate\": 0.5, "
                + "\"rcvdBitrate\": 32000, \"rcvdBitrateKbps\": 32, \"totalFrozenTimes\": 1, "
                + "\"audioTotalFrozenTime\": 120, \"audioTotalFrozenRate\": 3, \"rtt\": 60, \"e2eDelay\": 150, "
                + "\"ai_e2eDelay\": 900, \"pullBytes\": 5000000000}";
        RemoteAudioStats stats = ProtocolJson.mapper()
                .copy()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(json, RemoteAudioStats.class);

        assertEquals(
                new RemoteAudioStats("u1", 1, 2, 30, 40, 0.5, 32000, 32, 1, 120, 3, 60, 150, 900, 5_000_000_000L),
                stats);
        assertEquals(Optional.of(AudioTrack.MIC), stats.audioTrack());
    }

    @Test
    void missingKeysFallBackToTheVendorDefaults() throws Exception {
        RemoteVideoStats stats =
                ProtocolJson.mapper().readValue("{\"track\": 1, \"width\": 640}", RemoteVideoStats.class);

        assertEquals("", stats.userId());
        assertEquals(640, stats.width());
        assertEquals(0, stats.height());
        assertEquals(0.0, stats.packetLossRate());
        assertEquals(Optional.of(VideoTrack.CAMERA), stats.videoTrack());
    }

    @Test
    void localAudioStatsExposeSceneAndTrack() throws Exception {
        LocalAudioStats stats = ProtocolJson.mapper()
                .readValue(
                        "{\"track\": 1, \"scene\": 512, \"sentSamplerate\": 48000, \"numChannel\": 1}",
                        LocalAudioStats.class);

        assertEquals(Optional.of(AudioSceneMode.MEDIA), stats.sceneMode());
        assertEquals(Optional.of(AudioTrack.MIC), stats.audioTrack());
        assertEquals(48000, stats.sentSamplerate());
        assertEquals(Optional.empty(), new LocalVideoStats(77, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).videoTrack());
        assertEquals(17, EngineStats.class.getRecordComponents().length);
    }
}
