package io.ohmvision.health.control;

import io.ohmvision.cameras.entity.HealthLevel;

/**
 * Latency bounds of the levels: Excellent below 500 ms, Good up to 1500, Fair up to 3000, Poor above (the seed's
 * levels; configurable).
 */
public record HealthThresholds(long excellentBelowMillis, long goodUpToMillis, long fairUpToMillis) {

    public static final HealthThresholds DEFAULT = new HealthThresholds(500, 1500, 3000);

    public HealthThresholds {
        if (!(0 < excellentBelowMillis && excellentBelowMillis <= goodUpToMillis && goodUpToMillis <= fairUpToMillis)) {
            throw new IllegalArgumentException("health thresholds must increase: " + excellentBelowMillis + ", "
                    + goodUpToMillis + ", " + fairUpToMillis);
        }
    }

    public HealthLevel levelFor(long latencyMillis) {
        if (latencyMillis < excellentBelowMillis) {
            return HealthLevel.EXCELLENT;
        }
        if (latencyMillis <= goodUpToMillis) {
            return HealthLevel.GOOD;
        }
        return latencyMillis <= fairUpToMillis ? HealthLevel.FAIR : HealthLevel.POOR;
    }
}
