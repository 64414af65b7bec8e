package io.ohmvision.cloud.control;

import io.ohmvision.channels.cloud.NestEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Google Nest (SDM API) configuration, ohmvision.cloud.nest.*: Google's endpoints unless a test points elsewhere. */
@ApplicationScoped
public class NestSettings {

    @Inject
    @ConfigProperty(name = "ohmvision.cloud.nest.token-url", defaultValue = "https://oauth2.googleapis.com/token")
    URI tokenUrl;

    @Inject
    @ConfigProperty(name = "ohmvision.cloud.nest.api-url",
            defaultValue = "https://smartdevicemanagement.googleapis.com/v1")
    URI apiUrl;

    /** A stream with less than this left before its expiresAt is extended at the next check. */
    @Inject
    @ConfigProperty(name = "ohmvision.cloud.nest.renew-before", defaultValue = "PT90S")
    Duration renewBefore;

    @Inject
    @ConfigProperty(name = "ohmvision.cloud.timeout", defaultValue = "PT10S")
    Duration timeout;

    public NestEndpoints endpoints() {
        return new NestEndpoints(tokenUrl, apiUrl);
    }

    public Duration renewBefore() {
        return renewBefore;
    }

    public Duration timeout() {
        return timeout;
    }
}
