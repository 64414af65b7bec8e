package io.ohmvision.health.entity;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.Outcome;
import java.time.Instant;

/**
 * A camera's health at one moment: what the state machine reads and writes.
 *
 * @param cause               why the camera is offline (or was last failing); null when healthy
 * @param levelSince          when the current availability (online or offline) began
 * @param firstFailureAt      start of the current run of failures, null when the last check worked: an outage is
 *                            dated from it, not from the check that confirmed it
 * @param consecutiveFailures failed checks in a row
 * @param nextCheckAt         the reconnection schedule; null means "the regular interval"
 */
public record HealthSnapshot(HealthLevel level, HealthCause cause, String reason, Instant levelSince,
        Instant firstFailureAt, int consecutiveFailures, ReconnectMode mode, Instant nextCheckAt, Instant lastCheckAt,
        Long lastLatencyMillis, Outcome lastOutcome) {

    public static HealthSnapshot unknown() {
        return new HealthSnapshot(HealthLevel.UNKNOWN, null, null, null, null, 0, ReconnectMode.NONE, null, null,
                null, null);
    }

    public boolean isOnline() {
        return level != HealthLevel.OFFLINE && level != HealthLevel.UNKNOWN;
    }

    /** Automatic attempts made since the first failure (the failed check itself is not one). */
    public int reconnectAttempts() {
        return Math.max(0, consecutiveFailures - 1);
    }
}
