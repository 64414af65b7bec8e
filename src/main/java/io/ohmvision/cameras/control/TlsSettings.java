package io.ohmvision.cameras.control;

import io.ohmvision.channels.TlsTrust;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;

/**
 * A camera's TLS trust, kept in its connection settings as
 * {@code {"tls": {"trust": "system" | "first-use" | "pinned", "sha256": "AB:CD:..."}}}. Cameras mostly present
 * self-signed certificates: "first-use" accepts the first one and pins it from then on.
 */
public final class TlsSettings {

    static final String TLS = "tls";
    static final String TRUST = "trust";
    static final String SHA256 = "sha256";

    private TlsSettings() {
    }

    /** @throws IllegalArgumentException naming what is wrong */
    public static TlsTrust trustOf(String connectionConfig) {
        JsonObject tls = tlsObject(connectionConfig);
        if (tls == null) {
            return TlsTrust.SYSTEM;
        }
        JsonValue mode = tls.get(TRUST);
        String name = mode instanceof JsonString text ? text.getString().toLowerCase(Locale.ROOT) : "system";
        return switch (name) {
            case "system" -> TlsTrust.SYSTEM;
            case "first-use" -> TlsTrust.TRUST_ON_FIRST_USE;
            case "pinned" -> TlsTrust.pinned(tls.get(SHA256) instanceof JsonString sha ? sha.getString() : null);
            default -> throw new IllegalArgumentException("connectionConfig.tls.trust '" + name
                    + "' is not one of system, first-use, pinned");
        };
    }

    /** The settings with the certificate pinned: what trust on first use records after the first connection. */
    public static String pin(String connectionConfig, String sha256) {
        JsonObject config = connectionConfig == null ? JsonValue.EMPTY_JSON_OBJECT : read(connectionConfig);
        return Json.createObjectBuilder(config).add(TLS, Json.createObjectBuilder().add(TRUST, "pinned")
                .add(SHA256, TlsTrust.pinned(sha256).pinnedSha256())).build().toString();
    }

    private static JsonObject tlsObject(String connectionConfig) {
        if (connectionConfig == null) {
            return null;
        }
        JsonValue tls = read(connectionConfig).get(TLS);
        if (tls == null || tls == JsonValue.NULL) {
            return null;
        }
        if (!(tls instanceof JsonObject object)) {
            throw new IllegalArgumentException("connectionConfig.tls must be an object like {\"trust\": \"first-use\"}");
        }
        return object;
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
