package org.alirtc.sdk.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifiersTest {

    @Test
    void acceptsLettersDigitsDashAndUnderscoreUpTo64() {
        assertTrue(Identifiers.isValidId("a"));
        assertTrue(Identifiers.isValidId("Room_42-test"));
        assertTrue(Identifiers.isValidId("x".repeat(64)));
        assertEquals("user-1", Identifiers.requireUserId("user-1"));
        assertEquals("12345", Identifiers.requireChannelId("12345"));
    }

    @Test
    void rejectsEmptyTooLongAndOtherCharacters() {
        assertFalse(Identifiers.isValidId(null));
        assertFalse(Identifiers.isValidId(""));
        assertFalse(Identifiers.isValidId("x".repeat(65)));
        assertFalse(Identifiers.isValidId("a b"));
        assertFalse(Identifiers.isValidId("a.b"));
        assertFalse(Identifiers.isValidId("caf\u00e9"));
        assertFalse(Identifiers.isValidId("\uff21"));
    }

    @Test
    void messageNamesTheValueTheRuleAndTheKindOfId() {
        IllegalArgumentException channel =
                assertThrows(IllegalArgumentException.class, () -> Identifiers.requireChannelId("a b"));
        assertEquals("Invalid channel id 'a b': use 1-64 characters from A-Z a-z 0-9 - _", channel.getMessage());

        IllegalArgumentException user =
                assertThrows(IllegalArgumentException.class, () -> Identifiers.requireUserId(null));
        assertEquals("Invalid user id null: use 1-64 characters from A-Z a-z 0-9 - _", user.getMessage());
    }

    @Test
    void veryLongValuesAreShortenedInTheMessage() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Identifiers.requireUserId("y".repeat(10_000)));
        assertTrue(e.getMessage().contains("(10000 characters)"), e.getMessage());
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }
}
