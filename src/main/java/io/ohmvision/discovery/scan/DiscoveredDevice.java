package io.ohmvision.discovery.scan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An ONVIF device that answered WS-Discovery, with what its ONVIF service told.
 *
 * @param endpoint     the stable EndpointReference ({@code urn:uuid:...}) devices are deduplicated by
 * @param address      the address the answer came from
 * @param xaddrs       device service addresses, 0.0.0.0 replaced by {@code address}
 * @param outcome      of the ONVIF reads (OK, AUTH_FAILED, ...); null when they were not made
 * @param notFollowed  XAddrs and media URIs the device gave on another host: reported, never asked or stored
 * @param manufacturer catalogue id recognised from the scopes and the device information; null when unknown
 * @param profiles     media profiles with their URIs; empty unless the reads worked
 */
@Schema(name = "DiscoveredDevice")
public record DiscoveredDevice(String endpoint, String address, List<String> xaddrs, List<String> types,
                               List<String> scopes, String name, String hardware, String macAddress,
                               String outcome, String reason, List<String> notFollowed, String deviceManufacturer, String model,
                               String firmwareVersion, String serialNumber, String manufacturer,
                               List<String> manufacturerEvidence, List<Profile> profiles) {

    public DiscoveredDevice {
        xaddrs = List.copyOf(xaddrs);
        notFollowed = List.copyOf(notFollowed);
        types = List.copyOf(types);
        scopes = List.copyOf(scopes);
        manufacturerEvidence = List.copyOf(manufacturerEvidence);
        profiles = List.copyOf(profiles);
    }

    /** One media profile; URIs without credentials. */
    @Schema(name = "DiscoveredProfile")
    public record Profile(String token, String name, String encoding, Integer width, Integer height,
                          Double frameRate, String streamUri, String snapshotUri) {
    }
}
