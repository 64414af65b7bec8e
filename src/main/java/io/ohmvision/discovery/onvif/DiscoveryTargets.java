package io.ohmvision.discovery.onvif;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where probes go: multicast only on these interfaces (each pinned with IP_MULTICAST_IF and bound to the
 * interface's IPv4 address, so a probe can never follow the default route), and unicast to these addresses.
 *
 * @param interfaces interfaces chosen by the operator; never "all" by default
 * @param unicast    devices to ask directly, usually {@code <ip>:3702}
 */
public record DiscoveryTargets(List<NetworkInterface> interfaces, List<InetSocketAddress> unicast) {

    public DiscoveryTargets {
        interfaces = List.copyOf(interfaces);
        unicast = List.copyOf(unicast);
        if (interfaces.isEmpty() && unicast.isEmpty()) {
            throw new IllegalArgumentException("choose at least one interface or one unicast address");
        }
    }

    /** Multicast on the named interfaces, e.g. "eth1", "lo". */
    public static DiscoveryTargets multicastOn(String... interfaceNames) throws SocketException {
        List<NetworkInterface> chosen = new ArrayList<>();
        for (String name : interfaceNames) {
            NetworkInterface found = NetworkInterface.getByName(name);
            if (found == null) {
                throw new IllegalArgumentException("no network interface named " + name);
            }
            chosen.add(found);
        }
        return new DiscoveryTargets(chosen, List.of());
    }

    public static DiscoveryTargets unicastTo(InetSocketAddress... devices) {
        return new DiscoveryTargets(List.of(), List.of(devices));
    }

    /** The address a pinned multicast socket binds to: the interface's first IPv4 address. */
    static InetAddress ipv4Of(NetworkInterface chosen) throws SocketException {
        Objects.requireNonNull(chosen);
        if (!chosen.isUp()) {
            throw new SocketException("interface " + chosen.getName() + " is down");
        }
        return chosen.inetAddresses().filter(Inet4Address.class::isInstance).findFirst()
                .orElseThrow(() -> new SocketException("interface " + chosen.getName() + " has no IPv4 address"));
    }
}
