package org.alirtc.camel;

/**
 * A control operation for the producer, chosen with the {@code CamelAliRtcOperation} header. The body is ignored
 * unless stated.
 */
public enum AliRtcOperation {
    /** Start publishing the pushed audio. */
    PUBLISH_AUDIO,
    /** Stop publishing audio. */
    UNPUBLISH_AUDIO,
    /** Start publishing the pushed video (needed for SEI too). */
    PUBLISH_VIDEO,
    /** Stop publishing video. */
    UNPUBLISH_VIDEO,
    /** Subscribe the audio and video of the user in {@code CamelAliRtcRemoteUserId}; kept across rejoins. */
    SUBSCRIBE,
    /** Stop subscribing the user in {@code CamelAliRtcRemoteUserId}. */
    UNSUBSCRIBE,
    /** Set the publish volume of the pushed audio, 0 to 100, from {@code CamelAliRtcVolume} or the body. */
    SET_VOLUME,
    /** Barge-in: clear the engine's audio and video buffers and cancel the WAV playback in flight. */
    CLEAR_BUFFER,
    /** Send a SetParameter JSON text from {@code CamelAliRtcParameter} or the body. */
    SET_PARAMETER,
    /** Leave the channel; the session stays down until {@link #REJOIN}. */
    LEAVE,
    /** Leave if joined and join again with a fresh token. */
    REJOIN
}
