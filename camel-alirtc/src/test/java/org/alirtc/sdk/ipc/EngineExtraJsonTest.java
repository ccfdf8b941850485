package org.alirtc.sdk.ipc;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.alirtc.sdk.model.AudioTranscodingCodec;
import org.alirtc.sdk.model.EngineExtraFlags;
import org.alirtc.sdk.model.VideoTranscodingCodec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class EngineExtraJsonTest {

    @Test
    void everyFlagIsWrittenWithTheVendorsTypesAndReadBack() {
        EngineExtraFlags flags = new EngineExtraFlags(
                true, AudioTranscodingCodec.BOTH_PCM_AND_AAC, 0, 16000, 64000, VideoTranscodingCodec.H264, 0);
        String json = EngineExtraJson.write(flags).toString();
        assertEquals(
                "{\"user_specified_disable_audio_ranking\":\"true\",\"user_specified_audio_observer_codec\":2,"
                        + "\"user_specified_audio_observer_codec_format\":0,"
                        + "\"user_specified_audio_observer_resample_rate\":16000,"
                        + "\"user_specified_audio_observer_codec_bitrate\":64000,\"user_specified_video_observer_codec\":1,"
                        + "\"user_specified_video_observer_codec_format\":0}",
                json);
        assertEquals(flags, EngineExtraJson.read(parse(json)));
        assertEquals("{}", EngineExtraJson.write(EngineExtraFlags.NONE).toString());
    }

    @Test
    void readingIsLenientAsTheVendorExamplesAre() {
        EngineExtraFlags flags = EngineExtraJson.read(parse("{\"user_specified_disable_audio_ranking\": 1,"
                + " \"user_specified_audio_observer_resample_rate\": \" 8000 \","
                + " \"user_specified_audio_observer_codec\": 7, \"user_specified_video_observer_codec\": \"x\"}"));
        assertEquals(
                EngineExtraFlags.builder()
                        .disableAudioRanking(true)
                        .audioObserverResampleRate(8000)
                        .build(),
                flags);
        assertSame(EngineExtraFlags.NONE, EngineExtraJson.read(parse("[1]")));
    }

    @Test
    void withoutFlagsTheRawTextIsKeptVerbatim() {
        String raw = "{\"user_specified_audio_dump\": \"true\"}";
        assertSame(raw, EngineExtraJson.merge(EngineExtraFlags.NONE, raw, ProtocolJson.object()));
    }

    private static JsonNode parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ProtocolJson.parse(bytes, 0, bytes.length);
    }
}
