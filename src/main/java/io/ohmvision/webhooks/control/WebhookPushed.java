package io.ohmvision.webhooks.control;

import io.ohmvision.channels.webhook.PushedEvent;
import io.ohmvision.cluster.control.ClusterEvent;
import java.time.Instant;
import java.util.List;

/**
 * A camera pushed and was heard (fired inside the transaction; observe after it commits). Relayed to every cluster
 * member, so a WebSocket client anywhere sees the push.
 */
public record WebhookPushed(long cameraId, String cameraName, List<PushedEvent> events, Instant receivedAt)
        implements ClusterEvent {
}
