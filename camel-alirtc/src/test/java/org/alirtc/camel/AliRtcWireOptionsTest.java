package org.alirtc.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.ProtocolJson;
import org.alirtc.sdk.model.TokenGenerator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every engine, join and extra option checked where it matters: in the commands a core service receives. The
 * endpoint runs in sdk mode with a recording core service as its binary, so the process supervision, the
 * connection and the encoder are all on the path.
 */
class AliRtcWireOptionsTest {

    @TempDir
    Path dir;

    @Test
    void optionsReachTheCoreServiceAsTheProtocolSpells() throws Exception {
        Path record = dir.resolve("commands.jsonl");
        Path core = dir.resolve("AliRtcCoreService");
        Files.writeString(
                core,
                "#!/bin/sh\nALIRTC_RECORD_FILE='" + record + "' exec '"
                        + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                        + System.getProperty("java.class.path") + "' " + RecordingCoreMain.class.getName()
                        + " \"$@\"\n",
                UTF_8);
        Files.setPosixFilePermissions(core, PosixFilePermissions.fromString("rwx------"));

        String uri = "alirtc:wire-room?mode=sdk&coreServicePath=" + core + "&appId=app1&appKey=RAW(key-1)"
                + "&userId=u1&userName=Uno&h5mode=true&logPath=/tmp/alirtc-wire&channelProfile=COMMUNICATION"
                + "&audioOnly=true&publishAvsyncMode=WITH_PTS&publishAvsyncWithPtsMaxAudioCacheSize=500"
                + "&publishAvsyncWithPtsMaxVideoCacheSize=50&publishMode=MANUALLY&subscribeMode=MANUALLY"
                + "&subscribeVideoFormat=NONE&subscribeAudioFormat=PCM_BEFORE_MIXING&enableTtsCallback=true"
                + "&clientRole=LIVE&disableAudioRanking=true&audioObserverCodec=BOTH_PCM_AND_AAC"
                + "&audioObserverCodecFormat=0&audioObserverResampleRate=16000&audioObserverCodecBitrate=64000"
                + "&videoObserverCodec=YUV&videoObserverCodecFormat=0&extra=RAW({\"custom_flag\": \"x\"})"
                + "&dataChannel=true&messageTypes=audio,events&videoCallbackPeriod=500&audioSampleRate=24000"
                + "&audioChannels=2&destroyGrace=5s";
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("wire").to("log:wire?level=DEBUG");
            }
        });
        context.start();
        AliRtcSession session = context.getComponent("alirtc", AliRtcComponent.class)
                .getSessions()
                .iterator()
                .next();
        assertEquals(SessionState.JOINED, session.getState());
        context.stop();

        List<JsonNode> commands = new ArrayList<>();
        for (String line : Files.readAllLines(record, UTF_8)) {
            commands.add(ProtocolJson.parse(line.getBytes(UTF_8), 0, line.length()));
        }
        assertEquals(CommandId.CREATE_RTC_ENGINE, commands.get(0).get("Command").asInt());
        assertEquals(
                CommandId.DESTROY_ENGINE,
                commands.get(commands.size() - 1).get("Command").asInt());

        JsonNode create = command(commands, CommandId.CREATE_RTC_ENGINE);
        assertEquals("/tmp/alirtc-wire", create.get("logPath").asText());
        assertEquals(1, create.get("h5mode").asInt());
        JsonNode extra = ProtocolJson.parse(
                create.get("extra").asText().getBytes(UTF_8),
                0,
                create.get("extra").asText().length());
        assertEquals(
                "\"true\"", extra.get("user_specified_disable_audio_ranking").toString(), "a string, as the vendor");
        assertEquals(2, extra.get("user_specified_audio_observer_codec").asInt());
        assertEquals(0, extra.get("user_specified_audio_observer_codec_format").asInt());
        assertEquals(
                16000, extra.get("user_specified_audio_observer_resample_rate").asInt());
        assertEquals(
                64000, extra.get("user_specified_audio_observer_codec_bitrate").asInt());
        assertEquals(0, extra.get("user_specified_video_observer_codec").asInt());
        assertEquals(0, extra.get("user_specified_video_observer_codec_format").asInt());
        assertEquals("x", extra.get("custom_flag").asText());

        assertEquals(1, command(commands, CommandId.SET_CLIENT_ROLE).get("role").asInt());
        JsonNode parameter = ProtocolJson.parse(
                command(commands, CommandId.SET_PARAMETER).get("param").asText().getBytes(UTF_8),
                0,
                command(commands, CommandId.SET_PARAMETER).get("param").asText().length());
        assertTrue(parameter.at("/data/enablePubDataChannel").asBoolean(), parameter.toString());
        assertTrue(parameter.at("/data/enableSubDataChannel").asBoolean(), parameter.toString());
        JsonNode audioSource = command(commands, CommandId.SET_EXTERNAL_AUDIO_SOURCE);
        assertEquals(24000, audioSource.get("sampleRate").asInt());
        assertEquals(2, audioSource.get("channelsPerFrame").asInt());
        assertEquals(
                500,
                command(commands, CommandId.SET_VIDEO_CALLBACK_PERIOD)
                        .get("period")
                        .asInt());

        JsonNode join = command(commands, CommandId.JOIN_CHANNEL_V2);
        assertEquals("wire-room", join.get("channel").asText());
        assertEquals("u1", join.get("userid").asText());
        assertEquals("Uno", join.get("username").asText());
        TokenGenerator.DecodedToken token =
                TokenGenerator.decode(join.get("token").asText());
        assertEquals("app1", token.appId());
        assertTrue(TokenGenerator.verify(token, "key-1"), "the token is signed with the endpoint's app key");
        JsonNode config = join.get("config");
        assertTrue(config.get("isAudioOnly").asBoolean());
        assertEquals(0, config.get("channelProfile").asInt());
        assertEquals(1, config.get("publishMode").asInt());
        assertEquals(1, config.get("subscribeMode").asInt());
        assertEquals(1, config.get("publishAvsyncMode").asInt());
        assertEquals(500, config.get("publishAvsyncWithPtsMaxAudioCacheSize").asInt());
        assertEquals(50, config.get("publishAvsyncWithPtsMaxVideoCacheSize").asInt());
        assertEquals(0, config.get("subscribeVideoFormat").asInt());
        assertEquals(2, config.get("subscribeAudioFormat").asInt());
        assertTrue(config.get("ttsVad").asBoolean());
        assertTrue(commands.indexOf(join) > commands.indexOf(audioSource), "configuration goes out before the join");
        command(commands, CommandId.LEAVE_CHANNEL);
    }

    private static JsonNode command(List<JsonNode> commands, int id) {
        return commands.stream()
                .filter(c -> c.get("Command").asInt() == id)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("the core service never received command " + id + ": " + commands));
    }
}
