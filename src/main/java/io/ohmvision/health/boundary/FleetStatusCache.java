package io.ohmvision.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fleet status for a short time: it reads every camera's state, so many viewers polling /api/health/status must
 * not each compute it. At most one computation per period; callers that arrive during one wait for it and share its
 * answer. A failed computation is not kept.
 */
@ApplicationScoped
public class FleetStatusCache {

    private Clock clock;
    private Duration period;
    private HealthViews.FleetStatus status;
    private Instant computedAt;

    /** For CDI's proxy. */
    protected FleetStatusCache() {
    }

    @Inject
    FleetStatusCache(Clock clock,
            @ConfigProperty(name = "ohmvision.health.status-cache", defaultValue = "PT1S") Duration period) {
        this.clock = clock;
        this.period = period;
    }

    synchronized HealthViews.FleetStatus get(Supplier<HealthViews.FleetStatus> compute) {
        Instant now = clock.instant();
        if (status == null || !now.isBefore(computedAt.plus(period))) {
            status = compute.get();
            computedAt = now;
        }
        return status;
    }
}
