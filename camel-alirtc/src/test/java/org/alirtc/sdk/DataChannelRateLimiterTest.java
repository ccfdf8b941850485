package org.alirtc.sdk;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

class DataChannelRateLimiterTest {

    @Test
    void theWindowSlides() {
        AtomicLong now = new AtomicLong();
        DataChannelRateLimiter limiter = new DataChannelRateLimiter(now::get);
        for (int i = 0; i < 30; i++) {
            limiter.acquire(500);
            now.addAndGet(10_000_000L);
        }
        for (int i = 0; i < 30; i++) {
            limiter.acquire(10);
        }
        assertThrows(RtcLimitException.class, () -> limiter.acquire(10));
        now.set(1_000_000_000L);
        limiter.acquire(10);
        assertThrows(RtcLimitException.class, () -> limiter.acquire(10));
        now.set(1_300_000_000L);
        limiter.acquire(20_000);
        assertThrows(RtcLimitException.class, () -> limiter.acquire(15_000));
        limiter.acquire(10_000);
    }
}
