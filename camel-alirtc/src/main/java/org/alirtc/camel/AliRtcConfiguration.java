package org.alirtc.camel;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import org.alirtc.camel.SessionOption.Use;
import org.alirtc.media.PcmFormat;
import org.alirtc.media.SpeechDetectorType;
import org.alirtc.media.SpeechTurnSettings;
import org.alirtc.sdk.EngineMode;
import org.alirtc.sdk.model.AudioFormat;
import org.alirtc.sdk.model.AudioTranscodingCodec;
import org.alirtc.sdk.model.ChannelProfile;
import org.alirtc.sdk.model.ClientRole;
import org.alirtc.sdk.model.MediaLimits;
import org.alirtc.sdk.model.PublishAvsyncMode;
import org.alirtc.sdk.model.PublishMode;
import org.alirtc.sdk.model.RenderMode;
import org.alirtc.sdk.model.SubscribeMode;
import org.alirtc.sdk.model.VideoFormat;
import org.alirtc.sdk.model.VideoSource;
import org.alirtc.sdk.model.VideoTranscodingCodec;

/**
 * Every option of an {@code alirtc:} endpoint. Set on the component, the values are the defaults of every endpoint
 * it creates. Options annotated {@link SessionOption} (and marked "(session)" in their descriptions) configure the
 * shared {@link AliRtcSession} (one engine per mode, app id, channel and user): all endpoints of one session must
 * agree on them. To add one, see the contributor notes of the documentation.
 */
@UriParams
public class AliRtcConfiguration implements Cloneable {

    // ---- identity ------------------------------------------------------------------------------------------------

    @UriPath(description = "The channel (room) to join: 1-64 characters from A-Z a-z 0-9 - _")
    @Metadata(required = true)
    private String channelId;

    @UriParam(
            label = "common",
            description = "The user id this endpoint joins as: 1-64 characters from"
                    + " A-Z a-z 0-9 - _. Endpoints naming the same user share one session (one engine).")
    @Metadata(required = true)
    private String userId;

    @UriParam(
            label = "common",
            description = "Display name sent with the join (session).",
            defaultValueNote = "the user id")
    @SessionOption
    private String userName;

    @UriParam(
            label = "common",
            description = "The ARTC application id. Required in sdk mode unless the token"
                    + " carries it; local mode uses the development app id alirtc-local-dev when unset, as the CLI"
                    + " does.")
    private String appId;

    @UriParam(
            label = "common",
            defaultValue = "sdk",
            enums = "sdk,local",
            description = "Which core service"
                    + " runs the engine: sdk = the vendor AliRtcCoreService binary at coreServicePath; local = the built-in"
                    + " local core service with an emulated cloud (no account, no network). There is no silent fallback from"
                    + " one to the other. Like the app id, channel and user id, it names the session: endpoints of different"
                    + " modes never share one.")
    private EngineMode mode = EngineMode.SDK;

    // ---- security ------------------------------------------------------------------------------------------------

    @UriParam(
            label = "security",
            secret = true,
            description = "The app key: a fresh token is signed with it"
                    + " before every join and rejoin (session). Convenient for development; in production use tokenProvider"
                    + " so the key stays on the app server.")
    @SessionOption
    private String appKey;

    // Holds no value: another name for appKey, one that Camel masks in its startup summary and endpoint URIs.
    @UriParam(
            label = "security",
            secret = true,
            description = "The app key under a name that Camel masks wherever it prints options (startup summary,"
                    + " endpoint URIs): setting it sets appKey.")
    private String secretKey;

    @UriParam(
            label = "security",
            secret = true,
            description = "A fixed single-parameter join token, used for"
                    + " every join (session). It is not refreshed, so rejoins fail once it expires: use tokenProvider"
                    + " for bots that outlive their token.")
    @SessionOption
    private String token;

    @UriParam(
            label = "security",
            description = "A bean that returns a join token, called before every join and"
                    + " rejoin (session): the production way to authenticate. Takes precedence over token and appKey.")
    @SessionOption
    private AliRtcTokenProvider tokenProvider;

    @UriParam(
            label = "security",
            defaultValue = "86400000",
            javaType = "java.time.Duration",
            description = "How long tokens signed with appKey stay valid, at most 24 hours (session).")
    @SessionOption
    private long tokenValidity = 86_400_000L;

    // ---- engine --------------------------------------------------------------------------------------------------

    @UriParam(
            label = "engine",
            description = "Path of the vendor AliRtcCoreService executable (session). Required"
                    + " in sdk mode; a missing file is a startup error.")
    @SessionOption
    private String coreServicePath;

    @UriParam(
            label = "engine",
            defaultValue = "42000",
            description = "Lowest loopback port offered to the core" + " service (session).")
    @SessionOption(Use.ENGINE)
    private int lowPort = 42000;

    @UriParam(
            label = "engine",
            defaultValue = "45000",
            description = "Highest loopback port offered to the core" + " service (session).")
    @SessionOption(Use.ENGINE)
    private int highPort = 45000;

    @UriParam(
            label = "engine",
            defaultValue = "/tmp",
            description = "Directory where the core service writes its" + " logs (session).")
    @SessionOption(Use.ENGINE)
    private String logPath = "/tmp";

    @UriParam(
            label = "engine",
            defaultValue = "false",
            description = "H5 compatibility mode; must be true to talk" + " to Web clients (session).")
    @SessionOption(Use.ENGINE)
    private boolean h5mode;

    @UriParam(
            label = "engine",
            description = "Local mode: address (host:port) of a shared local hub so that"
                    + " engines in several processes meet in one emulated cloud (session).",
            defaultValueNote = "ALIRTC_LOCAL_HUB when set, else the cloud of this JVM")
    @SessionOption
    private String localHub;

    @UriParam(
            label = "engine",
            defaultValue = "10000",
            javaType = "java.time.Duration",
            description = "Longest" + " wait for the core service to start and announce its port (session).")
    @SessionOption(Use.ENGINE)
    private long startTimeout = 10_000L;

    @UriParam(
            label = "engine",
            defaultValue = "5000",
            javaType = "java.time.Duration",
            description = "Longest" + " wait to connect to the core service (session).")
    @SessionOption(Use.ENGINE)
    private long connectTimeout = 5_000L;

    @UriParam(
            label = "engine",
            defaultValue = "10000",
            javaType = "java.time.Duration",
            description = "Longest" + " wait for the join result (session).")
    @SessionOption
    private long joinTimeout = 10_000L;

    @UriParam(
            label = "engine",
            defaultValue = "5000",
            javaType = "java.time.Duration",
            description = "Longest" + " wait for the leave result when the session stops (session).")
    @SessionOption(Use.ENGINE)
    private long leaveTimeout = 5_000L;

    @UriParam(
            label = "engine",
            defaultValue = "3000",
            javaType = "java.time.Duration",
            description = "How long"
                    + " the core service may take to exit after the destroy command before it is ended (session).")
    @SessionOption(Use.ENGINE)
    private long destroyGrace = 3_000L;

    @UriParam(
            label = "engine",
            defaultValue = "10000",
            javaType = "java.time.Duration",
            description = "Longest a" + " write to the core service may stay blocked (session).")
    @SessionOption(Use.ENGINE)
    private long writeTimeout = 10_000L;

    @UriParam(
            label = "engine",
            defaultValue = "8000",
            javaType = "java.time.Duration",
            description = "Longest the core"
                    + " service may stay silent before it is declared unresponsive, stopped (SIGTERM, then SIGKILL) and"
                    + " the session rejoins with a new one; after a quarter of it (at most 1 s) a probe asks the core"
                    + " service for an answer, and while that goes unanswered no media is written to it. 0 turns the"
                    + " check off (session).")
    @SessionOption(Use.ENGINE)
    private long livenessTimeout = 8_000L;

    @UriParam(
            label = "engine",
            defaultValue = "true",
            description = "Let a crashing vendor core service write a" + " core file (session).")
    @SessionOption(Use.ENGINE)
    private boolean enableCoreDumps = true;

    // ---- join configuration --------------------------------------------------------------------------------------

    @UriParam(label = "join", defaultValue = "INTERACTIVE_LIVE", description = "Channel profile (session).")
    @SessionOption(Use.JOIN)
    private ChannelProfile channelProfile = ChannelProfile.INTERACTIVE_LIVE;

    @UriParam(label = "join", defaultValue = "false", description = "Join without video (session).")
    @SessionOption(Use.JOIN)
    private boolean audioOnly;

    @UriParam(
            label = "join",
            defaultValue = "NO_DELAY",
            description = "Synchronisation of pushed audio and video:"
                    + " NO_DELAY sends at once, WITH_PTS buffers by timestamp (session).")
    @SessionOption(Use.JOIN)
    private PublishAvsyncMode publishAvsyncMode = PublishAvsyncMode.NO_DELAY;

    @UriParam(label = "join", defaultValue = "300", description = "Audio buffer limit in WITH_PTS mode (session).")
    @SessionOption(value = Use.JOIN, into = "maxAudioCacheSize")
    private int publishAvsyncWithPtsMaxAudioCacheSize = 300;

    @UriParam(label = "join", defaultValue = "100", description = "Video buffer limit in WITH_PTS mode (session).")
    @SessionOption(value = Use.JOIN, into = "maxVideoCacheSize")
    private int publishAvsyncWithPtsMaxVideoCacheSize = 100;

    @UriParam(
            label = "join",
            defaultValue = "AUTOMATICALLY",
            description = "Publish automatically on join, or" + " only on request (session).")
    @SessionOption(Use.JOIN)
    private PublishMode publishMode = PublishMode.AUTOMATICALLY;

    @UriParam(
            label = "join",
            description = "Subscribe automatically or manually (session).",
            defaultValueNote = "MANUALLY when subscribeUsers is set, otherwise AUTOMATICALLY")
    @SessionOption(Use.JOIN)
    private SubscribeMode subscribeMode;

    @UriParam(
            label = "join",
            description = "Remote video delivery: H264 delivers video callbacks, NONE turns" + " them off (session).",
            defaultValueNote = "H264 when a consumer asks for video or encodedVideo," + " otherwise NONE")
    @SessionOption(Use.JOIN)
    private VideoFormat subscribeVideoFormat;

    @UriParam(
            label = "join",
            description = "Remote audio delivery: PCM_BEFORE_MIXING per user, MIXED_PCM mixed," + " NONE (session).",
            defaultValueNote = "PCM_BEFORE_MIXING for a consumer of audio, MIXED_PCM for"
                    + " mixedAudio or aac, otherwise MIXED_PCM")
    @SessionOption(Use.JOIN)
    private AudioFormat subscribeAudioFormat;

    @UriParam(
            label = "join",
            defaultValue = "false",
            description = "Deliver TTS sentence callbacks for pushed" + " audio (session).")
    @SessionOption(Use.JOIN)
    private boolean enableTtsCallback;

    @UriParam(
            label = "join",
            defaultValue = "INTERACTIVE",
            description = "Role in the channel: INTERACTIVE can" + " publish, LIVE only watches (session).")
    @SessionOption
    private ClientRole clientRole = ClientRole.INTERACTIVE;

    // ---- extra flags ---------------------------------------------------------------------------------------------

    @UriParam(
            label = "extra",
            defaultValue = "false",
            description = "Subscribe every audio stream instead of the"
                    + " few loudest: user_specified_disable_audio_ranking (session).")
    @SessionOption(Use.EXTRA)
    private boolean disableAudioRanking;

    @UriParam(
            label = "extra",
            description = "Format of subscribed remote audio:" + " user_specified_audio_observer_codec (session).",
            defaultValueNote = "AAC or BOTH_PCM_AND_AAC when a" + " consumer asks for aac, otherwise unset")
    @SessionOption(Use.EXTRA)
    private AudioTranscodingCodec audioObserverCodec;

    @UriParam(
            label = "extra",
            description = "AAC container, only 0 = ADTS is supported:"
                    + " user_specified_audio_observer_codec_format (session).",
            defaultValueNote = "unset")
    @SessionOption(Use.EXTRA)
    private Integer audioObserverCodecFormat;

    @UriParam(
            label = "extra",
            description = "Resample rate in Hz applied with AAC transcoding, 0 = none:"
                    + " user_specified_audio_observer_resample_rate (session).",
            defaultValueNote = "unset")
    @SessionOption(Use.EXTRA)
    private Integer audioObserverResampleRate;

    @UriParam(
            label = "extra",
            description = "Target AAC bitrate in bps:" + " user_specified_audio_observer_codec_bitrate (session).",
            defaultValueNote = "unset")
    @SessionOption(Use.EXTRA)
    private Integer audioObserverCodecBitrate;

    @UriParam(
            label = "extra",
            description = "Format of subscribed remote video:" + " user_specified_video_observer_codec (session).",
            defaultValueNote = "YUV for video, H264 for" + " encodedVideo, BOTH_YUV_AND_H264 for both, otherwise unset")
    @SessionOption(Use.EXTRA)
    private VideoTranscodingCodec videoObserverCodec;

    @UriParam(
            label = "extra",
            description = "H.264 bitstream format, only 0 = Annex B is supported:"
                    + " user_specified_video_observer_codec_format (session).",
            defaultValueNote = "unset")
    @SessionOption(Use.EXTRA)
    private Integer videoObserverCodecFormat;

    @UriParam(
            label = "extra",
            description = "Raw extra JSON object merged on top of the typed extra flags" + " (session).")
    @SessionOption
    private String extra;

    @UriParam(
            label = "extra",
            description = "The data channel (SetParameter enablePubDataChannel and enableSubDataChannel), so data"
                    + " channel messages can be sent and received (session). On unless an endpoint sets false; then"
                    + " sending a data channel message fails the exchange.",
            defaultValueNote = "on; false switches it off")
    @SessionOption
    private Boolean dataChannel;

    // ---- consumer ------------------------------------------------------------------------------------------------

    @UriParam(
            label = "consumer",
            defaultValue = "audio",
            description = "Comma-separated list of what the consumer"
                    + " emits, one exchange per item: audio (per-user PCM), mixedAudio, video (I420), encodedVideo (H.264),"
                    + " aac, dataChannel, sei, events, utterance (one WAV-convertible speech turn per remote user). Unless set explicitly, the subscribe formats and observer codecs"
                    + " follow from it.")
    private String messageTypes = "audio";

    @UriParam(
            label = "consumer",
            defaultValue = "0",
            description =
                    "Deliver one remote video frame every this" + " many milliseconds, 0 = every frame (session).")
    @SessionOption
    private int videoCallbackPeriod;

    @UriParam(
            label = "consumer",
            description = "Comma-separated user ids to subscribe to manually (their audio and"
                    + " video); implies subscribeMode MANUALLY unless that is set.")
    private String subscribeUsers;

    @UriParam(
            label = "consumer",
            defaultValue = "1000",
            description = "Capacity of the consumer's hand-off queue between the SDK reader thread and the route."
                    + " 0 means no queue: the route runs on the SDK reader thread, in arrival order, with no"
                    + " thread hand-off and nothing dropped; a slow route then slows reading from the core"
                    + " service, so keep such a route quick (well under livenessTimeout).")
    private int queueSize = 1000;

    @UriParam(
            label = "consumer",
            defaultValue = "dropOldest",
            enums = "dropOldest,dropNewest,block",
            description = "What to do when the hand-off queue is full: dropOldest, dropNewest, or block the reader"
                    + " for at most blockTimeout and then drop. Drops are counted.")
    private AliRtcOverflowPolicy overflowPolicy = AliRtcOverflowPolicy.DROP_OLDEST;

    @UriParam(
            label = "consumer",
            defaultValue = "200",
            javaType = "java.time.Duration",
            description =
                    "With" + " overflowPolicy=block, the longest the reader waits for room before dropping the item.")
    private long blockTimeout = 200L;

    // ---- speech turns (messageTypes=utterance, bargeIn) ------------------------------------------------------

    @UriParam(
            label = "consumer,speech",
            defaultValue = "auto",
            enums = "auto,silero,light",
            description = "The voice activity detector of speech turns and barge-in: silero (the Silero VAD model,"
                    + " needs the optional com.microsoft.onnxruntime:onnxruntime dependency), light (dependency-free,"
                    + " cheaper, weaker in noise and music) or auto (silero when it can run, otherwise light)"
                    + " (session).")
    @SessionOption
    private SpeechDetectorType speechDetector = SpeechDetectorType.AUTO;

    @UriParam(
            label = "consumer,speech",
            defaultValue = "0.65",
            description = "How readily the speech detector calls audio speech, from 0 (only clear speech) to 1"
                    + " (faint or noisy speech too, more false alarms) (session).")
    @SessionOption
    private double speechSensitivity = SpeechTurnSettings.DEFAULT_SENSITIVITY;

    @UriParam(
            label = "consumer,speech",
            defaultValue = "200",
            javaType = "java.time.Duration",
            description = "Speech shorter than this (a cough, a click) starts no turn (session).")
    @SessionOption
    private long minSpeech = SpeechTurnSettings.DEFAULT_MIN_SPEECH_MS;

    @UriParam(
            label = "consumer,speech",
            defaultValue = "600",
            javaType = "java.time.Duration",
            description = "Silence that ends a speech turn; shorter pauses stay inside it. The utterance exchange"
                    + " follows the end of speech after about this long (session).")
    @SessionOption
    private long trailingSilence = SpeechTurnSettings.DEFAULT_TRAILING_SILENCE_MS;

    @UriParam(
            label = "consumer,speech",
            defaultValue = "30000",
            javaType = "java.time.Duration",
            description = "Longest utterance: a longer turn is delivered in parts of this length that join without"
                    + " a gap (session).")
    @SessionOption
    private long maxUtteranceLength = SpeechTurnSettings.DEFAULT_MAX_UTTERANCE_MS;

    @UriParam(
            label = "consumer,speech",
            defaultValue = "16000",
            description = "Sample rate of utterance audio in Hz; recognizers usually want 16000 (session).")
    @SessionOption
    private int utteranceSampleRate = 16_000;

    @UriParam(
            label = "consumer,speech",
            defaultValue = "1",
            enums = "1,2",
            description = "Channels of utterance audio (session).")
    @SessionOption
    private int utteranceChannels = 1;

    @UriParam(
            label = "speech",
            defaultValue = "false",
            description = "Barge-in: when a remote user starts speaking while this session's producers still play"
                    + " audio, the playing and queued audio is cleared at once and a bargeIn event names the user."
                    + " Set it on a consumer of the session, which then receives each user's audio (session).")
    @SessionOption
    private boolean bargeIn;

    // ---- producer ------------------------------------------------------------------------------------------------

    @UriParam(
            label = "producer",
            defaultValue = "16000",
            enums = MediaLimits.PUSH_SAMPLE_RATES_CSV,
            description = "Sample rate of the PCM pushed into the channel (session); WAV bodies in another format"
                    + " are resampled.")
    @SessionOption
    private int audioSampleRate = 16000;

    @UriParam(
            label = "producer",
            defaultValue = "1",
            enums = "1,2",
            description = "Channel count of the PCM pushed" + " into the channel (session).")
    @SessionOption
    private int audioChannels = 1;

    @UriParam(label = "producer", defaultValue = "true", description = "Publish the pushed audio (session).")
    @SessionOption
    private boolean publishAudio = true;

    @UriParam(
            label = "producer",
            defaultValue = "false",
            description = "Publish the pushed video (session); needed" + " to send SEI messages.")
    @SessionOption
    private boolean publishVideo;

    @UriParam(
            label = "producer",
            defaultValue = "CAMERA",
            description = "Which video stream pushed frames feed" + " (session).")
    @SessionOption
    private VideoSource videoSource = VideoSource.CAMERA;

    @UriParam(
            label = "producer",
            defaultValue = "AUTO",
            description = "How pushed frames are fitted to the" + " encoder size (session).")
    @SessionOption
    private RenderMode renderMode = RenderMode.AUTO;

    @UriParam(
            label = "producer",
            defaultValue = "realTime",
            enums = "realTime,none",
            description = "realTime pushes"
                    + " audio one 10 ms frame per 10 ms, as it plays; none pushes as fast as the engine accepts.")
    private AliRtcPacing pacing = AliRtcPacing.REAL_TIME;

    @UriParam(
            label = "producer",
            defaultValue = "wait",
            enums = "wait,drop,fail",
            description = "What to do when"
                    + " the core service reports a full push buffer: wait (up to bufferFullMaxWait, then fail), drop"
                    + " (count and skip the frame) or fail the exchange.")
    private AliRtcBufferFullPolicy bufferFullPolicy = AliRtcBufferFullPolicy.WAIT;

    @UriParam(
            label = "producer",
            defaultValue = "2000",
            javaType = "java.time.Duration",
            description = "With" + " bufferFullPolicy=wait, the longest a push waits for room.")
    private long bufferFullMaxWait = 2_000L;

    @UriParam(
            label = "producer",
            defaultValue = "0",
            javaType = "java.time.Duration",
            description = "How long an"
                    + " exchange waits for the session to be back in the channel when it arrives, or its audio is"
                    + " interrupted, while the session is rejoining: 0 fails it at once; past the wait it fails."
                    + " Either way nothing of it is counted as sent.")
    private long outageWait;

    // ---- reconnect -----------------------------------------------------------------------------------------------

    @UriParam(
            label = "reconnect",
            defaultValue = "1000",
            javaType = "java.time.Duration",
            description = "Delay"
                    + " before the first rejoin after the core service exits, the connection fails or the user is kicked"
                    + " (session).")
    @SessionOption
    private long reconnectInitialDelay = 1_000L;

    @UriParam(
            label = "reconnect",
            defaultValue = "5000",
            javaType = "java.time.Duration",
            description = "Delay" + " between further rejoin attempts (session).")
    @SessionOption
    private long reconnectInterval = 5_000L;

    @UriParam(
            label = "reconnect",
            defaultValue = "-1",
            description = "How many rejoins to attempt: 0 = never," + " -1 = forever (session).")
    @SessionOption
    private int maxReconnectAttempts = -1;

    /** An independent copy, so that endpoints never share a mutable configuration. */
    public AliRtcConfiguration copy() {
        try {
            return (AliRtcConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getChannelId() {
        return channelId;
    }

    public void setChannelId(String channelId) {
        this.channelId = channelId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    public EngineMode getMode() {
        return mode;
    }

    public void setMode(EngineMode mode) {
        this.mode = mode;
    }

    public String getAppKey() {
        return appKey;
    }

    public void setAppKey(String appKey) {
        this.appKey = appKey;
    }

    public String getSecretKey() {
        return appKey;
    }

    public void setSecretKey(String secretKey) {
        this.appKey = secretKey;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public AliRtcTokenProvider getTokenProvider() {
        return tokenProvider;
    }

    public void setTokenProvider(AliRtcTokenProvider tokenProvider) {
        this.tokenProvider = tokenProvider;
    }

    public long getTokenValidity() {
        return tokenValidity;
    }

    public void setTokenValidity(long tokenValidity) {
        this.tokenValidity = tokenValidity;
    }

    public String getCoreServicePath() {
        return coreServicePath;
    }

    public void setCoreServicePath(String coreServicePath) {
        this.coreServicePath = coreServicePath;
    }

    public int getLowPort() {
        return lowPort;
    }

    public void setLowPort(int lowPort) {
        this.lowPort = lowPort;
    }

    public int getHighPort() {
        return highPort;
    }

    public void setHighPort(int highPort) {
        this.highPort = highPort;
    }

    public String getLogPath() {
        return logPath;
    }

    public void setLogPath(String logPath) {
        this.logPath = logPath;
    }

    public boolean isH5mode() {
        return h5mode;
    }

    public void setH5mode(boolean h5mode) {
        this.h5mode = h5mode;
    }

    public String getLocalHub() {
        return localHub;
    }

    public void setLocalHub(String localHub) {
        this.localHub = localHub;
    }

    public long getStartTimeout() {
        return startTimeout;
    }

    public void setStartTimeout(long startTimeout) {
        this.startTimeout = startTimeout;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getJoinTimeout() {
        return joinTimeout;
    }

    public void setJoinTimeout(long joinTimeout) {
        this.joinTimeout = joinTimeout;
    }

    public long getLeaveTimeout() {
        return leaveTimeout;
    }

    public void setLeaveTimeout(long leaveTimeout) {
        this.leaveTimeout = leaveTimeout;
    }

    public long getDestroyGrace() {
        return destroyGrace;
    }

    public void setDestroyGrace(long destroyGrace) {
        this.destroyGrace = destroyGrace;
    }

    public long getLivenessTimeout() {
        return livenessTimeout;
    }

    public void setLivenessTimeout(long livenessTimeout) {
        this.livenessTimeout = livenessTimeout;
    }

    public long getWriteTimeout() {
        return writeTimeout;
    }

    public void setWriteTimeout(long writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    public boolean isEnableCoreDumps() {
        return enableCoreDumps;
    }

    public void setEnableCoreDumps(boolean enableCoreDumps) {
        this.enableCoreDumps = enableCoreDumps;
    }

    public ChannelProfile getChannelProfile() {
        return channelProfile;
    }

    public void setChannelProfile(ChannelProfile channelProfile) {
        this.channelProfile = channelProfile;
    }

    public boolean isAudioOnly() {
        return audioOnly;
    }

    public void setAudioOnly(boolean audioOnly) {
        this.audioOnly = audioOnly;
    }

    public PublishAvsyncMode getPublishAvsyncMode() {
        return publishAvsyncMode;
    }

    public void setPublishAvsyncMode(PublishAvsyncMode publishAvsyncMode) {
        this.publishAvsyncMode = publishAvsyncMode;
    }

    public int getPublishAvsyncWithPtsMaxAudioCacheSize() {
        return publishAvsyncWithPtsMaxAudioCacheSize;
    }

    public void setPublishAvsyncWithPtsMaxAudioCacheSize(int publishAvsyncWithPtsMaxAudioCacheSize) {
        this.publishAvsyncWithPtsMaxAudioCacheSize = publishAvsyncWithPtsMaxAudioCacheSize;
    }

    public int getPublishAvsyncWithPtsMaxVideoCacheSize() {
        return publishAvsyncWithPtsMaxVideoCacheSize;
    }

    public void setPublishAvsyncWithPtsMaxVideoCacheSize(int publishAvsyncWithPtsMaxVideoCacheSize) {
        this.publishAvsyncWithPtsMaxVideoCacheSize = publishAvsyncWithPtsMaxVideoCacheSize;
    }

    public PublishMode getPublishMode() {
        return publishMode;
    }

    public void setPublishMode(PublishMode publishMode) {
        this.publishMode = publishMode;
    }

    public SubscribeMode getSubscribeMode() {
        return subscribeMode;
    }

    public void setSubscribeMode(SubscribeMode subscribeMode) {
        this.subscribeMode = subscribeMode;
    }

    public VideoFormat getSubscribeVideoFormat() {
        return subscribeVideoFormat;
    }

    public void setSubscribeVideoFormat(VideoFormat subscribeVideoFormat) {
        this.subscribeVideoFormat = subscribeVideoFormat;
    }

    public AudioFormat getSubscribeAudioFormat() {
        return subscribeAudioFormat;
    }

    public void setSubscribeAudioFormat(AudioFormat subscribeAudioFormat) {
        this.subscribeAudioFormat = subscribeAudioFormat;
    }

    public boolean isEnableTtsCallback() {
        return enableTtsCallback;
    }

    public void setEnableTtsCallback(boolean enableTtsCallback) {
        this.enableTtsCallback = enableTtsCallback;
    }

    public ClientRole getClientRole() {
        return clientRole;
    }

    public void setClientRole(ClientRole clientRole) {
        this.clientRole = clientRole;
    }

    public boolean isDisableAudioRanking() {
        return disableAudioRanking;
    }

    public void setDisableAudioRanking(boolean disableAudioRanking) {
        this.disableAudioRanking = disableAudioRanking;
    }

    public AudioTranscodingCodec getAudioObserverCodec() {
        return audioObserverCodec;
    }

    public void setAudioObserverCodec(AudioTranscodingCodec audioObserverCodec) {
        this.audioObserverCodec = audioObserverCodec;
    }

    public Integer getAudioObserverCodecFormat() {
        return audioObserverCodecFormat;
    }

    public void setAudioObserverCodecFormat(Integer audioObserverCodecFormat) {
        this.audioObserverCodecFormat = audioObserverCodecFormat;
    }

    public Integer getAudioObserverResampleRate() {
        return audioObserverResampleRate;
    }

    public void setAudioObserverResampleRate(Integer audioObserverResampleRate) {
        this.audioObserverResampleRate = audioObserverResampleRate;
    }

    public Integer getAudioObserverCodecBitrate() {
        return audioObserverCodecBitrate;
    }

    public void setAudioObserverCodecBitrate(Integer audioObserverCodecBitrate) {
        this.audioObserverCodecBitrate = audioObserverCodecBitrate;
    }

    public VideoTranscodingCodec getVideoObserverCodec() {
        return videoObserverCodec;
    }

    public void setVideoObserverCodec(VideoTranscodingCodec videoObserverCodec) {
        this.videoObserverCodec = videoObserverCodec;
    }

    public Integer getVideoObserverCodecFormat() {
        return videoObserverCodecFormat;
    }

    public void setVideoObserverCodecFormat(Integer videoObserverCodecFormat) {
        this.videoObserverCodecFormat = videoObserverCodecFormat;
    }

    public String getExtra() {
        return extra;
    }

    public void setExtra(String extra) {
        this.extra = extra;
    }

    public Boolean getDataChannel() {
        return dataChannel;
    }

    public void setDataChannel(Boolean dataChannel) {
        this.dataChannel = dataChannel;
    }

    public String getMessageTypes() {
        return messageTypes;
    }

    public void setMessageTypes(String messageTypes) {
        this.messageTypes = messageTypes;
    }

    public int getVideoCallbackPeriod() {
        return videoCallbackPeriod;
    }

    public void setVideoCallbackPeriod(int videoCallbackPeriod) {
        this.videoCallbackPeriod = videoCallbackPeriod;
    }

    public String getSubscribeUsers() {
        return subscribeUsers;
    }

    public void setSubscribeUsers(String subscribeUsers) {
        this.subscribeUsers = subscribeUsers;
    }

    public int getQueueSize() {
        return queueSize;
    }

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public AliRtcOverflowPolicy getOverflowPolicy() {
        return overflowPolicy;
    }

    public void setOverflowPolicy(AliRtcOverflowPolicy overflowPolicy) {
        this.overflowPolicy = overflowPolicy;
    }

    public long getBlockTimeout() {
        return blockTimeout;
    }

    public void setBlockTimeout(long blockTimeout) {
        this.blockTimeout = blockTimeout;
    }

    public int getAudioSampleRate() {
        return audioSampleRate;
    }

    public void setAudioSampleRate(int audioSampleRate) {
        this.audioSampleRate = audioSampleRate;
    }

    public int getAudioChannels() {
        return audioChannels;
    }

    public void setAudioChannels(int audioChannels) {
        this.audioChannels = audioChannels;
    }

    public boolean isPublishAudio() {
        return publishAudio;
    }

    public void setPublishAudio(boolean publishAudio) {
        this.publishAudio = publishAudio;
    }

    public boolean isPublishVideo() {
        return publishVideo;
    }

    public void setPublishVideo(boolean publishVideo) {
        this.publishVideo = publishVideo;
    }

    public VideoSource getVideoSource() {
        return videoSource;
    }

    public void setVideoSource(VideoSource videoSource) {
        this.videoSource = videoSource;
    }

    public RenderMode getRenderMode() {
        return renderMode;
    }

    public void setRenderMode(RenderMode renderMode) {
        this.renderMode = renderMode;
    }

    public AliRtcPacing getPacing() {
        return pacing;
    }

    public void setPacing(AliRtcPacing pacing) {
        this.pacing = pacing;
    }

    public AliRtcBufferFullPolicy getBufferFullPolicy() {
        return bufferFullPolicy;
    }

    public void setBufferFullPolicy(AliRtcBufferFullPolicy bufferFullPolicy) {
        this.bufferFullPolicy = bufferFullPolicy;
    }

    public long getOutageWait() {
        return outageWait;
    }

    public void setOutageWait(long outageWait) {
        this.outageWait = outageWait;
    }

    public long getBufferFullMaxWait() {
        return bufferFullMaxWait;
    }

    public void setBufferFullMaxWait(long bufferFullMaxWait) {
        this.bufferFullMaxWait = bufferFullMaxWait;
    }

    public long getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    public void setReconnectInitialDelay(long reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    public long getReconnectInterval() {
        return reconnectInterval;
    }

    public void setReconnectInterval(long reconnectInterval) {
        this.reconnectInterval = reconnectInterval;
    }

    public int getMaxReconnectAttempts() {
        return maxReconnectAttempts;
    }

    public void setMaxReconnectAttempts(int maxReconnectAttempts) {
        this.maxReconnectAttempts = maxReconnectAttempts;
    }

    public SpeechDetectorType getSpeechDetector() {
        return speechDetector;
    }

    public void setSpeechDetector(SpeechDetectorType speechDetector) {
        this.speechDetector = speechDetector;
    }

    public double getSpeechSensitivity() {
        return speechSensitivity;
    }

    public void setSpeechSensitivity(double speechSensitivity) {
        this.speechSensitivity = speechSensitivity;
    }

    public long getMinSpeech() {
        return minSpeech;
    }

    public void setMinSpeech(long minSpeech) {
        this.minSpeech = minSpeech;
    }

    public long getTrailingSilence() {
        return trailingSilence;
    }

    public void setTrailingSilence(long trailingSilence) {
        this.trailingSilence = trailingSilence;
    }

    public long getMaxUtteranceLength() {
        return maxUtteranceLength;
    }

    public void setMaxUtteranceLength(long maxUtteranceLength) {
        this.maxUtteranceLength = maxUtteranceLength;
    }

    public int getUtteranceSampleRate() {
        return utteranceSampleRate;
    }

    public void setUtteranceSampleRate(int utteranceSampleRate) {
        this.utteranceSampleRate = utteranceSampleRate;
    }

    public int getUtteranceChannels() {
        return utteranceChannels;
    }

    public void setUtteranceChannels(int utteranceChannels) {
        this.utteranceChannels = utteranceChannels;
    }

    public boolean isBargeIn() {
        return bargeIn;
    }

    public void setBargeIn(boolean bargeIn) {
        this.bargeIn = bargeIn;
    }

    /**
     * The speech turn settings these options make.
     *
     * @throws IllegalArgumentException naming the option that is out of range
     */
    SpeechTurnSettings speechTurnSettings() {
        return new SpeechTurnSettings(
                speechSensitivity,
                (int) Math.min(Integer.MAX_VALUE, minSpeech),
                (int) Math.min(Integer.MAX_VALUE, trailingSilence),
                (int) Math.min(Integer.MAX_VALUE, maxUtteranceLength),
                PcmFormat.of(utteranceSampleRate, utteranceChannels),
                speechDetector);
    }
}
