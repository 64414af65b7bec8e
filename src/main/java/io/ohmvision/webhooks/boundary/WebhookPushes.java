package io.ohmvision.webhooks.boundary;

import io.ohmvision.health.boundary.HealthPush;
import io.ohmvision.health.boundary.HealthSessions;
import io.ohmvision.webhooks.control.WebhookPushed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;

/**
 * Puts every stored webhook event on /ws/health and on the console's Faces push channel "health" (where a camera's
 * page shows it without a reload), after it is committed.
 */
@ApplicationScoped
public class WebhookPushes {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    HealthSessions sessions;

    @Inject
    HealthPush console;

    /** What a client receives for each event. */
    public record PushMessage(String type, long cameraId, String cameraName, String format, String eventType,
            String state, String channel, String occurredAt, Instant receivedAt) {
    }

    void push(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookPushed pushed) {
        pushed.events().forEach(event -> {
            String message = JSON.toJson(new PushMessage("webhook-event", pushed.cameraId(), pushed.cameraName(),
                    event.format(), event.eventType(), event.state(), event.channel(), event.occurredAt(),
                    pushed.receivedAt()));
            sessions.send(message);
            console.send(message);
        });
    }
}
