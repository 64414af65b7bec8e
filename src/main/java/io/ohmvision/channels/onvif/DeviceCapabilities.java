package io.ohmvision.channels.onvif;

/**
 * What a device can do, as its announced services say: a service announced is a capability, audio is counted by its
 * DeviceIO service. The one mapping from {@link DeviceServices} to what a person and the PTZ control ask about.
 *
 * @param audioIn  audio inputs (0: none announced)
 * @param audioOut audio outputs (0: none announced)
 * @param readWith "GetServices" or "GetCapabilities" (old firmware)
 */
public record DeviceCapabilities(boolean ptz, int audioIn, int audioOut, boolean events, boolean imaging,
                                 boolean analytics, boolean recording, String readWith) {

    public static DeviceCapabilities of(DeviceServices services) {
        return new DeviceCapabilities(announces(services, DeviceServices.PTZ), services.audioSources(),
                services.audioOutputs(), announces(services, DeviceServices.EVENTS),
                announces(services, DeviceServices.IMAGING), announces(services, DeviceServices.ANALYTICS),
                announces(services, DeviceServices.RECORDING), services.readWith());
    }

    private static boolean announces(DeviceServices services, String namespace) {
        return services.address(namespace).isPresent();
    }
}
