package io.ohmvision.webhooks.boundary;

import io.ohmvision.health.boundary.HealthSessions;
import io.ohmvision.webhooks.control.WebhookPushed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;

/** Puts every stored webhook event on /ws/health, after it is committed. */
@ApplicationScoped
public class WebhookPushes {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    HealthSessions sessions;

    /** What a client receives for each event. */
    public record PushMessage(String type, long cameraId, String cameraName, String format, String eventType,
            String state, String channel, String occurredAt, Instant receivedAt) {
    }

    void push(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookPushed pushed) {
        pushed.events().forEach(event -> sessions.send(JSON.toJson(new PushMessage("webhook-event",
                pushed.cameraId(), pushed.cameraName(), event.format(), event.eventType(), event.state(),
                event.channel(), event.occurredAt(), pushed.receivedAt()))));
    }
}
