package io.ohmvision.webhooks.boundary;

import io.ohmvision.platform.live.LiveChannel;
import io.ohmvision.webhooks.control.WebhookPushed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Puts every stored webhook event on the live channel (/ws/health and the console's Faces push channel "health",
 * where a camera's page shows it without a reload), after it is committed.
 */
@ApplicationScoped
public class WebhookPushes {

    @Inject
    LiveChannel live;

    /** What a client receives for each event. */
    public record PushMessage(String type, long cameraId, String cameraName, String format, String eventType,
            String state, String channel, String occurredAt, Instant receivedAt) {
    }

    void push(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookPushed pushed) {
        pushed.events().forEach(event -> {
            live.publish(LiveChannel.HEALTH, new PushMessage("webhook-event", pushed.cameraId(),
                    pushed.cameraName(), event.format(), event.eventType(), event.state(), event.channel(),
                    event.occurredAt(), pushed.receivedAt()));
        });
    }
}
