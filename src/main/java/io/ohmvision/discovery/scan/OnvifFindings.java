package io.ohmvision.discovery.scan;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.onvif.OnvifDevice;
import java.util.Optional;

/**
 * What asking a device over ONVIF gave.
 *
 * @param deviceServiceUrl the device service that answered; null when no port spoke ONVIF
 * @param outcome          OK when the whole connect sequence worked; null when no port spoke ONVIF
 * @param reason           one line for a human
 * @param device           what the device told; null unless the outcome is OK
 */
public record OnvifFindings(String deviceServiceUrl, Outcome outcome, String reason, OnvifDevice device) {

    public static OnvifFindings absent(String reason) {
        return new OnvifFindings(null, null, reason, null);
    }

    public boolean present() {
        return deviceServiceUrl != null;
    }

    public Optional<OnvifDevice> answered() {
        return Optional.ofNullable(device);
    }
}
