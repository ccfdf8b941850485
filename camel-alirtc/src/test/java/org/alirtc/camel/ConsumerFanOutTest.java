package org.alirtc.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.RtcEngineListener;
import org.alirtc.sdk.model.AudioPcmFrame;
import org.alirtc.sdk.model.ConnectionStatus;
import org.alirtc.sdk.model.ErrorCode;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The listeners of the fan-out: only the current engine's callbacks count, and which of them lose the channel. */
class ConsumerFanOutTest {

    private final AtomicInteger current = new AtomicInteger(1);
    private final List<String> losses = new ArrayList<>();
    private final RoomTracker room = new RoomTracker((userId, on) -> {});
    private final ConsumerFanOut fanOut =
            new ConsumerFanOut(room, current::get, (generation, reason) -> losses.add(generation + ": " + reason));

    @Test
    void theCallbacksOfAReplacedEngineAreDropped() {
        RtcEngineListener first = fanOut.listenerFor(1);
        RtcEngineListener second = fanOut.listenerFor(2);
        first.onRemoteUserOnLineNotify("bob");
        first.onSubscribeMixAudioFrame(frame());

        current.set(2);
        first.onRemoteUserOnLineNotify("carol");
        first.onSubscribeMixAudioFrame(frame());
        first.onCoreServiceExit(9);
        second.onRemoteUserOnLineNotify("dave");
        second.onSubscribeMixAudioFrame(frame());

        assertEquals(Set.of("bob", "dave"), room.users());
        assertEquals(2, fanOut.framesReceived());
        assertEquals(List.of(), losses);
    }

    @Test
    void aFailedConnectionAnUnusualLeaveAndACoreExitLoseTheChannel() {
        RtcEngineListener listener = fanOut.listenerFor(1);
        listener.onConnectionStatusChanged(ConnectionStatus.FAILED.code(), 7);
        listener.onConnectionStatusChanged(ConnectionStatus.RECONNECTING.code(), 7);
        listener.onError(ErrorCode.SESSION_REMOVED.code());
        listener.onError(ErrorCode.LEAVE_UNUSUAL.code());
        listener.onCoreServiceExit(3);

        assertEquals(
                List.of(
                        "1: connection failed (reason 7)",
                        "1: left the channel unexpectedly: " + ErrorCode.describe(ErrorCode.SESSION_REMOVED.code()),
                        "1: left the channel unexpectedly: " + ErrorCode.describe(ErrorCode.LEAVE_UNUSUAL.code()),
                        "1: core service exited with code 3"),
                losses);
    }

    private static AudioPcmFrame frame() {
        return new AudioPcmFrame(0, 10, 16000, 160, 1, 16, 0, new byte[320]);
    }
}
