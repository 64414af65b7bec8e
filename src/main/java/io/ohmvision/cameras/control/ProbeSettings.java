package io.ohmvision.cameras.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;

/**
 * A camera's own probe settings, kept in its connection settings as {@code {"timeoutMs": 3000, "retries": 1}}: a
 * camera behind a slow radio link needs longer than the fleet's timeout, one on a lossy link a second try before it
 * counts as down. Used by its health checks and its channel tests. Bounded so that one camera cannot hold a check
 * worker for minutes: at most (1 + {@value #MAX_RETRIES}) x {@value #MAX_TIMEOUT_MS} ms. Retries are for failures a
 * second try may not meet (no answer, refused, unreachable), never for refused credentials (a camera's lockout).
 *
 * @param timeout null: the caller's default
 */
public record ProbeSettings(Duration timeout, int retries) {

    static final String TIMEOUT_MS = "timeoutMs";
    static final String RETRIES = "retries";
    static final long MIN_TIMEOUT_MS = 100;
    static final long MAX_TIMEOUT_MS = 30_000;
    static final int MAX_RETRIES = 3;
    static final ProbeSettings DEFAULT = new ProbeSettings(null, 0);

    /**
     * The settings in a connection configuration a client sent.
     *
     * @throws IllegalArgumentException naming the field and what it may be
     */
    public static ProbeSettings of(String connectionConfig) {
        if (connectionConfig == null) {
            return DEFAULT;
        }
        JsonObject config;
        try (JsonReader reader = Json.createReader(new StringReader(connectionConfig))) {
            config = reader.readObject();
        }
        Long timeoutMs = whole(config, TIMEOUT_MS, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS);
        Long retries = whole(config, RETRIES, 0, MAX_RETRIES);
        return new ProbeSettings(timeoutMs == null ? null : Duration.ofMillis(timeoutMs),
                retries == null ? 0 : retries.intValue());
    }

    /** The settings of a stored camera: a row saved before they were checked falls back to the defaults. */
    static ProbeSettings stored(String connectionConfig) {
        try {
            return of(connectionConfig);
        } catch (IllegalArgumentException | jakarta.json.JsonException unreadable) {
            return DEFAULT;
        }
    }

    public Duration timeoutOr(Duration fallback) {
        return timeout == null ? fallback : timeout;
    }

    private static Long whole(JsonObject config, String field, long min, long max) {
        JsonValue value = config.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.bigIntegerValue().bitLength() < Long.SIZE && number.longValue() >= min
                && number.longValue() <= max) {
            return number.longValue();
        }
        throw new IllegalArgumentException("connectionConfig." + field + " must be a whole number from " + min
                + " to " + max + ", not " + shortened(value));
    }

    private static String shortened(JsonValue value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
