package org.alirtc.sdk;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.alirtc.sdk.ipc.CoreService;
import org.alirtc.sdk.model.AudioEffectConfig;
import org.alirtc.sdk.model.AudioFrameData;
import org.alirtc.sdk.model.AudioFrameObserverConfig;
import org.alirtc.sdk.model.AudioObserverManualConfig;
import org.alirtc.sdk.model.AudioQualityMode;
import org.alirtc.sdk.model.AudioQuestionDelay;
import org.alirtc.sdk.model.AudioSceneMode;
import org.alirtc.sdk.model.AudioSource;
import org.alirtc.sdk.model.AuthInfo;
import org.alirtc.sdk.model.BufferDataType;
import org.alirtc.sdk.model.ClientRole;
import org.alirtc.sdk.model.DataChannelMessage;
import org.alirtc.sdk.model.DialInfo;
import org.alirtc.sdk.model.ExtraDelay;
import org.alirtc.sdk.model.Identifiers;
import org.alirtc.sdk.model.IncomingCallInfo;
import org.alirtc.sdk.model.JoinChannelConfig;
import org.alirtc.sdk.model.RenderMode;
import org.alirtc.sdk.model.ScreenShareEncoderConfiguration;
import org.alirtc.sdk.model.UserParam;
import org.alirtc.sdk.model.VideoDataSample;
import org.alirtc.sdk.model.VideoEncoderConfiguration;
import org.alirtc.sdk.model.VideoSource;
import org.alirtc.sdk.model.VideoStreamType;
import org.alirtc.sdk.model.VideoTrack;
import org.alirtc.sdk.model.VoipConfig;

/**
 * One ARTC engine: a connection to one core service, for one user in at most one channel at a time. Create it with
 * {@link RtcEngineFactory#create}; release it with {@link #release()} (or try-with-resources).
 *
 * <p>The {@code int} methods mirror the vendor API: they return {@link #SENT} once the command is written to the
 * core service (not when it took effect — results come as {@link RtcEngineListener} callbacks), and
 * {@link #NOT_CONNECTED} when the engine is released or its core service is gone. Invalid arguments throw
 * {@link IllegalArgumentException} naming the problem and the fix, and nothing is sent. All methods are
 * thread-safe; a message and its binary chunks are written atomically.
 *
 * <p>Additions to the vendor API: {@link #join} and {@link #leave} return futures; pushes return
 * {@link #BUFFER_FULL} while the core service reports a full buffer; audio effect volume and SDK version queries
 * return futures with the real answer; the data channel is rate-limited on the client.
 */
public interface RtcEngine extends AutoCloseable {

    /** The command was written to the core service. */
    int SENT = 0;
    /** The engine is released or its core service is gone: nothing was sent. */
    int NOT_CONNECTED = -1;
    /**
     * ERR_AUDIO_BUFFER_FULL (0x01060106): the last buffer-full callback said full, so the push was not sent. Wait
     * one push interval and push the same data again.
     */
    int BUFFER_FULL = 0x01060106;

    // ---- join / leave --------------------------------------------------------------------------------------------

    /**
     * Joins with a single-parameter (base64) token (command 24). The result arrives as
     * {@link RtcEngineListener#onJoinChannelResult}.
     *
     * @param userName display name, may be null
     */
    int joinChannel(String token, String channelId, String userId, String userName, JoinChannelConfig config);

    /** Joins with multi-parameter authentication info (command 2). */
    int joinChannelFromServer(AuthInfo authInfo, JoinChannelConfig config);

    /** Joins with user properties for AI scenarios (command 41). */
    int joinChannelWithProperty(String token, UserParam userParam, JoinChannelConfig config);

    /** Leaves the channel (command 6); the result arrives as {@link RtcEngineListener#onLeaveChannelResult}. */
    int leaveChannel();

    /**
     * Joins and waits for the answer: ids are checked with {@link Identifiers}, command 24 is sent, and the future
     * completes with the confirmed channel and user on callback 1001 with result 0. It fails with an
     * {@link RtcException} on a non-zero result, on an error callback before the result, when {@code timeout}
     * passes without an answer, or when the core service is lost.
     *
     * @throws IllegalArgumentException for invalid ids or a null token/config (nothing is sent)
     */
    CompletableFuture<JoinResult> join(
            String token, String channelId, String userId, String userName, JoinChannelConfig config, Duration timeout);

    /**
     * Leaves and waits for callback 1004; the future completes with its result code (0 = left), or fails with an
     * {@link RtcException} on timeout or loss of the core service.
     */
    CompletableFuture<Integer> leave(Duration timeout);

    // ---- roles, sources, publishing ------------------------------------------------------------------------------

    /** Command 5; confirmed by {@link RtcEngineListener#onUpdateRoleNotify}. */
    int setClientRole(ClientRole role);

    /** Command 7: turns external video input for {@code source} on or off. */
    int setExternalVideoSource(boolean enable, VideoSource source, RenderMode renderMode);

    /**
     * Command 3: pushes one video frame (the first {@code dataLength} bytes of its data). Frames of 2K and above
     * are refused; an I420 frame's dataLength must match its size.
     *
     * @return {@link #SENT}, {@link #NOT_CONNECTED}, or {@link #BUFFER_FULL} (not sent) while the last callback
     *         1028 said the video buffer is full
     */
    int pushExternalVideoFrame(VideoDataSample sample, VideoSource source);

    /** Command 8: declares the PCM format of the audio that will be pushed (16-bit signed little-endian). */
    int setExternalAudioSource(boolean enable, int sampleRate, int channels);

    /**
     * Command 4: pushes the first {@code length} bytes of {@code pcm} with timestamp {@code timestampMs} (sentence
     * fields take the vendor defaults). {@code length} must be positive, even, and at most {@code pcm.length}.
     *
     * @return {@link #SENT}, {@link #NOT_CONNECTED}, or {@link #BUFFER_FULL} (not sent) while the last callback
     *         1024 said the audio buffer is full
     */
    int pushExternalAudioFrameRawData(byte[] pcm, int length, long timestampMs);

    /** Command 4 with every AudioFrameData field; same rules and results as {@link #pushExternalAudioFrameRawData}. */
    int pushExternalAudioFrame(AudioFrameData frame);

    /** Command 9; also sets the intent flag read by {@link #isDualStreamPublished()}. */
    int publishLocalDualStream(boolean enabled);

    /** Command 10; also sets the intent flag read by {@link #isLocalVideoStreamPublished()}. */
    int publishLocalVideoStream(boolean enabled);

    /** Command 11; also sets the intent flag read by {@link #isLocalAudioStreamPublished()}. */
    int publishLocalAudioStream(boolean enabled);

    /** Command 12; also sets the intent flag read by {@link #isLocalScreenPublishEnabled()}. */
    int publishScreenShareStream(boolean enabled);

    /** Command 13. */
    int setVideoEncoderConfiguration(VideoEncoderConfiguration config);

    /** Command 14. */
    int setScreenShareEncoderConfiguration(ScreenShareEncoderConfiguration config);

    /**
     * Command 15: sends a media extension (SEI) message of at most 4096 bytes.
     *
     * @param delayMs milliseconds before sending
     */
    int sendMediaExtensionMsg(byte[] message, int repeatCount, int delayMs, boolean keyFrame);

    // ---- subscribing ---------------------------------------------------------------------------------------------

    /**
     * Command 16 (in a channel only). Unlike the vendor wrapper this does not first run the internal
     * loopback-latency probe; use {@link #needTestLoopbackLatency(String)} for that.
     *
     * @param config per-stream options; null means {@link AudioObserverManualConfig#defaults()}
     */
    int subscribeRemoteAudioStream(String uid, boolean subscribe, AudioObserverManualConfig config);

    /** Command 17 (in a channel only). */
    int subscribeRemoteVideoStream(String uid, VideoTrack track, boolean subscribe);

    /** Command 18: large or small camera stream of {@code uid}. */
    int setRemoteVideoStreamType(String uid, VideoStreamType type);

    /** Command 27. */
    int setRemoteDefaultVideoStreamType(VideoStreamType type);

    /** Command 19. */
    int muteLocalCamera(boolean mute);

    /** Command 20. */
    int muteLocalMic(boolean mute);

    /** Command 21: a JSON parameter text, sent as a string. */
    int setParameter(String jsonParameter);

    /**
     * Turns the data channel on or off: {@link #setParameter} with the flags enablePubDataChannel and
     * enableSubDataChannel (real JSON booleans) in its data object.
     */
    int enableDataChannel(boolean publish, boolean subscribe);

    /**
     * Command 22: sends a data channel message of at most 1024 bytes. The client keeps ARTC's limits of 60
     * messages and 30 KB per second (sliding window).
     *
     * @throws RtcLimitException when the message would exceed a rate limit (nothing is sent)
     */
    int sendDataChannelMessage(DataChannelMessage message);

    /** Command 25: deliver one remote video sample every {@code periodMs} ms (0 = every frame). */
    int setVideoCallbackPeriod(int periodMs);

    /** Command 26. */
    int setAudioProfile(AudioQualityMode quality, AudioSceneMode scene);

    /** Command 28: how long to wait for an anchor at join; 0 or less disables the check. */
    int setPeriodForCheckPeople(int seconds);

    /** Command 29. */
    int leaveOnceNoStreamer(boolean enable);

    /** Command 30: mixing volume 0-100 of the external audio; remembered for {@link #getExternalAudioPublishVolume()}. */
    int setExternalAudioPublishVolume(int volume);

    /** The last volume set, 100 until then (the effective default; the vendor wrapper wrongly reports 0). */
    int getExternalAudioPublishVolume();

    /**
     * Command 31: clears the pushed audio/video buffers (barge-in). Deliberate difference from the vendor wrapper,
     * which fires {@code onPush*FrameBufferFull(true)} here: this resets the local buffer-full flags to false, so
     * the next push is sent at once; the listener is not called.
     */
    int clearDataBuffer();

    /** Command 32; answered by {@link RtcEngineListener#onGetRemainDataBufferSize}. */
    int getRemainDataBufferSize(BufferDataType type);

    /** Command 33; answered by {@link RtcEngineListener#onGetAudioIsMainSpeaker}. */
    int getAudioIsMainSpeaker(long startTime, long endTime);

    /** Command 42; answered by {@link RtcEngineListener#onGetAIVadInfo}. */
    int getAIVadInfo(long startTime, long endTime);

    /** Command 34: exactly 768 bytes (192 float32), or null to clear it. */
    int setVoiceprintVector(byte[] vectorOrNull);

    /** Command 35; answered by {@link RtcEngineListener#onVoiceprintVector}. */
    int getVoiceprintVector();

    /** Command 37. */
    int setAudioDelayInfo(String uid, AudioQuestionDelay delay);

    /** Command 46; answered by {@link RtcEngineListener#onEncryptQuestionDelayInfo}. */
    int encryptQuestionDelayInfo(AudioQuestionDelay delay);

    /** Command 47: an encrypted delay text (from 1051), with optional extra delays. */
    int setEncryptAudioDelayInfo(String uid, int sentenceId, String delayInfo, ExtraDelay extraOrNull);

    /** Command 38. */
    int enableLocalVideo(boolean enable);

    /** Command 39; answered by {@link RtcEngineListener#onTestCycleRound}. */
    int needTestLoopbackLatency(String uid);

    // ---- VoIP ----------------------------------------------------------------------------------------------------

    /** Command 43; null {@code config} means defaults. */
    int dial(DialInfo info, VoipConfig voipConfig, AudioObserverManualConfig config);

    /** Command 44. */
    int dialUpdate(VoipConfig voipConfig);

    /** Command 45. */
    int hangUp();

    /** Command 63; null {@code config} means defaults. */
    int pickupIncomingCall(IncomingCallInfo info, VoipConfig voipConfig, AudioObserverManualConfig config);

    /** Command 64. */
    int connectIncomingCall();

    /** Command 65. */
    int disConnectIncomingCall();

    /**
     * Command 66: audio data callbacks for {@code source} (PUB → onPublishAudioFrame, MIXED_ALL →
     * onMixedAllAudioFrame).
     *
     * @param config null means {@link AudioFrameObserverConfig#defaults()} (48 kHz mono)
     */
    int enableAudioFrameObserver(boolean enabled, AudioSource source, AudioFrameObserverConfig config);

    // ---- audio effects -------------------------------------------------------------------------------------------

    /** Command 48. */
    int preloadAudioEffect(int soundId, String path);

    /** Command 49. */
    int unloadAudioEffect(int soundId);

    /** Command 50; null config means {@link AudioEffectConfig#defaults()}. */
    int playAudioEffect(int soundId, String path, AudioEffectConfig config);

    /** Command 51. */
    int stopAudioEffect(int soundId);

    /** Command 52. */
    int stopAllAudioEffects();

    /** Command 53: volume 0-100. */
    int setAudioEffectPublishVolume(int soundId, int volume);

    /** Command 55: volume 0-100. */
    int setAudioEffectPlayoutVolume(int soundId, int volume);

    /** Command 57: volume 0-100. */
    int setAllAudioEffectsPlayoutVolume(int volume);

    /** Command 58: volume 0-100. */
    int setAllAudioEffectsPublishVolume(int volume);

    /** Command 59. */
    int pauseAudioEffect(int soundId);

    /** Command 60. */
    int pauseAllAudioEffects();

    /** Command 61. */
    int resumeAudioEffect(int soundId);

    /** Command 62. */
    int resumeAllAudioEffects();

    /**
     * Command 54; completes with the volume from callback 1055 (the vendor wrapper loses it), or fails with an
     * {@link RtcException} after {@code timeout} or when not connected. Concurrent queries share the next answer,
     * because the protocol has no correlation ids.
     */
    CompletableFuture<Integer> getAudioEffectPublishVolume(int soundId, Duration timeout);

    /** Command 56; completes with the volume from callback 1054, as {@link #getAudioEffectPublishVolume}. */
    CompletableFuture<Integer> getAudioEffectPlayoutVolume(int soundId, Duration timeout);

    /** Command 40; completes with the version from callback 1040, cached after the first answer. */
    CompletableFuture<String> getSdkVersion(Duration timeout);

    // ---- local state ---------------------------------------------------------------------------------------------

    /** The intent last sent with {@link #publishLocalVideoStream} (false until then), not the confirmed state. */
    boolean isLocalVideoStreamPublished();

    /** The intent last sent with {@link #publishLocalAudioStream} (false until then), not the confirmed state. */
    boolean isLocalAudioStreamPublished();

    /** The intent last sent with {@link #publishScreenShareStream} (false until then), not the confirmed state. */
    boolean isLocalScreenPublishEnabled();

    /** The intent last sent with {@link #publishLocalDualStream} (false until then), not the confirmed state. */
    boolean isDualStreamPublished();

    /** The audio dump directory from callback 1032, "" before it arrives. */
    String getAudioDumpPath();

    /** True while the last callback 1024 said the audio push buffer is full. */
    boolean isAudioBufferFull();

    /** True while the last callback 1028 said the video push buffer is full. */
    boolean isVideoBufferFull();

    /**
     * Waits until the audio push buffer has room (callback 1024 said so, or the buffers were cleared), at most
     * {@code timeoutNanos}; woken by that callback, not by polling.
     *
     * @return true when it has room, false when the time ran out first
     */
    boolean awaitAudioBufferRoom(long timeoutNanos) throws InterruptedException;

    /** As {@link #awaitAudioBufferRoom(long)}, for the video push buffer (callback 1028). */
    boolean awaitVideoBufferRoom(long timeoutNanos) throws InterruptedException;

    EngineState state();

    /**
     * Whether the core service has not answered the liveness probe (see {@link EngineOptions#livenessTimeout()}):
     * it may hang, and media pushed now would likely be lost unseen. It ends when the core service answers, or the
     * engine declares it unresponsive at the liveness timeout. Always false with liveness checks turned off.
     */
    default boolean coreServiceSuspect() {
        return false;
    }

    /** The channel confirmed by the last successful join, null when not joined. */
    String joinedChannel();

    /** The user id confirmed by the last successful join, null when not joined. */
    String joinedUserId();

    /** The core service this engine drives. */
    CoreService coreService();

    /** The process id, port and description of the core service this engine drives. */
    default CoreServiceInfo coreServiceInfo() {
        return CoreServiceInfo.of(coreService());
    }

    EngineCounters counters();

    /**
     * Releases the engine: if joined, leaves and waits for callback 1004 (up to the configured leave timeout); then
     * sends the destroy command, closes the connection and stops the core service (waiting up to the configured
     * grace before ending it forcibly). Idempotent and bounded in time; afterwards every method returns
     * {@link #NOT_CONNECTED} (futures fail).
     */
    void release();

    /** Same as {@link #release()}. */
    @Override
    void close();
}
