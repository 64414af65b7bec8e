package io.ohmvision.discovery.onboarding;

import io.ohmvision.discovery.scan.DiscoveredDevice;
import io.ohmvision.discovery.scan.ScannedHost;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A host the onboarding's scan found with at least one open port, and what WS-Discovery added about it.
 *
 * @param mac           from the neighbour table; null off the local link
 * @param organisation  the IEEE registry's holder of the MAC block; null when unknown
 * @param manufacturer  the scan's best guess (catalogue id); null when unknown
 * @param onvifEndpoint the device's WS-Discovery endpoint ({@code urn:uuid:...}); null when it did not answer
 * @param onvifPort     the port of its ONVIF device service when not 80, for auto-detect to try; null otherwise
 */
public record DeviceFound(String address, String mac, String organisation, String manufacturer,
                          List<Integer> openPorts, String onvifEndpoint, Integer onvifPort) {

    public DeviceFound {
        openPorts = List.copyOf(openPorts);
    }

    /** @param onvif what the device answered to WS-Discovery; null when it did not */
    static DeviceFound of(ScannedHost host, DiscoveredDevice onvif) {
        String manufacturer = host.vendors().isEmpty() ? null : host.vendors().get(0).manufacturerId();
        return new DeviceFound(host.address(), host.mac(), host.organisation(), manufacturer, host.openPorts(),
                onvif == null ? null : onvif.endpoint(), onvif == null ? null : servicePort(onvif).orElse(null));
    }

    /** The port of the first XAddr on the device's own address; OnvifDiscovery never follows another. */
    private static Optional<Integer> servicePort(DiscoveredDevice onvif) {
        return onvif.xaddrs().stream().map(DeviceFound::uri).flatMap(Optional::stream)
                .filter(uri -> onvif.address().equals(uri.getHost()))
                .map(uri -> uri.getPort()).filter(port -> port > 0 && port != 80).findFirst();
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(URI.create(text));
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }
}
