package org.alirtc.local;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of a {@link LocalCoreServer} or {@link LocalHub}.
 *
 * @param port          loopback port to bind, 0 for an ephemeral one
 * @param hub           {@code host:port} of a loopback hub that holds the rooms shared between processes, or null
 *                      to keep the connection in this JVM's rooms (see {@link LocalCoreServer} for how hubs work)
 * @param appKeys       app key per app id; joins with a token for one of these app ids must carry a valid,
 *                      unexpired signature. Tokens of other app ids are accepted without a signature check
 * @param acceptTimeout how long a core waits for its one client before it ends by itself
 * @param maxConnections how many clients a hub serves at once; a client beyond it is disconnected at once. Each
 *                      connection holds three file descriptors (its socket and its selector's two), so keep three
 *                      times this well below the process's open-file limit ({@code ulimit -n})
 */
public record LocalCoreOptions(
        int port, String hub, Map<String, String> appKeys, Duration acceptTimeout, int maxConnections) {

    /** Environment variable naming the hub, {@code host:port}. */
    public static final String HUB_VARIABLE = "ALIRTC_LOCAL_HUB";
    /** Environment variable listing app keys, {@code appId:appKey,appId2:appKey2}. */
    public static final String APP_KEYS_VARIABLE = "ALIRTC_LOCAL_APP_KEYS";
    /** Environment variable setting {@link #maxConnections()}, a positive number. */
    public static final String MAX_CONNECTIONS_VARIABLE = "ALIRTC_LOCAL_MAX_CONNECTIONS";
    /** Clients a hub serves at once unless told otherwise: 768 descriptors, within the common limit of 1024. */
    public static final int DEFAULT_MAX_CONNECTIONS = 256;
    /** How long a core waits for its client unless told otherwise. */
    public static final Duration DEFAULT_ACCEPT_TIMEOUT = Duration.ofSeconds(30);

    public LocalCoreOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(
                    "Port " + port + " is out of range: use 0 for an ephemeral port or 1-65535");
        }
        if (hub != null) {
            hub = hub.strip();
            if (hub.isEmpty()) {
                hub = null;
            } else {
                parseHub(hub);
            }
        }
        appKeys = Map.copyOf(appKeys == null ? Map.of() : appKeys);
        appKeys.forEach((appId, appKey) -> {
            if (appId.isBlank() || appKey.isBlank()) {
                throw new IllegalArgumentException("App ids and app keys must not be blank: pass appId:appKey pairs");
            }
        });
        if (acceptTimeout == null || acceptTimeout.isNegative() || acceptTimeout.isZero()) {
            throw new IllegalArgumentException("Accept timeout " + acceptTimeout
                    + " is not positive: pass how long to wait for the client, e.g. PT30S");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("Connection cap " + maxConnections
                    + " is not positive: give how many clients a hub serves at once, e.g. 256");
        }
    }

    /** Like the canonical constructor, with the default connection cap. */
    public LocalCoreOptions(int port, String hub, Map<String, String> appKeys, Duration acceptTimeout) {
        this(port, hub, appKeys, acceptTimeout, DEFAULT_MAX_CONNECTIONS);
    }

    /** Ephemeral port, no hub, no app keys, the default accept timeout. */
    public static LocalCoreOptions none() {
        return new LocalCoreOptions(0, null, Map.of(), DEFAULT_ACCEPT_TIMEOUT);
    }

    /**
     * Ephemeral port; hub, app keys and connection cap from {@value #HUB_VARIABLE}, {@value #APP_KEYS_VARIABLE} and
     * {@value #MAX_CONNECTIONS_VARIABLE}.
     */
    public static LocalCoreOptions defaults() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Like {@link #defaults()} but reading the given variables.
     *
     * @throws IllegalArgumentException when a variable is malformed, naming the variable and the expected form
     */
    public static LocalCoreOptions fromEnvironment(Map<String, String> environment) {
        String hub = environment.get(HUB_VARIABLE);
        Map<String, String> keys;
        int maxConnections;
        try {
            if (hub != null && !hub.isBlank()) {
                parseHub(hub.strip());
            }
            keys = parseAppKeys(environment.get(APP_KEYS_VARIABLE));
            maxConnections = parseMaxConnections(environment.get(MAX_CONNECTIONS_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Environment: " + e.getMessage(), e);
        }
        return new LocalCoreOptions(0, hub, keys, DEFAULT_ACCEPT_TIMEOUT, maxConnections);
    }

    /**
     * Parses {@code appId:appKey,appId2:appKey2}; blank or null text gives no keys. Messages never quote keys.
     *
     * @throws IllegalArgumentException naming the position of the malformed pair
     */
    public static Map<String, String> parseAppKeys(String text) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return keys;
        }
        String[] pairs = text.split(",");
        for (int i = 0; i < pairs.length; i++) {
            String pair = pairs[i].strip();
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new IllegalArgumentException(APP_KEYS_VARIABLE + " entry " + (i + 1) + " of " + pairs.length
                        + " is not appId:appKey: write appId:appKey pairs separated by commas");
            }
            keys.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
        }
        return keys;
    }

    private static int parseMaxConnections(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_MAX_CONNECTIONS;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    MAX_CONNECTIONS_VARIABLE + " value '" + text + "' is not a whole number: give e.g. 256");
        }
    }

    public LocalCoreOptions withPort(int port) {
        return new LocalCoreOptions(port, hub, appKeys, acceptTimeout, maxConnections);
    }

    /** A copy using the hub at {@code hostPort} ({@code host:port}), or none when null. */
    public LocalCoreOptions withHub(String hostPort) {
        return new LocalCoreOptions(port, hostPort, appKeys, acceptTimeout, maxConnections);
    }

    public LocalCoreOptions withAppKeys(Map<String, String> keys) {
        return new LocalCoreOptions(port, hub, keys, acceptTimeout, maxConnections);
    }

    public LocalCoreOptions withAcceptTimeout(Duration timeout) {
        return new LocalCoreOptions(port, hub, appKeys, timeout, maxConnections);
    }

    public LocalCoreOptions withMaxConnections(int cap) {
        return new LocalCoreOptions(port, hub, appKeys, acceptTimeout, cap);
    }

    /** The hub's socket address, resolved, when one is configured. */
    public Optional<InetSocketAddress> hubAddress() {
        return hub == null ? Optional.empty() : Optional.of(parseHub(hub));
    }

    @Override
    public String toString() {
        return "LocalCoreOptions[port=" + port + ", hub=" + hub + ", appKeys=" + appKeys.keySet()
                + " (keys hidden), acceptTimeout=" + acceptTimeout + ", maxConnections=" + maxConnections + "]";
    }

    private static InetSocketAddress parseHub(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        String form = ": write host:port, e.g. 127.0.0.1:47000";
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException(HUB_VARIABLE + " value '" + hostPort + "' is not host:port" + form);
        }
        String host = hostPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int hubPort;
        try {
            hubPort = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(HUB_VARIABLE + " value '" + hostPort + "' has no numeric port" + form);
        }
        if (hubPort < 1 || hubPort > 65_535) {
            throw new IllegalArgumentException(HUB_VARIABLE + " port " + hubPort + " is out of range 1-65535" + form);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), hubPort);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(HUB_VARIABLE + " host '" + host + "' cannot be resolved" + form);
        }
    }
}
