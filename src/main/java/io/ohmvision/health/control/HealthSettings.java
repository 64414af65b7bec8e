package io.ohmvision.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Health monitoring configuration (ohmvision.health.*), read once. */
@ApplicationScoped
public class HealthSettings {

    @Inject
    @ConfigProperty(name = "ohmvision.health.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "ohmvision.health.interval", defaultValue = "PT60S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "ohmvision.health.tick", defaultValue = "PT1S")
    Duration tick;

    @Inject
    @ConfigProperty(name = "ohmvision.health.check-timeout", defaultValue = "PT10S")
    Duration checkTimeout;

    @Inject
    @ConfigProperty(name = "ohmvision.health.max-concurrent-checks", defaultValue = "256")
    int maxConcurrentChecks;

    @Inject
    @ConfigProperty(name = "ohmvision.health.max-concurrent-recovery-checks", defaultValue = "128")
    int maxConcurrentRecoveryChecks;

    @Inject
    @ConfigProperty(name = "ohmvision.health.offline-after-failures", defaultValue = "2")
    int offlineAfterFailures;

    @Inject
    @ConfigProperty(name = "ohmvision.health.excellent-below-ms", defaultValue = "500")
    long excellentBelowMillis;

    @Inject
    @ConfigProperty(name = "ohmvision.health.good-up-to-ms", defaultValue = "1500")
    long goodUpToMillis;

    @Inject
    @ConfigProperty(name = "ohmvision.health.fair-up-to-ms", defaultValue = "3000")
    long fairUpToMillis;

    @Inject
    @ConfigProperty(name = "ohmvision.health.reconnect.initial-delay", defaultValue = "PT10S")
    Duration reconnectInitialDelay;

    @Inject
    @ConfigProperty(name = "ohmvision.health.reconnect.max-delay", defaultValue = "PT300S")
    Duration reconnectMaxDelay;

    @Inject
    @ConfigProperty(name = "ohmvision.health.reconnect.max-attempts", defaultValue = "5")
    int reconnectMaxAttempts;

    @Inject
    @ConfigProperty(name = "ohmvision.health.reconnect.cooldown", defaultValue = "PT10M")
    Duration reconnectCooldown;

    @Inject
    @ConfigProperty(name = "ohmvision.health.reconnect.busy-multiplier", defaultValue = "3")
    int busyMultiplier;

    @Inject
    @ConfigProperty(name = "ohmvision.health.reconnect.jitter", defaultValue = "0.2")
    double jitter;

    @Inject
    @ConfigProperty(name = "ohmvision.health.retention", defaultValue = "P30D")
    Duration retention;

    /** Every Nth check of a camera also decodes its stream to catch a frozen picture; 0 never. */
    @Inject
    @ConfigProperty(name = "ohmvision.health.deep-every", defaultValue = "10")
    int deepEvery;

    @Inject
    @ConfigProperty(name = "ohmvision.health.deep-timeout", defaultValue = "PT15S")
    Duration deepTimeout;

    /** Health-check sessions one host gets at once, across all its cameras (a recorder serving hundreds). */
    @Inject
    @ConfigProperty(name = "ohmvision.health.sessions-per-host", defaultValue = "4")
    int sessionsPerHost;

    public boolean enabled() { return enabled; }
    public Duration interval() { return interval; }
    public Duration tick() { return tick; }
    public Duration checkTimeout() { return checkTimeout; }
    /** The bulkhead of a lane: checks of cameras not known to be offline, or rechecks of offline ones. */
    public int maxConcurrentChecks(CheckLane lane) {
        return lane == CheckLane.WATCH ? maxConcurrentChecks : maxConcurrentRecoveryChecks;
    }
    public Duration retention() { return retention; }
    public int deepEvery() { return deepEvery; }
    public Duration deepTimeout() { return deepTimeout; }
    public int sessionsPerHost() { return sessionsPerHost; }

    public ReconnectPolicy reconnectPolicy() {
        return new ReconnectPolicy(reconnectInitialDelay, reconnectMaxDelay, reconnectMaxAttempts, reconnectCooldown,
                busyMultiplier, jitter);
    }

    public HealthStateMachine stateMachine() {
        return new HealthStateMachine(new HealthThresholds(excellentBelowMillis, goodUpToMillis, fairUpToMillis),
                reconnectPolicy(), offlineAfterFailures);
    }
}
