package org.alirtc.cli;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.alirtc.camel.RoomRouteMain;
import org.alirtc.testing.ChildJvm;
import org.alirtc.testing.ChildJvms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI and a component route, each with default options in a process of its own, meet in one room through a
 * local hub whichever of them starts first and so hosts the hub.
 */
class CliMeetsRouteTest {

    @RegisterExtension
    final ChildJvms children = new ChildJvms();

    @Test
    void routeJoinsTheRoomOfTheCliThatHostsTheHub() throws Exception {
        String hub = ChildJvm.freeHubAddress();
        String channel = JoinCommandTest.uniqueChannel();
        ChildJvm cli = start(hub, AliRtcCli.class, "join", "--channel", channel, "--user", "cli", "--seconds", "120");
        cli.awaitLine("OnJoinChannelResult result=0");
        ChildJvm route = start(hub, RoomRouteMain.class, channel, "route", "120");

        route.awaitLine("event userOnline cli");
        cli.awaitLine("OnRemoteUserOnLineNotify uid=route");
    }

    @Test
    void cliJoinsTheRoomOfTheRouteThatHostsTheHub() throws Exception {
        String hub = ChildJvm.freeHubAddress();
        String channel = JoinCommandTest.uniqueChannel();
        ChildJvm route = start(hub, RoomRouteMain.class, channel, "route", "120");
        route.awaitLine("route started");
        ChildJvm cli = start(hub, AliRtcCli.class, "join", "--channel", channel, "--user", "cli", "--seconds", "120");

        cli.awaitLine("OnRemoteUserOnLineNotify uid=route");
        route.awaitLine("event userOnline cli");
    }

    @Test
    void aRefusedJoinNamesTheAppIdAndTheFix() throws Exception {
        String hub = ChildJvm.freeHubAddress();
        String channel = JoinCommandTest.uniqueChannel();
        ChildJvm host = start(hub, AliRtcCli.class, "join", "--channel", channel, "--user", "host", "--seconds", "120");
        host.awaitLine("OnJoinChannelResult result=0");
        ChildJvm other = start(
                hub,
                AliRtcCli.class,
                "join",
                "--channel",
                channel,
                "--user",
                "other",
                "--app-id",
                "alirtc-local-dev",
                "--app-key",
                "another-key",
                "--seconds",
                "1");

        assertEquals(AliRtcCli.EXIT_FAILURE, other.exitCode(), other.output());
        assertTrue(other.output().contains("ERR_JOIN_BAD_TOKEN"), other.output());
        assertTrue(other.output().contains("another app key for app id alirtc-local-dev"), other.output());
        assertTrue(other.output().contains("same app id and app key everywhere"), other.output());
        assertTrue(!other.output().contains("another-key"), "the key is never printed: " + other.output());
    }

    private ChildJvm start(String hub, Class<?> main, String... args) throws Exception {
        return children.add(ChildJvm.start(hub, Map.of(), main, args));
    }
}
