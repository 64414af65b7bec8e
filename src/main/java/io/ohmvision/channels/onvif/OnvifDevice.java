package io.ohmvision.channels.onvif;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the connect sequence learnt about a device.
 *
 * @param mediaAddress the Media (ver10) service address used
 * @param unsupported  ONVIF operations the device answered as not supported, e.g. "GetSnapshotUri"
 * @param notFollowed  what the device pointed to that was not taken (a URI on another host, profiles beyond the
 *                     limit), one line each for a human; those URIs are not in {@code profiles}
 * @param capabilities what its announced services say it can do, read on the way to the Media service
 */
public record OnvifDevice(DeviceInformation information, DeviceClock clock, String mediaAddress,
                          List<MediaProfile> profiles, Set<String> unsupported, List<String> notFollowed,
                          DeviceCapabilities capabilities) {

    public OnvifDevice {
        profiles = List.copyOf(profiles);
        unsupported = Set.copyOf(unsupported);
        notFollowed = List.copyOf(notFollowed);
    }

    /** The profile with a stream URI and the most pixels; the device's first one on a tie. */
    public Optional<MediaProfile> mainProfile() {
        return profiles.stream().filter(p -> p.streamUri() != null)
                .max(Comparator.comparingLong(MediaProfile::pixels).thenComparing(p -> -profiles.indexOf(p)));
    }
}
