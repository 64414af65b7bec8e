package io.ohmvision.health.control;

import io.ohmvision.cameras.entity.HealthLevel;
import java.time.Instant;

/**
 * A camera's health level changed. Fired as a CDI event inside the recording transaction; observers that talk to
 * clients listen after it commits, so nobody hears of a state that was rolled back.
 */
public record HealthChange(long cameraId, String cameraName, HealthLevel from, HealthLevel to, HealthCause cause,
        String reason, Instant since, Long latencyMillis, Instant at) {
}
