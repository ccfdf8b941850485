package org.alirtc.sdk.ipc;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.AudioObserverManualConfig;

/**
 * The SIP / VoIP commands (protocol spec section 3.4g). The codec travels as its name and the rate in Hz: the
 * vendor sends these two raw, not as enum codes. Missing texts read as null, missing numbers as 0.
 */
public sealed interface VoipCommand extends Command {

    /** Command 43, answered by callbacks 1049 (result) and 1052 (state) among others. */
    record Dial(
            String sipDomain,
            String sipToken,
            String callerNumber,
            String calleeNumber,
            String calleePrefix,
            String localPublicIp,
            int minPort,
            int maxPort,
            String sipHeaderExtra,
            String audioCodec,
            int audioSampleRate,
            AudioObserverManualConfig observer)
            implements VoipCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.DIAL);
            h.put(WireKeys.SIP_DOMAIN, sipDomain);
            h.put(WireKeys.SIP_TOKEN, sipToken);
            h.put(WireKeys.CALLER_NUMBER, callerNumber);
            h.put(WireKeys.CALLEE_NUMBER, calleeNumber);
            h.put(WireKeys.CALLEE_PREFIX, calleePrefix);
            h.put(WireKeys.LOCAL_PUBLIC_IP, localPublicIp);
            h.put(WireKeys.MIN_PORT, minPort);
            h.put(WireKeys.MAX_PORT, maxPort);
            h.put(WireKeys.SIP_HEADER_EXTRA, sipHeaderExtra);
            putCallAudio(h, audioCodec, audioSampleRate, observer);
            return Message.command(h);
        }

        public static Dial decode(Message m) {
            return new Dial(
                    m.text(WireKeys.SIP_DOMAIN),
                    m.text(WireKeys.SIP_TOKEN),
                    m.text(WireKeys.CALLER_NUMBER),
                    m.text(WireKeys.CALLEE_NUMBER),
                    m.text(WireKeys.CALLEE_PREFIX),
                    m.text(WireKeys.LOCAL_PUBLIC_IP),
                    m.intValue(WireKeys.MIN_PORT, 0),
                    m.intValue(WireKeys.MAX_PORT, 0),
                    m.text(WireKeys.SIP_HEADER_EXTRA),
                    m.text(WireKeys.AUDIO_CODEC),
                    m.intValue(WireKeys.AUDIO_SAMPLE_RATE, 0),
                    readObserver(m));
        }
    }

    /** Command 44, answered by callback 1050. */
    record DialUpdate(String audioCodec, int audioSampleRate) implements VoipCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.DIAL_UPDATE);
            h.put(WireKeys.AUDIO_CODEC, audioCodec);
            h.put(WireKeys.AUDIO_SAMPLE_RATE, audioSampleRate);
            return Message.command(h);
        }

        public static DialUpdate decode(Message m) {
            return new DialUpdate(m.text(WireKeys.AUDIO_CODEC), m.intValue(WireKeys.AUDIO_SAMPLE_RATE, 0));
        }
    }

    /** Command 45, answered by callback 1047. */
    record Hangup() implements VoipCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.HANGUP);
        }

        public static Hangup decode(Message m) {
            return new Hangup();
        }
    }

    /** Command 63, answered by callback 1056. */
    record PickupIncomingCall(
            String sipDomain,
            String callerNumber,
            String calleeNumber,
            String remotePublicIp,
            int remoteAudioPort,
            int minPort,
            int maxPort,
            String inviteSdpInfo,
            String audioCodec,
            int audioSampleRate,
            AudioObserverManualConfig observer)
            implements VoipCommand {

        @Override
        public Message encode() {
            ObjectNode h = Message.commandHeader(CommandId.PICKUP_INCOMING_CALL);
            h.put(WireKeys.SIP_DOMAIN, sipDomain);
            h.put(WireKeys.CALLER_NUMBER, callerNumber);
            h.put(WireKeys.CALLEE_NUMBER, calleeNumber);
            h.put(WireKeys.REMOTE_PUBLIC_IP, remotePublicIp);
            h.put(WireKeys.REMOTE_AUDIO_PORT, remoteAudioPort);
            h.put(WireKeys.MIN_PORT, minPort);
            h.put(WireKeys.MAX_PORT, maxPort);
            h.put(WireKeys.INVITE_SDP_INFO, inviteSdpInfo);
            putCallAudio(h, audioCodec, audioSampleRate, observer);
            return Message.command(h);
        }

        public static PickupIncomingCall decode(Message m) {
            return new PickupIncomingCall(
                    m.text(WireKeys.SIP_DOMAIN),
                    m.text(WireKeys.CALLER_NUMBER),
                    m.text(WireKeys.CALLEE_NUMBER),
                    m.text(WireKeys.REMOTE_PUBLIC_IP),
                    m.intValue(WireKeys.REMOTE_AUDIO_PORT, 0),
                    m.intValue(WireKeys.MIN_PORT, 0),
                    m.intValue(WireKeys.MAX_PORT, 0),
                    m.text(WireKeys.INVITE_SDP_INFO),
                    m.text(WireKeys.AUDIO_CODEC),
                    m.intValue(WireKeys.AUDIO_SAMPLE_RATE, 0),
                    readObserver(m));
        }
    }

    /** Command 64, answered by callback 1057. */
    record ConnectIncomingCall() implements VoipCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.CONNECT_INCOMING_CALL);
        }

        public static ConnectIncomingCall decode(Message m) {
            return new ConnectIncomingCall();
        }
    }

    /** Command 65, answered by callback 1058. */
    record DisconnectIncomingCall() implements VoipCommand {

        @Override
        public Message encode() {
            return CommandFields.bare(CommandId.DIS_CONNECT_INCOMING_CALL);
        }

        public static DisconnectIncomingCall decode(Message m) {
            return new DisconnectIncomingCall();
        }
    }

    private static void putCallAudio(
            ObjectNode h, String audioCodec, int audioSampleRate, AudioObserverManualConfig observer) {
        h.put(WireKeys.AUDIO_CODEC, audioCodec);
        h.put(WireKeys.AUDIO_SAMPLE_RATE, audioSampleRate);
        h.put(WireKeys.DENOISE, observer.enableDenoise());
        h.put(WireKeys.VOICEPRINT, observer.enableVoiceprintRecognize());
        h.put(WireKeys.ASRVAD, observer.enableAsrCallback());
        h.put(WireKeys.TTS_VAD_LOWER_CASE, observer.enableTtsVad());
        h.put(WireKeys.BIND, observer.bindPublishLoopDelay());
    }

    private static AudioObserverManualConfig readObserver(Message m) {
        return new AudioObserverManualConfig(
                m.bool(WireKeys.DENOISE),
                m.bool(WireKeys.VOICEPRINT),
                m.bool(WireKeys.ASRVAD),
                m.bool(WireKeys.TTS_VAD_LOWER_CASE),
                m.bool(WireKeys.BIND));
    }
}
