package io.ohmvision.webhooks.control;

import io.ohmvision.channels.webhook.PushedEvent;
import java.time.Instant;
import java.util.List;

/** A camera pushed and was heard (fired inside the transaction; observe after it commits). */
public record WebhookPushed(long cameraId, String cameraName, List<PushedEvent> events, Instant receivedAt) {
}
