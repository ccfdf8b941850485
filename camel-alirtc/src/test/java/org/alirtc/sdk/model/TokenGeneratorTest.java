package org.alirtc.sdk.model;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.alirtc.sdk.model.TokenGenerator.DecodedToken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenGeneratorTest {

    private static final String SPEC_TOKEN =
            "eyJhcHBpZCI6ICJ0ZXN0QXBwSWQiLCAiY2hhbm5lbGlkIjogIjEyMzQ1IiwgInVzZXJpZCI6ICJ0"
                    + "ZXN0VXNlciIsICJub25jZSI6ICIiLCAidGltZXN0YW1wIjogMTcwMDAwMDAwMCwgInRva2VuIjogIjIzZjM1NTc1ZjA2NDU2YThhZWZi"
                    + "NDc0NjdiMWE0NDc5MzEzMGM1MjQwZWM2NTY2NThiNGY1NWVkNGY5YTdmOWQifQ==";

    @Test
    void reproducesTheVendorTokenByteForByte() {
        String token = TokenGenerator.generate("testAppId", "testAppKey", "12345", "testUser", 1_700_000_000L);

        assertEquals(SPEC_TOKEN, token);
        assertEquals(
                "{\"appid\": \"testAppId\", \"channelid\": \"12345\", \"userid\": \"testUser\", \"nonce\": \"\", "
                        + "\"timestamp\": 1700000000, \"token\": "
                        + "\"23f35575f06456a8aefb47467b1a44793130c5240ec656658b4f55ed4f9a7f9d\"}",
                new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8));
    }

    @Test
    void signatureMatchesAlibabaDocumentedVector() {
        String token = TokenGenerator.generate("abc", "abckey", "abcChannel", "abcUser", 1_699_423_634L);

        assertEquals(
                "3c9ee8d9f8734f0b7560ed8022a0590659113955819724fc9345ab8eedf84f31",
                TokenGenerator.decode(token).signature());
    }

    @Test
    void nonAsciiIdsAreEscapedLikePython() {
        String token = TokenGenerator.generate("app", "key", "chan", "\u00fcser", 5);
        String json = new String(Base64.getDecoder().decode(token), StandardCharsets.US_ASCII);

        assertTrue(json.contains("\"userid\": \"\\u00fcser\""), json);
        assertEquals("\u00fcser", TokenGenerator.decode(token).userId());
    }

    @Test
    void decodeReturnsEveryField() {
        DecodedToken decoded = TokenGenerator.decode(SPEC_TOKEN);

        assertEquals(
                new DecodedToken(
                        "testAppId",
                        "12345",
                        "testUser",
                        "",
                        1_700_000_000L,
                        "23f35575f06456a8aefb47467b1a44793130c5240ec656658b4f55ed4f9a7f9d"),
                decoded);
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), decoded.expiresAt());
    }

    @Test
    void verifyAcceptsTheRightKeyOnly() {
        DecodedToken decoded = TokenGenerator.decode(SPEC_TOKEN);

        assertTrue(TokenGenerator.verify(decoded, "testAppKey"));
        assertFalse(TokenGenerator.verify(decoded, "testAppKeY"));
        assertFalse(TokenGenerator.verify(
                new DecodedToken("testAppId", "12345", "intruder", "", 1_700_000_000L, decoded.signature()),
                "testAppKey"));
        assertFalse(TokenGenerator.verify(
                new DecodedToken("testAppId", "12345", "testUser", "", 1_700_000_001L, decoded.signature()),
                "testAppKey"));
    }

    @Test
    void verifyHonoursANonEmptyNonceTheAlibabaWay() {
        String json = "{\"appid\": \"abc\", \"channelid\": \"c\", \"userid\": \"u\", \"nonce\": \"n1\", "
                + "\"timestamp\": 10, \"token\": \"" + sha256Hex("abcabckeycun110") + "\"}";
        DecodedToken decoded = TokenGenerator.decode(base64(json));

        assertTrue(TokenGenerator.verify(decoded, "abckey"));
    }

    @Test
    void forValidityAddsTheValidityToTheClock() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L - 86_400), ZoneOffset.UTC);

        assertEquals(
                SPEC_TOKEN,
                TokenGenerator.forValidity(
                        "testAppId", "testAppKey", "12345", "testUser", Duration.ofHours(24), clock));
    }

    @Test
    void forValidityRejectsMoreThanADayAndNonPositive() {
        Clock clock = Clock.systemUTC();
        IllegalArgumentException tooLong = assertThrows(
                IllegalArgumentException.class,
                () -> TokenGenerator.forValidity(
                        "a", "secretkey", "c", "u", Duration.ofHours(24).plusSeconds(1), clock));
        assertTrue(tooLong.getMessage().contains("at most 24 hours"), tooLong.getMessage());
        assertFalse(tooLong.getMessage().contains("secretkey"));

        assertThrows(
                IllegalArgumentException.class,
                () -> TokenGenerator.forValidity("a", "k", "c", "u", Duration.ZERO, clock));
    }

    @Test
    void generateRejectsMissingInputsWithoutShowingTheKey() {
        IllegalArgumentException noKey =
                assertThrows(IllegalArgumentException.class, () -> TokenGenerator.generate("app", "", "c", "u", 1));
        assertTrue(noKey.getMessage().contains("empty app key"), noKey.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TokenGenerator.generate("app", "key", null, "u", 1));
        IllegalArgumentException negative = assertThrows(
                IllegalArgumentException.class, () -> TokenGenerator.generate("app", "topsecret", "c", "u", -1));
        assertFalse(negative.getMessage().contains("topsecret"));
    }

    @Test
    void decodeRejectsMalformedTokensWithoutQuotingThem() {
        assertDecodeFails("", "empty");
        assertDecodeFails("not*base64!", "not standard base64");
        assertDecodeFails(base64("secret-sig not json {"), "does not contain JSON");
        assertDecodeFails(base64("[1, 2]"), "not an object");
        assertDecodeFails(
                base64("{\"appid\": \"a\", \"channelid\": \"c\", \"userid\": \"u\", \"nonce\": \"\", "
                        + "\"token\": \"secret-sig\"}"),
                "'timestamp'");
        assertDecodeFails(
                base64("{\"appid\": \"a\", \"channelid\": \"c\", \"userid\": \"u\", \"nonce\": \"\", "
                        + "\"timestamp\": \"10\", \"token\": \"secret-sig\"}"),
                "'timestamp'");
        assertDecodeFails(
                base64("{\"appid\": \"a\", \"userid\": \"u\", \"nonce\": \"\", \"timestamp\": 10, "
                        + "\"token\": \"secret-sig\"}"),
                "'channelid'");
        assertDecodeFails(
                base64("{\"appid\": \"a\", \"channelid\": \"c\", \"userid\": \"u\", \"timestamp\": 10}"), "'token'");
    }

    @Test
    void decodedTokenToStringHidesTheSignature() {
        assertFalse(TokenGenerator.decode(SPEC_TOKEN).toString().contains("23f35575"));
    }

    private static void assertDecodeFails(String token, String expectedFragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenGenerator.decode(token));
        assertTrue(e.getMessage().contains(expectedFragment), e.getMessage());
        assertFalse(e.getMessage().contains("secret-sig"), e.getMessage());
        if (!token.isEmpty()) {
            assertFalse(e.getMessage().contains(token), e.getMessage());
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
