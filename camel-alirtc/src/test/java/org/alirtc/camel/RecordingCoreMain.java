package org.alirtc.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alirtc.sdk.FakeCoreService;
import org.alirtc.sdk.ipc.CommandId;
import org.alirtc.sdk.ipc.ProtocolJson;

/**
 * A core service for {@link AliRtcWireOptionsTest}, run as the {@code coreServicePath} executable: it announces
 * its port like {@code AliRtcCoreService}, answers join and leave, and when the destroy command arrives writes
 * the header of every command it received, one JSON object per line, to the file in {@code ALIRTC_RECORD_FILE}.
 */
public final class RecordingCoreMain {

    private RecordingCoreMain() {}

    public static void main(String[] args) throws Exception {
        Path record = Path.of(System.getenv("ALIRTC_RECORD_FILE"));
        try (FakeCoreService core = FakeCoreService.start()) {
            core.answer(
                    CommandId.JOIN_CHANNEL_V2,
                    join -> List.of(FakeCoreService.callback(
                            1001, "joinresult", 0, "channel", join.text("channel"), "userid", join.text("userid"))));
            core.answer(CommandId.LEAVE_CHANNEL, leave -> List.of(FakeCoreService.callback(1004, "leaveresult", 0)));
            System.out.println("Bind port: " + core.port());
            System.out.flush();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!core.receivedIds().contains(CommandId.DESTROY_ENGINE) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Files.write(
                    record,
                    core.received().stream()
                            .map(m -> ProtocolJson.write(m.header()))
                            .toList());
        }
    }
}
