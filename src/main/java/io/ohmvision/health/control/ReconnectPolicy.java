package io.ohmvision.health.control;

import io.ohmvision.health.entity.HealthCause;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a failing camera again. The seed's policy: exponential backoff from 10 s to 300 s, at most 5 automatic
 * attempts, then a slow cooldown recheck instead of silence. A busy camera (too many clients) starts from a longer
 * delay; every delay gets jitter so that cameras that failed together do not retry together.
 *
 * @param initialDelay   delay before the first automatic attempt
 * @param maxDelay       cap of the exponential growth
 * @param maxAttempts    automatic attempts before cooldown
 * @param cooldown       recheck period once the attempts are used up
 * @param busyMultiplier how much longer a BUSY camera waits
 * @param jitter         fraction of each delay added or removed at random (0.2 = ±20 %)
 */
public record ReconnectPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts, Duration cooldown,
        int busyMultiplier, double jitter) {

    public static final ReconnectPolicy DEFAULT =
            new ReconnectPolicy(Duration.ofSeconds(10), Duration.ofSeconds(300), 5, Duration.ofMinutes(10), 3, 0.2);

    public ReconnectPolicy {
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0
                || maxAttempts < 0 || cooldown.isNegative() || cooldown.isZero() || busyMultiplier < 1
                || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("inconsistent reconnect policy: " + this);
        }
    }

    /** Delay before automatic attempt {@code attempt} (1-based), before jitter. */
    public Duration delayBefore(int attempt, HealthCause cause) {
        long base = initialDelay.toMillis() * (cause == HealthCause.BUSY ? busyMultiplier : 1);
        long exponential = base << Math.min(attempt - 1, 30);
        return Duration.ofMillis(Math.min(exponential, maxDelay.toMillis() * (cause == HealthCause.BUSY ? 2 : 1)));
    }

    /** @param random a uniform value in [0, 1) */
    public Duration withJitter(Duration delay, DoubleSupplier random) {
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(delay.toMillis() * factor)));
    }
}
