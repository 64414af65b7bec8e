package io.ohmvision.webhooks.control;

import io.ohmvision.channels.webhook.Heartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook configuration (ohmvision.webhook.*). A camera may allow itself a different silence in its connection
 * settings, {@code {"webhook": {"offlineAfter": "PT90S"}}}, matching the heartbeat it was configured with.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "ohmvision.webhook.offline-after", defaultValue = "PT5M")
    Duration offlineAfter;

    @Inject
    @ConfigProperty(name = "ohmvision.webhook.retention", defaultValue = "P7D")
    Duration retention;

    public Duration retention() {
        return retention;
    }

    /** @throws IllegalArgumentException naming the setting that is wrong */
    public Heartbeat heartbeatOf(String connectionConfig) {
        if (connectionConfig == null) {
            return new Heartbeat(offlineAfter);
        }
        JsonObject config;
        try (JsonReader reader = Json.createReader(new StringReader(connectionConfig))) {
            config = reader.readObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("connectionConfig is not a JSON object");
        }
        if (!(config.get("webhook") instanceof JsonObject webhook)
                || !(webhook.get("offlineAfter") instanceof JsonString allowed)) {
            return new Heartbeat(offlineAfter);
        }
        try {
            return new Heartbeat(Duration.parse(allowed.getString()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("connectionConfig.webhook.offlineAfter '" + allowed.getString()
                    + "' is not an ISO-8601 duration such as PT90S");
        }
    }
}
