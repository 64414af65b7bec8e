package io.ohmvision.discovery.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How big a batch test may be and how much of it runs at once. */
@ApplicationScoped
public class BatchSettings {

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.batch.max-size", defaultValue = "50")
    int maxSize;

    @Inject
    @ConfigProperty(name = "ohmvision.discovery.batch.concurrency", defaultValue = "4")
    int concurrency;

    /** The most cameras or devices one batch test takes. */
    public int maxSize() {
        return maxSize;
    }

    /** Cameras or devices a batch test works on at once. */
    public int concurrency() {
        return concurrency;
    }
}
