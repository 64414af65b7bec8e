package io.ohmvision.recorders.control;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.health.control.ReconnectPolicy;
import io.ohmvision.health.entity.HealthCause;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * What this node knows about one recorder: up or down, when it may be asked again, how often it was asked and how
 * many channel checks were answered without touching the network because it was down. While it is down the
 * recorder is rechecked on its own backoff (the health reconnection policy), however many channels it has. Not
 * thread-safe: {@link RecorderGate} holds its lock.
 */
public final class RecorderWatch {

    public enum State { UNKNOWN, UP, DOWN }

    /** A recorder's state as shown. */
    public record View(State state, String reason, Instant checkedAt, Instant nextCheckAt, int failures, long recorderChecks,
            long channelChecksSpared) {
    }

    private State state = State.UNKNOWN;
    private ProbeResult last;
    private Instant checkedAt;
    private Instant nextCheckAt;
    private int failures;
    private long checks;
    private long spared;

    boolean isDown() {
        return state == State.DOWN;
    }

    boolean dueForRecheck(Instant now) {
        return state == State.DOWN && !now.isBefore(nextCheckAt);
    }

    boolean checkedSince(Instant moment) {
        return checkedAt != null && !checkedAt.isBefore(moment);
    }

    /**
     * Takes the result of one check of the recorder itself.
     *
     * @return whether the recorder went down or came back with it (its channels' state changed)
     */
    boolean record(ProbeResult result, Instant now, ReconnectPolicy policy, DoubleSupplier random) {
        State before = state;
        checks++;
        checkedAt = now;
        last = result;
        if (result.outcome() == Outcome.OK) {
            state = State.UP;
            failures = 0;
            nextCheckAt = null;
        } else {
            state = State.DOWN;
            failures++;
            Duration delay = failures <= policy.maxAttempts() ? policy.delayBefore(failures, HealthCause.RECORDER_DOWN)
                    : policy.cooldown();
            nextCheckAt = now.plus(policy.withJitter(delay, random));
        }
        return before != state && !(before == State.UNKNOWN && state == State.UP);
    }

    /** A channel's check answered from what is known: the recorder is down. */
    ProbeResult spare() {
        spared++;
        return new ProbeResult(ConnectionType.NVR, last.maskedUrl(), last.outcome(), 0, MediaFacts.NONE,
                "recorder down: " + last.reason(), ServerFingerprint.NONE);
    }

    View view() {
        return new View(state, last == null ? null : last.reason(), checkedAt, nextCheckAt, failures, checks, spared);
    }
}
