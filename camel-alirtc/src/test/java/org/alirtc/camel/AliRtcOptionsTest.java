package org.alirtc.camel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.EngineOptions;
import org.alirtc.sdk.model.AudioFormat;
import org.alirtc.sdk.model.ChannelProfile;
import org.alirtc.sdk.model.DevelopmentApp;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.PublishAvsyncMode;
import org.alirtc.sdk.model.PublishMode;
import org.alirtc.sdk.model.SubscribeMode;
import org.alirtc.sdk.model.VideoFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every option reaches the engine options, the join configuration or the extra JSON; sessions reject conflicts. */
class AliRtcOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CamelContext context;

    @BeforeEach
    void createContext() {
        context = new DefaultCamelContext();
    }

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void everyEngineJoinAndExtraOptionIsRendered() throws Exception {
        AliRtcEndpoint endpoint = context.getEndpoint(
                "alirtc:room1?userId=bot&mode=local&appId=app1&lowPort=43000"
                        + "&highPort=43100&logPath=/tmp/alirtc-logs&h5mode=true&localHub=127.0.0.1:45999&startTimeout=7s"
                        + "&connectTimeout=3s&leaveTimeout=4s&destroyGrace=2s&writeTimeout=6s&enableCoreDumps=false"
                        + "&channelProfile=COMMUNICATION&audioOnly=true&publishAvsyncMode=WITH_PTS"
                        + "&publishAvsyncWithPtsMaxAudioCacheSize=500&publishAvsyncWithPtsMaxVideoCacheSize=200"
                        + "&publishMode=MANUALLY&subscribeMode=MANUALLY&subscribeVideoFormat=NONE"
                        + "&subscribeAudioFormat=MIXED_PCM&enableTtsCallback=true&clientRole=LIVE&disableAudioRanking=true"
                        + "&audioObserverCodec=BOTH_PCM_AND_AAC&audioObserverCodecFormat=0&audioObserverResampleRate=16000"
                        + "&audioObserverCodecBitrate=64000&videoObserverCodec=BOTH_YUV_AND_H264&videoObserverCodecFormat=0"
                        + "&extra=RAW({\"user_specified_audio_dump\":\"true\",\"user_specified_audio_observer_codec\":1})"
                        + "&dataChannel=true",
                AliRtcEndpoint.class);
        AliRtcSessionSettings settings = settingsOf(endpoint, false);

        EngineOptions engine = settings.engineOptions();
        assertEquals(EngineMode.LOCAL, engine.mode());
        assertEquals(43000, engine.lowPort());
        assertEquals(43100, engine.highPort());
        assertEquals("/tmp/alirtc-logs", engine.logPath());
        assertTrue(engine.h5mode());
        assertEquals("127.0.0.1:45999", engine.localHub());
        assertEquals(Duration.ofSeconds(7), engine.startTimeout());
        assertEquals(Duration.ofSeconds(3), engine.connectTimeout());
        assertEquals(Duration.ofSeconds(4), engine.leaveTimeout());
        assertEquals(Duration.ofSeconds(2), engine.destroyGrace());
        assertEquals(Duration.ofSeconds(6), engine.writeTimeout());
        assertFalse(engine.enableCoreDumps());
        assertEquals(settings.extraJson(), engine.extraJson());

        assertEquals(
                new JoinChannelConfig(
                        ChannelProfile.COMMUNICATION,
                        true,
                        PublishAvsyncMode.WITH_PTS,
                        500,
                        200,
                        PublishMode.MANUALLY,
                        SubscribeMode.MANUALLY,
                        VideoFormat.NONE,
                        AudioFormat.MIXED_PCM,
                        true),
                settings.joinConfig());

        JsonNode extra = JSON.readTree(settings.extraJson());
        assertTrue(
                extra.get("user_specified_disable_audio_ranking").isTextual(), "ranking flag is the string \"true\"");
        assertEquals("true", extra.get("user_specified_disable_audio_ranking").textValue());
        // The raw extra option is merged on top of the typed flags.
        assertEquals(1, extra.get("user_specified_audio_observer_codec").intValue());
        assertEquals(0, extra.get("user_specified_audio_observer_codec_format").intValue());
        assertEquals(
                16000, extra.get("user_specified_audio_observer_resample_rate").intValue());
        assertEquals(
                64000, extra.get("user_specified_audio_observer_codec_bitrate").intValue());
        assertEquals(2, extra.get("user_specified_video_observer_codec").intValue());
        assertEquals(0, extra.get("user_specified_video_observer_codec_format").intValue());
        assertEquals("true", extra.get("user_specified_audio_dump").textValue());
        assertEquals(8, extra.size());
        assertTrue(settings.dataChannel());
        assertEquals(new AliRtcSessionKey(EngineMode.LOCAL, "app1", "room1", "bot"), endpoint.sessionKey());
    }

    @Test
    void defaultsAreVendorDefaultsWithAutomaticPublishAndSubscribe() throws Exception {
        AliRtcEndpoint endpoint = context.getEndpoint("alirtc:room1?userId=bot&mode=local", AliRtcEndpoint.class);
        AliRtcSessionSettings settings = settingsOf(endpoint, false);
        assertEquals(
                new JoinChannelConfig(
                        ChannelProfile.INTERACTIVE_LIVE,
                        false,
                        PublishAvsyncMode.NO_DELAY,
                        300,
                        100,
                        PublishMode.AUTOMATICALLY,
                        SubscribeMode.AUTOMATICALLY,
                        VideoFormat.NONE,
                        AudioFormat.NONE,
                        false),
                settings.joinConfig());
        assertEquals("{}", settings.extraJson());
        assertTrue(settings.dataChannel(), "the data channel is on unless switched off");
        assertEquals(DevelopmentApp.APP_ID, endpoint.sessionKey().appId());
        assertEquals(EngineOptions.DEFAULT_LOW_PORT, settings.engineOptions().lowPort());
    }

    @Test
    void consumerMessageTypesChooseFormatsCodecsAndDataChannel() throws Exception {
        AliRtcSessionSettings audio = settingsOf(
                context.getEndpoint(
                        "alirtc:room1?userId=a&mode=local&messageTypes=audio,dataChannel", AliRtcEndpoint.class),
                true);
        assertEquals(AudioFormat.PCM_BEFORE_MIXING, audio.joinConfig().subscribeAudioFormat());
        assertEquals(VideoFormat.NONE, audio.joinConfig().subscribeVideoFormat());
        assertTrue(audio.dataChannel());

        AliRtcSessionSettings mixedVideo = settingsOf(
                context.getEndpoint(
                        "alirtc:room1?userId=b&mode=local&messageTypes=mixedAudio,video,encodedVideo&subscribeUsers=x,y",
                        AliRtcEndpoint.class),
                true);
        assertEquals(AudioFormat.MIXED_PCM, mixedVideo.joinConfig().subscribeAudioFormat());
        assertEquals(VideoFormat.H264, mixedVideo.joinConfig().subscribeVideoFormat());
        assertEquals(SubscribeMode.MANUALLY, mixedVideo.joinConfig().subscribeMode());
        assertEquals(
                2,
                JSON.readTree(mixedVideo.extraJson())
                        .get("user_specified_video_observer_codec")
                        .intValue());

        AliRtcSessionSettings yuv = settingsOf(
                context.getEndpoint("alirtc:room1?userId=c&mode=local&messageTypes=video,sei", AliRtcEndpoint.class),
                true);
        assertEquals(
                0,
                JSON.readTree(yuv.extraJson())
                        .get("user_specified_video_observer_codec")
                        .intValue());

        AliRtcSessionSettings explicit = settingsOf(
                context.getEndpoint(
                        "alirtc:room1?userId=d&mode=local&messageTypes=audio&subscribeAudioFormat=MIXED_PCM",
                        AliRtcEndpoint.class),
                true);
        assertEquals(AudioFormat.MIXED_PCM, explicit.joinConfig().subscribeAudioFormat(), "explicit option wins");

        AliRtcEndpoint both = context.getEndpoint(
                "alirtc:room1?userId=e&mode=local&messageTypes=audio,mixedAudio", AliRtcEndpoint.class);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> settingsOf(both, true));
        assertTrue(error.getMessage().contains("subscribeAudioFormat"), error.getMessage());
    }

    @Test
    void lowerCaseAndCamelCaseEnumValuesAreAccepted() throws Exception {
        AliRtcConfiguration c = context.getEndpoint(
                        "alirtc:room1?userId=a&mode=local&overflowPolicy=dropNewest"
                                + "&pacing=none&bufferFullPolicy=drop&channelProfile=communication",
                        AliRtcEndpoint.class)
                .getConfiguration();
        assertEquals(EngineMode.LOCAL, c.getMode());
        assertEquals(AliRtcOverflowPolicy.DROP_NEWEST, c.getOverflowPolicy());
        assertEquals(AliRtcPacing.NONE, c.getPacing());
        assertEquals(AliRtcBufferFullPolicy.DROP, c.getBufferFullPolicy());
        assertEquals(ChannelProfile.COMMUNICATION, c.getChannelProfile());
    }

    @Test
    void componentOptionsAreEndpointDefaults() throws Exception {
        AliRtcComponent component = context.getComponent("alirtc", AliRtcComponent.class);
        component.getConfiguration().setMode(EngineMode.LOCAL);
        component.getConfiguration().setAppId("shared");
        AliRtcEndpoint endpoint = context.getEndpoint("alirtc:room1?userId=a&lowPort=44000", AliRtcEndpoint.class);
        assertEquals(new AliRtcSessionKey(EngineMode.LOCAL, "shared", "room1", "a"), endpoint.sessionKey());
        assertEquals(44000, endpoint.getConfiguration().getLowPort());
        assertNull(component.getConfiguration().getChannelId(), "the component's configuration stays untouched");
    }

    @Test
    void sdkModeWithoutCoreServiceBinaryNamesTheOption(@TempDir Path dir) throws Exception {
        AliRtcEndpoint missing =
                context.getEndpoint("alirtc:room1?userId=a&appId=app&appKey=secretkey1", AliRtcEndpoint.class);
        IllegalArgumentException noPath = assertThrows(
                IllegalArgumentException.class, () -> settingsOf(missing, false).engineOptions());
        assertTrue(noPath.getMessage().contains("coreServicePath"), noPath.getMessage());

        AliRtcEndpoint wrongPath = context.getEndpoint(
                "alirtc:room1?userId=a&appId=app&appKey=secretkey1" + "&coreServicePath="
                        + dir.resolve("AliRtcCoreService"),
                AliRtcEndpoint.class);
        IllegalArgumentException notFound = assertThrows(
                IllegalArgumentException.class,
                () -> settingsOf(wrongPath, false).engineOptions());
        assertTrue(notFound.getMessage().contains("coreServicePath"), notFound.getMessage());
        assertFalse(notFound.getMessage().contains("secretkey1"));
    }

    @Test
    void sdkModeWithoutCredentialsFailsAtStartup() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("alirtc:room1?userId=a&coreServicePath=/bin/true");
            }
        });
        Exception error = assertThrows(Exception.class, context::start);
        assertTrue(rootMessage(error).contains("tokenProvider"), rootMessage(error));
    }

    @Test
    void conflictingOptionsOfOneSessionFailAtStartupNamingBothEndpointsAndTheOption() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:room1?userId=bot&mode=local&channelProfile=COMMUNICATION")
                        .routeId("listen")
                        .to("mock:out");
                from("direct:in")
                        .routeId("talk")
                        .to("alirtc:room1?userId=bot&mode=local&channelProfile=INTERACTIVE_WITH_LOW_LATENCY_LIVE");
            }
        });
        Exception error = assertThrows(Exception.class, context::start);
        String message = rootMessage(error);
        assertTrue(message.contains("'channelProfile'"), message);
        assertTrue(message.contains("channelProfile=COMMUNICATION"), message);
        assertTrue(message.contains("channelProfile=INTERACTIVE_WITH_LOW_LATENCY_LIVE"), message);
        assertTrue(message.contains("user 'bot'"), message);
    }

    @Test
    void aConsumersDerivedFormatConflictsWithAnExplicitOneAndSecretsStayHidden() throws Exception {
        AliRtcEndpoint consumer = context.getEndpoint(
                "alirtc:room1?userId=bot&mode=local&messageTypes=audio" + "&appKey=firstsecret", AliRtcEndpoint.class);
        AliRtcEndpoint producer = context.getEndpoint(
                "alirtc:room1?userId=bot&mode=local" + "&subscribeAudioFormat=MIXED_PCM", AliRtcEndpoint.class);
        AliRtcEndpoint otherKey =
                context.getEndpoint("alirtc:room1?userId=bot&mode=local&appKey=othersecret", AliRtcEndpoint.class);
        AliRtcSessionSettings settings = settingsOf(consumer, true);

        IllegalArgumentException format = assertThrows(
                IllegalArgumentException.class,
                () -> settings.add(
                        producer.describe(), AliRtcSessionSettings.contribution(producer.getConfiguration(), false)));
        assertTrue(
                format.getMessage()
                        .contains("'subscribeAudioFormat' to different values: PCM_BEFORE_MIXING vs MIXED_PCM"),
                format.getMessage());

        IllegalArgumentException key = assertThrows(
                IllegalArgumentException.class,
                () -> settings.add(
                        otherKey.describe(), AliRtcSessionSettings.contribution(otherKey.getConfiguration(), false)));
        assertTrue(key.getMessage().contains("'appKey'"), key.getMessage());
        assertFalse(
                key.getMessage().contains("firstsecret") || key.getMessage().contains("othersecret"), key.getMessage());
    }

    @Test
    void aRunningSessionTakesAValueItLeftAtTheDefaultAndStillRefusesARealConflict() throws Exception {
        AliRtcEndpoint first = context.getEndpoint("alirtc:room1?userId=bot&mode=local", AliRtcEndpoint.class);
        AliRtcEndpoint later =
                context.getEndpoint("alirtc:room1?userId=bot&mode=local&h5mode=true", AliRtcEndpoint.class);
        AliRtcEndpoint agreeing =
                context.getEndpoint("alirtc:room1?userId=bot&mode=local&queueSize=5", AliRtcEndpoint.class);
        AliRtcEndpoint video = context.getEndpoint(
                "alirtc:room1?userId=bot&mode=local&subscribeVideoFormat=NONE", AliRtcEndpoint.class);
        AliRtcSessionSettings settings = settingsOf(first, false);
        settings.freeze();

        assertEquals(
                List.of(),
                settings.add(
                        agreeing.describe(), AliRtcSessionSettings.contribution(agreeing.getConfiguration(), false)));
        assertEquals(
                List.of("h5mode"),
                settings.add(later.describe(), AliRtcSessionSettings.contribution(later.getConfiguration(), false)));
        assertTrue(settings.engineOptions().h5mode());

        AliRtcEndpoint sei = context.getEndpoint(
                "alirtc:room1?userId=bot&mode=local&messageTypes=dataChannel,sei,events", AliRtcEndpoint.class);
        assertEquals(
                List.of("subscribeVideoFormat", "dataChannel"),
                settings.add(sei.describe(), AliRtcSessionSettings.contribution(sei.getConfiguration(), true)));
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> settings.add(
                        video.describe(), AliRtcSessionSettings.contribution(video.getConfiguration(), false)));
        assertTrue(
                error.getMessage().contains("'subscribeVideoFormat' to different values: H264 vs NONE"),
                error.getMessage());
        assertTrue(error.getMessage().contains(sei.describe()), error.getMessage());
        assertTrue(error.getMessage().contains(video.describe()), error.getMessage());
    }

    @Test
    void invalidIdsAndMessageTypesAreRejectedWithTheFix() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("alirtc:room1?userId=bot&mode=local&messageTypes=audio,smell")
                        .to("mock:out");
            }
        });
        Exception error = assertThrows(Exception.class, context::start);
        assertTrue(rootMessage(error).contains("Unknown message type 'smell'"), rootMessage(error));
        assertTrue(rootMessage(error).contains("dataChannel"), rootMessage(error));
    }

    @Test
    void describeMasksSecrets() throws Exception {
        AliRtcEndpoint endpoint =
                context.getEndpoint("alirtc:room1?userId=bot&mode=local&appKey=k3y&token=t0k", AliRtcEndpoint.class);
        assertFalse(endpoint.describe().contains("k3y"), endpoint.describe());
        assertFalse(endpoint.describe().contains("t0k"), endpoint.describe());
        assertTrue(endpoint.describe().contains("userId=bot"), endpoint.describe());
    }

    private static AliRtcSessionSettings settingsOf(AliRtcEndpoint endpoint, boolean consumer) {
        return new AliRtcSessionSettings(
                endpoint.sessionKey(),
                endpoint.describe(),
                AliRtcSessionSettings.contribution(endpoint.getConfiguration(), consumer));
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
