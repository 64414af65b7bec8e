package io.ohmvision.discovery.scan;

import io.ohmvision.catalog.control.Catalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The discovery's configuration, turned into the plain-Java objects the scanner takes; auto-detect's and batch
 * tests' own keys are read by {@code DetectionConfig} and {@code BatchSettings}.
 */
@ApplicationScoped
public class DiscoverySettings {

    /** Read through Config: Payara's producer fails on an injected Optional of a List; for the optional values. */
    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.widest-prefix", defaultValue = "20")
    int widestPrefix;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.connect-timeout", defaultValue = "PT0.4S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.concurrency", defaultValue = "512")
    int concurrency;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.identify-budget", defaultValue = "PT2S")
    Duration identifyBudget;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.max-running", defaultValue = "2")
    int maxRunning;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.auto-detect.probe-timeout", defaultValue = "PT3S")
    Duration probeTimeout;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.onvif.max-window", defaultValue = "PT10S")
    Duration maxDiscoveryWindow;

    @Inject
    Catalog catalog;

    /** Read per request: interfaces come and go (VPN, DHCP), and the policy must see the current ones. */
    public RangePolicy rangePolicy() {
        return new RangePolicy(NetworkInfo.read().onLinkSubnets(),
                config.getOptionalValues("ohmvision.discovery.allowed-cidrs", String.class).orElse(List.of()).stream().map(Cidr::parse).toList(), widestPrefix);
    }

    public ScanSettings scanSettings() {
        return new ScanSettings(concurrency, connectTimeout,
                config.getOptionalValue("ohmvision.discovery.hosts-per-second", Integer.class)
                        .orElseGet(() -> ScanSettings.forNeighbourTable(NeighbourTable.capacity())));
    }

    public ScanPorts ports() {
        return new ScanPorts(catalog);
    }

    /** Scans one node runs at once: each holds up to {@code concurrency} sockets. */
    public int maxRunning() {
        return maxRunning;
    }

    public Duration identifyBudget() {
        return identifyBudget;
    }

    /** How long the port check waits for one port. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The deadline of each probe and each ONVIF step, in a discovery as in an auto-detect. */
    public Duration probeTimeout() {
        return probeTimeout;
    }

    /** The longest WS-Discovery window a request may ask for: the request's thread waits all of it. */
    public Duration maxDiscoveryWindow() {
        return maxDiscoveryWindow;
    }

}
