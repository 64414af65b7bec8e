package io.ohmvision.webhooks.boundary;

import io.ohmvision.webhooks.entity.WebhookEvent;
import java.time.Instant;

/** A stored webhook event as shown. */
public record WebhookEventView(long id, long cameraId, Instant receivedAt, String format, String eventType,
        String state, String channel, String occurredAt) {

    static WebhookEventView of(WebhookEvent e) {
        return new WebhookEventView(e.id(), e.cameraId(), e.receivedAt(), e.format(), e.eventType(), e.eventState(),
                e.channel(), e.occurredAt());
    }
}
