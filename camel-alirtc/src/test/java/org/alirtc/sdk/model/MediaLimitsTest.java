package org.alirtc.sdk.model;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.model.DataChannelBudget.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaLimitsTest {

    @Test
    void videoMustStayBelow2kInEitherOrientation() {
        assertTrue(MediaLimits.isVideoBelow2k(1920, 1080));
        assertTrue(MediaLimits.isVideoBelow2k(1080, 1920));
        assertFalse(MediaLimits.isVideoBelow2k(1921, 100));
        assertFalse(MediaLimits.isVideoBelow2k(1920, 1081));
        IllegalArgumentException tooLarge =
                assertThrows(IllegalArgumentException.class, () -> MediaLimits.checkVideoSize(2560, 1440));
        assertEquals(
                "Video frame is 2560x1440: frames of 2K and above are not supported by ARTC; scale to 1920x1080"
                        + " or below",
                tooLarge.getMessage());
    }

    @Test
    void messagesNameTheLimitAndTheFix() {
        MediaLimits.checkDataChannelMessage(1024);
        MediaLimits.checkSei(4096);
        MediaLimits.checkVoiceprint(null);
        MediaLimits.checkVoiceprint(new byte[768]);
        MediaLimits.checkPushSampleRate(44100);

        assertMessage(
                "Data channel message is 1025 bytes; the limit is 1024 bytes: split it into several messages",
                () -> MediaLimits.checkDataChannelMessage(1025));
        assertMessage(
                "SEI message is 4097 bytes; the limit is 4096 bytes: split it or use the data channel",
                () -> MediaLimits.checkSei(4097));
        assertMessage(
                "Voiceprint vector is 767 bytes: pass exactly 768 bytes (192 float32 values), or null to clear" + " it",
                () -> MediaLimits.checkVoiceprint(new byte[767]));
        assertMessage(
                "sampleRate is 22050: use one of 8000, 12000, 16000, 24000, 32000, 44100, 48000 or 96000 Hz",
                () -> MediaLimits.checkPushSampleRate(22050));
    }

    @Test
    void dataChannelBudgetSlidesAOneSecondWindow() {
        DataChannelBudget budget = new DataChannelBudget();
        for (int i = 0; i < 60; i++) {
            assertEquals(Verdict.ADMITTED, budget.admit(10, i));
        }
        assertEquals(Verdict.TOO_MANY_MESSAGES, budget.admit(10, 999_999_999L));
        assertEquals(Verdict.ADMITTED, budget.admit(10, 1_000_000_000L), "the first message left the window");

        DataChannelBudget bytes = new DataChannelBudget();
        assertEquals(Verdict.ADMITTED, bytes.admit(30 * 1024, 0));
        assertEquals(Verdict.TOO_MANY_BYTES, bytes.admit(1, 999_999_999L));
        assertEquals(30 * 1024, bytes.bytesInWindow());
        assertEquals(Verdict.ADMITTED, bytes.admit(1, 1_000_000_000L));
        assertEquals(1, bytes.bytesInWindow());
    }

    @Test
    void checksNameTheFieldTheValueAndTheFix() {
        assertMessage(
                "uid is empty: pass the remote user id", () -> Checks.notEmpty("", "uid", "pass the remote user id"));
        assertMessage("path is null: pass a path", () -> Checks.notEmpty(null, "path", "pass a path"));
        assertMessage("volume is 101: use a volume from 0 to 100", () -> Checks.volume(101, "volume"));
        assertMessage(
                "timeout is PT0S: pass a positive duration such as Duration.ofSeconds(10)",
                () -> Checks.positive(Duration.ZERO, "timeout"));
        assertEquals(Duration.ofSeconds(1), Checks.positive(Duration.ofSeconds(1), "timeout"));
    }

    private static void assertMessage(String expected, Runnable check) {
        assertEquals(
                expected,
                assertThrows(IllegalArgumentException.class, check::run).getMessage());
    }
}
