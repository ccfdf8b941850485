package org.alirtc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.alirtc.testing.ChildJvm;
import org.alirtc.testing.ChildJvms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two tool processes in one channel, meeting through a local hub ({@code ALIRTC_LOCAL_HUB}): the first process
 * becomes the hub, the second joins its rooms, and the recording side hears the other's tone. The hub lives as long
 * as its process, so the first stays long enough for the second JVM to start on a busy machine.
 */
class CrossProcessJoinTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ChildJvms children = new ChildJvms();

    @Test
    void twoProcessesInOneChannelHearEachOther() throws Exception {
        String hub = ChildJvm.freeHubAddress();
        String channel = JoinCommandTest.uniqueChannel();
        Path record = dir.resolve("bob");

        ChildJvm bob = start(
                hub,
                "join",
                "--channel",
                channel,
                "--user",
                "bob",
                "--audio-format",
                "per-user",
                "--record-dir",
                record.toString(),
                // Long enough for alice's JVM to start, join and leave on a loaded machine: bob hosts the hub, and
                // alice's leave fails if the hub goes first.
                "--seconds",
                "15");
        bob.awaitLine("OnJoinChannelResult result=0");
        ChildJvm alice =
                start(hub, "join", "--channel", channel, "--user", "alice", "--send-tone", "440", "--seconds", "2");

        assertEquals(AliRtcCli.EXIT_OK, alice.exitCode(), alice.output());
        assertEquals(AliRtcCli.EXIT_OK, bob.exitCode(), bob.output());
        assertTrue(bob.output().contains("OnRemoteUserOnLineNotify uid=alice"), bob.output());
        JoinCommandTest.assertToneOf(record.resolve("alice.wav"), 440);
    }

    private ChildJvm start(String hub, String... args) throws IOException {
        return children.add(ChildJvm.start(hub, Map.of(), AliRtcCli.class, args));
    }
}
