package io.ohmvision.health.control;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.health.entity.HealthCause;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.ReconnectMode;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * Turns one check result into the camera's next state: level by latency, offline after a configured number of
 * failures in a row (wrong credentials at once: retrying would lock the account; something unsupported at once:
 * retrying it unchanged cannot help; a recorder found down at once too), and the reconnection schedule.
 * Pure: time and randomness come in as arguments.
 */
public final class HealthStateMachine {

    private final HealthThresholds thresholds;
    private final ReconnectPolicy policy;
    private final int offlineAfterFailures;

    public HealthStateMachine(HealthThresholds thresholds, ReconnectPolicy policy, int offlineAfterFailures) {
        if (offlineAfterFailures < 1) {
            throw new IllegalArgumentException("offline-after-failures must be at least 1");
        }
        this.thresholds = thresholds;
        this.policy = policy;
        this.offlineAfterFailures = offlineAfterFailures;
    }

    /** The state before and after a check; {@code availabilityChanged} when the camera went online or offline. */
    public record Transition(HealthSnapshot before, HealthSnapshot after) {
        public boolean levelChanged() {
            return before.level() != after.level();
        }

        public boolean availabilityChanged() {
            return before.isOnline() != after.isOnline() || before.level() == HealthLevel.UNKNOWN
                    && after.level() != HealthLevel.UNKNOWN;
        }
    }

    public Transition apply(HealthSnapshot before, ProbeResult result, Instant now, DoubleSupplier random) {
        HealthSnapshot after = result.outcome() == Outcome.OK ? success(before, result, now)
                : failure(before, HealthCause.of(result), result.reason(), result.outcome(), now, random);
        return new Transition(before, after);
    }

    /** A deep check found the picture standing still while the stream itself answers. */
    public Transition frozen(HealthSnapshot before, String reason, Instant now, DoubleSupplier random) {
        return new Transition(before, failure(before, HealthCause.FROZEN_PICTURE, reason, Outcome.OK, now, random));
    }

    private HealthSnapshot success(HealthSnapshot before, ProbeResult result, Instant now) {
        HealthLevel level = thresholds.levelFor(result.latencyMillis());
        Instant since = before.isOnline() ? before.levelSince() : now;
        return new HealthSnapshot(level, null, result.reason(), since, null, 0, ReconnectMode.NONE, null, now,
                result.latencyMillis(), Outcome.OK);
    }

    private HealthSnapshot failure(HealthSnapshot before, HealthCause cause, String reason, Outcome outcome,
            Instant now, DoubleSupplier random) {
        int failures = before.consecutiveFailures() + 1;
        Instant firstFailure = before.firstFailureAt() != null ? before.firstFailureAt() : now;
        boolean credentials = cause == HealthCause.AUTH_FAILED;
        boolean unsupported = cause == HealthCause.UNSUPPORTED;
        // a recorder found down was itself checked (and is rechecked on its own schedule): no need to wait for more
        boolean offline = credentials || unsupported || cause == HealthCause.RECORDER_DOWN
                || failures >= offlineAfterFailures || !before.isOnline();
        HealthLevel level = offline ? HealthLevel.OFFLINE : before.level();
        Instant since = offline && before.level() != HealthLevel.OFFLINE ? firstFailure : before.levelSince();
        int attempt = failures; // the next automatic attempt's number
        ReconnectMode mode;
        Instant next;
        if (credentials || unsupported) {
            mode = credentials ? ReconnectMode.WAITING_FOR_CREDENTIALS : ReconnectMode.WAITING_FOR_CHANGE;
            next = null;
        } else if (attempt <= policy.maxAttempts()) {
            mode = ReconnectMode.BACKOFF;
            next = now.plus(policy.withJitter(policy.delayBefore(attempt, cause), random));
        } else {
            mode = ReconnectMode.COOLDOWN;
            next = now.plus(policy.withJitter(policy.cooldown(), random));
        }
        return new HealthSnapshot(level, cause, reason, since, firstFailure, failures, mode, next, now, null, outcome);
    }

    /**
     * A forced reconnect (or new credentials): check at once and, if that fails, start the backoff afresh. The
     * outage, if any, goes on from its first failure.
     */
    public HealthSnapshot forceReconnect(HealthSnapshot before, Instant now) {
        return new HealthSnapshot(before.level(), before.cause(), before.reason(), before.levelSince(),
                before.firstFailureAt(), 0, ReconnectMode.NONE, now, before.lastCheckAt(), before.lastLatencyMillis(),
                before.lastOutcome());
    }
}
