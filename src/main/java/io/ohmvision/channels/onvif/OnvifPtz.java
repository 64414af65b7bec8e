package io.ohmvision.channels.onvif;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * PTZ (ver20) commands to one device, over an open {@link OnvifClient} and within its deadline. {@link #open} finds
 * the PTZ service and the media profile PTZ requests name; each command is then one call.
 */
public final class OnvifPtz {

    private final OnvifClient client;
    private final String address;
    private final String profile;

    private OnvifPtz(OnvifClient client, String address, String profile) {
        this.client = client;
        this.address = address;
        this.profile = profile;
    }

    /**
     * Reads the device clock (so tokens are dated on it if need be), its services and its profiles.
     *
     * @throws PtzUnavailable when the device announces no PTZ service or no profile has a PTZ configuration
     */
    public static OnvifPtz open(OnvifClient client) throws IOException {
        client.readClock();
        DeviceServices services = client.services();
        String ptz = client.reachable(services.address(DeviceServices.PTZ).orElseThrow(() -> new PtzUnavailable(
                "the device announces no PTZ service (" + services.readWith() + ")")));
        String media = client.reachable(services.address(DeviceServices.MEDIA).orElseThrow(() -> new PtzUnavailable(
                "the device announces no Media service, so no profile to move")));
        String profile = PtzReplies.ptzProfile(client.call(media, "GetProfiles",
                        "<trt:GetProfiles xmlns:trt=\"" + DeviceServices.MEDIA + "\"/>"))
                .orElseThrow(() -> new PtzUnavailable("no media profile of the device has a PTZ configuration"));
        return new OnvifPtz(client, ptz, profile);
    }

    /** The profile PTZ requests name. */
    public String profile() {
        return profile;
    }

    public void continuousMove(PtzVelocity velocity, Duration timeout) throws IOException {
        client.call(address, "ContinuousMove", PtzRequests.continuousMove(profile, velocity, timeout));
    }

    public void stop() throws IOException {
        client.call(address, "Stop", PtzRequests.stop(profile));
    }

    public List<PtzPreset> presets() throws IOException {
        return PtzReplies.presets(client.call(address, "GetPresets", PtzRequests.getPresets(profile)));
    }

    /** @param preset a token of {@link PtzPreset#TOKEN}'s shape */
    public void gotoPreset(String preset) throws IOException {
        if (!PtzPreset.validToken(preset)) {
            throw new IllegalArgumentException("not a preset token");
        }
        client.call(address, "GotoPreset", PtzRequests.gotoPreset(profile, preset));
    }

    public void gotoHome() throws IOException {
        client.call(address, "GotoHomePosition", PtzRequests.gotoHomePosition(profile));
    }
}
