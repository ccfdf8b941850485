package org.alirtc.local;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;

/**
 * Logs a recurring problem at most once per second per kind, so a client that pushes bad data 100 times a
 * second gets a readable log instead of a flood. Callers put the running count into the message.
 */
final class RateLimitedLog {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final Logger log;
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    RateLimitedLog(Logger log) {
        this.log = log;
    }

    void warn(String kind, String format, Object... arguments) {
        if (due(kind)) {
            log.warn(format, arguments);
        }
    }

    void info(String kind, String format, Object... arguments) {
        if (due(kind)) {
            log.info(format, arguments);
        }
    }

    private boolean due(String kind) {
        long now = System.nanoTime();
        Long last = lastLogged.get(kind);
        if (last != null && now - last < INTERVAL_NANOS) {
            return false;
        }
        lastLogged.put(kind, now);
        return true;
    }
}
