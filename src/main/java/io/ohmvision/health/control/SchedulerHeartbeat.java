package io.ohmvision.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The health scheduler's pulse, published by the scheduler for the probes and the status endpoint: a plain CDI bean,
 * so a probe never calls into the scheduler singleton (one arriving while Payara still initializes it would make the
 * HTTP thread initialize it, which fails for good).
 */
@ApplicationScoped
public class SchedulerHeartbeat {

    @Inject
    Clock clock;

    @Inject
    HealthSettings settings;

    private volatile Instant lastTick;
    private volatile int monitored;

    void beat(Instant now) {
        lastTick = now;
    }

    void monitoring(int cameras) {
        monitored = cameras;
    }

    /** Alive means the timer ticked within a few ticks (or monitoring is switched off). */
    public boolean isAlive() {
        Instant last = lastTick;
        return !settings.enabled() || last != null
                && last.isAfter(clock.instant().minus(settings.tick().multipliedBy(5).plusSeconds(5)));
    }

    /** The cameras this instance checks. */
    public int monitored() {
        return monitored;
    }
}
