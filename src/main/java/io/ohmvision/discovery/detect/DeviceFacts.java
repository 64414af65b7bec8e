package io.ohmvision.discovery.detect;

import io.ohmvision.channels.onvif.MediaProfile;
import java.util.List;

/**
 * What auto-detection knows about a device before it builds candidates.
 *
 * @param host          the device's address
 * @param openPorts     TCP ports that accepted a connection
 * @param onvifProfiles the device's media profiles with their URIs; empty without ONVIF
 * @param manufacturers catalogue ids it was recognised as, most likely first; empty when unknown
 * @param model         for learned templates; null when unknown
 * @param firmware      for learned templates; null when unknown
 */
record DeviceFacts(String host, List<Integer> openPorts, List<MediaProfile> onvifProfiles,
                          List<String> manufacturers, String model, String firmware) {

    public DeviceFacts {
        openPorts = List.copyOf(openPorts);
        onvifProfiles = List.copyOf(onvifProfiles);
        manufacturers = List.copyOf(manufacturers);
    }
}
