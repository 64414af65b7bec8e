package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.CameraCapabilities;
import io.ohmvision.channels.onvif.DeviceCapabilities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a camera's capabilities from its ONVIF device again (GetServices, or GetCapabilities on old firmware), and
 * stores the device service it read them from: found now on the camera's host when none was known.
 */
@ApplicationScoped
public class CameraCapabilityRefresh {

    @Inject
    CameraListing listing;

    @Inject
    CameraOnvif onvif;

    @Inject
    CameraRegistry registry;

    @Inject
    @ConfigProperty(name = "ohmvision.onvif.capabilities-timeout", defaultValue = "PT5S")
    Duration timeout;

    /**
     * @return the capabilities as now stored
     * @throws io.ohmvision.platform.ProblemException 404 no such camera; 409 no ONVIF device service known or found; 502 the
     *                                                device refused or did not answer
     */
    public CameraCapabilities refresh(long cameraId) {
        Camera camera = listing.find(cameraId);
        URI deviceService = onvif.findDeviceService(camera, timeout);
        DeviceCapabilities read = onvif.send(camera, deviceService, timeout, "GetServices",
                client -> DeviceCapabilities.of(client.services()));
        return registry.recordOnvifDevice(cameraId, deviceService.toString(), read);
    }
}
