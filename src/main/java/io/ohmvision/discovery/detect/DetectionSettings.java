package io.ohmvision.discovery.detect;

import java.time.Duration;

/**
 * How auto-detection works on one device.
 *
 * @param concurrency      candidates probed at once
 * @param probeTimeout     deadline of each probe, and of each ONVIF step
 * @param maxAuthFailures  wrong-password answers after which guessing stops (lockout protection)
 * @param maxCandidates    the most URLs tried on one device
 * @param connectTimeout   how long the port check waits for one port
 * @param identifyBudget   time for the MAC lookup and the RTSP/HTTP fingerprints
 */
public record DetectionSettings(int concurrency, Duration probeTimeout, int maxAuthFailures, int maxCandidates,
                                Duration connectTimeout, Duration identifyBudget) {

    public static final DetectionSettings DEFAULT = new DetectionSettings(8, Duration.ofSeconds(3), 3, 40,
            Duration.ofMillis(400), Duration.ofSeconds(1));

    public DetectionSettings {
        if (concurrency < 1 || maxAuthFailures < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("concurrency, lockout limit and candidate limit must be at least 1");
        }
    }

    /** The same settings with another lockout limit: site onboarding gives each credential of its list one refusal. */
    public DetectionSettings withMaxAuthFailures(int limit) {
        return new DetectionSettings(concurrency, probeTimeout, limit, maxCandidates, connectTimeout, identifyBudget);
    }
}
