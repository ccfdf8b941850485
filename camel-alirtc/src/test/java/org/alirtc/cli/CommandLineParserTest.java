package org.alirtc.cli;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineParserTest {

    private final CommandLineParser parser = new CommandLineParser(List.of(
            OptionSpec.value("channel", "C", "channel"),
            OptionSpec.repeatable("send-data", "TEXT", "data"),
            OptionSpec.flag("json-events", "json"),
            OptionSpec.value("seconds", "N", "seconds")));

    @Test
    void readsValuesFlagsRepeatsAndPositionals() throws UsageException {
        ParsedArguments args = parser.parse(new String[] {
            "--channel", "demo", "--send-data=a=b", "--send-data", "-x", "--json-events", "extra", "--", "--seconds"
        });

        assertEquals("demo", args.value("channel"));
        assertEquals(List.of("a=b", "-x"), args.values("send-data"));
        assertTrue(args.has("json-events"));
        assertFalse(args.has("seconds"));
        assertNull(args.value("seconds"));
        assertEquals(List.of("extra", "--seconds"), args.positionals());
    }

    @Test
    void rejectsWhatTheSpecsDoNotAllow() {
        assertMessage("Unknown option --chanel", "--chanel", "demo");
        assertMessage("--channel needs a value", "--channel");
        assertMessage("--channel needs a value", "--channel", "--json-events");
        assertMessage("--channel is given more than once", "--channel", "a", "--channel", "b");
        assertMessage("--json-events takes no value", "--json-events=yes");
    }

    @Test
    void convertsNumbersWithinRanges() throws UsageException {
        assertEquals(7, parser.parse(new String[] {"--seconds", "7"}).intValue("seconds", 10, 1, 60));
        assertEquals(10, parser.parse(new String[0]).intValue("seconds", 10, 1, 60));
        UsageException notNumber = assertThrows(
                UsageException.class,
                () -> parser.parse(new String[] {"--seconds", "ten"}).intValue("seconds", 10, 1, 60));
        assertEquals("--seconds 'ten' is not a whole number: give a number from 1 to 60", notNumber.getMessage());
        UsageException outOfRange = assertThrows(
                UsageException.class,
                () -> parser.parse(new String[] {"--seconds", "0"}).intValue("seconds", 10, 1, 60));
        assertEquals("--seconds 0 is out of range: give a number from 1 to 60", outOfRange.getMessage());
    }

    @Test
    void describesEveryOption() {
        String text = parser.describeOptions();

        assertTrue(text.contains("--channel C"), text);
        assertTrue(text.contains("--send-data TEXT"), text);
        assertTrue(text.contains("--json-events"), text);
    }

    private void assertMessage(String expectedStart, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> parser.parse(args));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
