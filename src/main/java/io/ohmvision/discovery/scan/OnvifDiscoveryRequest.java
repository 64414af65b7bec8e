package io.ohmvision.discovery.scan;

import java.time.Duration;
import java.util.List;

/**
 * A WS-Discovery run.
 *
 * @param interfaces names of the interfaces to multicast on (never all by default: a probe must not leave by a
 *                   route nobody chose)
 * @param addresses  devices to probe by unicast, "ip" or "ip:port" (port 3702 when left out)
 * @param window     how long to listen; null for the standard 3 s
 * @param username   for the ONVIF reads of each device found; null to read only what needs no credentials
 * @param password   never shown, logged or returned
 */
public record OnvifDiscoveryRequest(List<String> interfaces, List<String> addresses, Duration window,
                                    String username, String password) {

    public OnvifDiscoveryRequest {
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "OnvifDiscoveryRequest[interfaces=" + interfaces + ", addresses=" + addresses + ", window=" + window
                + ", username=" + username + ", password=" + (password == null ? "null" : "***") + "]";
    }
}
