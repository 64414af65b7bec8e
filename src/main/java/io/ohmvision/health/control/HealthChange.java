package io.ohmvision.health.control;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.cluster.control.ClusterEvent;
import io.ohmvision.health.entity.HealthCause;
import java.time.Instant;

/**
 * A camera's health level changed. Fired as a CDI event inside the recording transaction; observers that talk to
 * clients listen after it commits, so nobody hears of a state that was rolled back. In a cluster every other member
 * fires it too, qualified {@link io.ohmvision.cluster.control.Relayed}: an observer whose effect must happen once per
 * change (a notification to the outside) ignores those whose {@code EventMetadata} qualifiers include it.
 */
public record HealthChange(long cameraId, String cameraName, HealthLevel from, HealthLevel to, HealthCause cause,
        String reason, Instant since, Long latencyMillis, Instant at) implements ClusterEvent {
}
