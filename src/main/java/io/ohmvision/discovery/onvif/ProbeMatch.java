package io.ohmvision.discovery.onvif;

import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One device that answered a Probe.
 *
 * @param endpoint the EndpointReference address, a stable {@code urn:uuid:...} that identifies the device on every
 *                 interface [S7]
 * @param xaddrs   device service addresses, with 0.0.0.0 or empty hosts replaced by the sender's address
 * @param sender   the address the ProbeMatches came from
 */
public record ProbeMatch(String endpoint, List<String> types, OnvifScopes scopes, List<String> xaddrs,
                         InetAddress sender) {

    /** Device service addresses kept per device: a camera has one per interface or protocol version. */
    public static final int MAX_XADDRS = 8;

    public ProbeMatch {
        types = List.copyOf(types);
        xaddrs = List.copyOf(xaddrs);
    }

    /** The same device heard again (another probe, interface or address): its XAddrs are added, in order. */
    ProbeMatch mergedWith(ProbeMatch again) {
        Set<String> all = new LinkedHashSet<>(xaddrs);
        all.addAll(again.xaddrs);
        return new ProbeMatch(endpoint, types, scopes, all.stream().limit(MAX_XADDRS).toList(), sender);
    }
}
