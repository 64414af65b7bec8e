package io.ohmvision.discovery.scan;

import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the host is connected to: its interfaces with their addresses and subnets, and the default gateway. The range
 * policy takes the subnets of the interfaces that are up as the networks a scan may cover without configuration.
 */
public record NetworkInfo(List<Interface> interfaces, DefaultRoute defaultRoute) {

    /** @param mac colon-separated lower case; null for interfaces without one (loopback, tunnels) */
    public record Interface(String name, boolean up, boolean loopback, String mac, List<Address> addresses) {
        public Interface {
            addresses = List.copyOf(addresses);
        }
    }

    /** @param subnet the IPv4 network in CIDR notation; null for IPv6, which the scanner does not cover */
    public record Address(String address, int prefixLength, String subnet) {
    }

    public NetworkInfo {
        interfaces = List.copyOf(interfaces);
    }

    public static NetworkInfo read() {
        try {
            List<Interface> found = new ArrayList<>();
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                found.add(new Interface(nic.getName(), nic.isUp(), nic.isLoopback(), mac(nic.getHardwareAddress()),
                        nic.getInterfaceAddresses().stream().map(NetworkInfo::address).toList()));
            }
            return new NetworkInfo(found, DefaultRoute.read().orElse(null));
        } catch (SocketException e) {
            throw new IllegalStateException("cannot list the network interfaces: " + e.getMessage(), e);
        }
    }

    public Optional<DefaultRoute> gateway() {
        return Optional.ofNullable(defaultRoute);
    }

    /** The IPv4 subnets of the interfaces that are up. */
    public List<Cidr> onLinkSubnets() {
        return interfaces.stream().filter(Interface::up).flatMap(i -> i.addresses().stream())
                .filter(a -> a.subnet() != null).map(a -> Cidr.parse(a.subnet())).distinct().toList();
    }

    /** Every address of this host's interfaces: a scan finds the host itself too, which is no camera. */
    public Set<String> ownAddresses() {
        return interfaces.stream().flatMap(i -> i.addresses().stream()).map(Address::address)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Address address(InterfaceAddress a) {
        String subnet = a.getAddress() instanceof Inet4Address v4
                ? Cidr.of(v4, a.getNetworkPrefixLength()).toString() : null;
        return new Address(a.getAddress().getHostAddress().replaceFirst("%.*$", ""), a.getNetworkPrefixLength(), subnet);
    }

    private static String mac(byte[] hardware) {
        return hardware == null || hardware.length == 0 ? null : HexFormat.ofDelimiter(":").formatHex(hardware);
    }
}
