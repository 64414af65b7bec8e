package io.ohmvision.discovery.detect;

import io.ohmvision.discovery.scan.DiscoverySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Auto-detect's configuration: its own limits, and the network timeouts it shares with the scan. */
@ApplicationScoped
public class DetectionConfig {

    @Inject
    DiscoverySettings discovery;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.auto-detect.concurrency", defaultValue = "8")
    int concurrency;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.auto-detect.max-auth-failures", defaultValue = "3")
    int maxAuthFailures;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.auto-detect.max-candidates", defaultValue = "40")
    int maxCandidates;

    /** The identification of one device gets no longer than one probe: it runs before the candidates. */
    public DetectionSettings settings() {
        Duration probeTimeout = discovery.probeTimeout();
        Duration identifyBudget = discovery.identifyBudget();
        return new DetectionSettings(concurrency, probeTimeout, maxAuthFailures, maxCandidates,
                discovery.connectTimeout(), identifyBudget.compareTo(probeTimeout) < 0 ? identifyBudget : probeTimeout);
    }
}
