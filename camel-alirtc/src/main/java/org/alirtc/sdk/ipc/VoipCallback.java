package org.alirtc.sdk.ipc;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alirtc.sdk.model.PickupIncomingCallInfo;

import static org.alirtc.sdk.ipc.CallbackFields.i;
import static org.alirtc.sdk.ipc.CallbackFields.plain;
import static org.alirtc.sdk.ipc.CallbackFields.str;

/** Callbacks of SIP / VoIP calls. */
public sealed interface VoipCallback extends Callback {

    /** 1046: the far end hung up. */
    record RemoteHangUp() implements VoipCallback {

        static RemoteHangUp decode(Message m) {
            return new RemoteHangUp();
        }

        @Override
        public int id() {
            return CallbackId.ON_REMOTE_HANGUP;
        }

        @Override
        public Message encode() {
            return plain(Message.callbackHeader(id()));
        }
    }

    /**
     * A result code of a call step: 1047 hang-up, 1048 quality, 1049 dial, 1050 dial update, 1052 dial state,
     * 1057 connect or 1058 disconnect of an incoming call.
     */
    record CallResult(int id, int code) implements VoipCallback {

        public CallResult {
            if (id != CallbackId.ON_HANGUP_RESULT
                    && id != CallbackId.ON_VOIP_QUALITY
                    && id != CallbackId.ON_DIAL_RESULT
                    && id != CallbackId.ON_DIAL_UPDATE_RESULT
                    && id != CallbackId.ON_DIAL_STATE_CHANGE
                    && id != CallbackId.ON_CONNECT_INCOMING_CALL_RESULT
                    && id != CallbackId.ON_DIS_CONNECT_INCOMING_CALL_RESULT) {
                throw new IllegalArgumentException(
                        "Callback id " + id + " (" + CallbackId.name(id) + ") is not a call result");
            }
        }

        static CallResult decode(Message m) {
            return new CallResult(m.id(), i(m.header(), WireKeys.CODE));
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id);
            h.put(WireKeys.CODE, code);
            return plain(h);
        }
    }

    /** 1056: the answer to picking up an incoming call. */
    record PickupIncomingCall(PickupIncomingCallInfo info) implements VoipCallback {

        static PickupIncomingCall decode(Message m) {
            ObjectNode h = m.header();
            return new PickupIncomingCall(new PickupIncomingCallInfo(str(h, WireKeys.SDP_INFO), i(h, WireKeys.RESULT)));
        }

        @Override
        public int id() {
            return CallbackId.ON_PICKUP_INCOMING_CALL;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.SDP_INFO, info.sdpInfo());
            h.put(WireKeys.RESULT, info.result());
            return plain(h);
        }
    }

    /** 1068: a DTMF telephone event. */
    record TelephoneEvent(String eventStr, int eventCode, int endFlag, int volume, int timestampIncrement, int duration)
            implements VoipCallback {

        static TelephoneEvent decode(Message m) {
            ObjectNode h = m.header();
            return new TelephoneEvent(
                    str(h, WireKeys.EVENT_STR),
                    i(h, WireKeys.EVENT_CODE),
                    i(h, WireKeys.END_FLAG),
                    i(h, WireKeys.VOLUME),
                    i(h, WireKeys.TIMESTAMP_INCREMENT),
                    i(h, WireKeys.DURATION));
        }

        @Override
        public int id() {
            return CallbackId.ON_VOIP_TELEPHONE_EVENT;
        }

        @Override
        public Message encode() {
            ObjectNode h = Message.callbackHeader(id());
            h.put(WireKeys.EVENT_STR, eventStr);
            h.put(WireKeys.EVENT_CODE, eventCode);
            h.put(WireKeys.END_FLAG, endFlag);
            h.put(WireKeys.VOLUME, volume);
            h.put(WireKeys.TIMESTAMP_INCREMENT, timestampIncrement);
            h.put(WireKeys.DURATION, duration);
            return plain(h);
        }
    }
}
