package io.ohmvision.cameras.control;

import io.ohmvision.channels.CameraCheck;
import io.ohmvision.channels.ChannelRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The application's one {@link ChannelRegistry}: the protocol probes and the camera checks the features contribute
 * as CDI beans (recorders, webhooks, cloud), collected once on first use, so neither a health check nor a save asks
 * each feature in turn whether a camera is its business.
 */
@ApplicationScoped
public class CameraChannels {

    @Inject
    @Any
    Instance<CameraCheck> cameraChecks;

    private volatile ChannelRegistry registry;

    /** For tests outside the container: a registry made by hand. */
    static CameraChannels of(ChannelRegistry registry) {
        CameraChannels channels = new CameraChannels();
        channels.registry = registry;
        return channels;
    }

    public ChannelRegistry registry() {
        ChannelRegistry made = registry;
        if (made == null) {
            // a race makes the same registry twice, harmlessly: the checks are application-scoped beans
            made = ChannelRegistry.standard().with(cameraChecks.stream().toList());
            registry = made;
        }
        return made;
    }
}
