package io.ohmvision.discovery.scan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which networks a scan may cover. Scanning a network one is not on is easy to do by mistake and may be unwelcome,
 * so only the host's own subnets are open by default; any other range must be listed in the configuration
 * (ohmvision.discovery.allowed-cidrs). The size limit keeps a typo such as /8 from starting a 16-million-address scan.
 *
 * @param onLink       subnets of the host's interfaces
 * @param allowed      further networks the configuration opens
 * @param widestPrefix the shortest prefix accepted (20: at most 4096 addresses), also the limit for all ranges together
 */
public record RangePolicy(List<Cidr> onLink, List<Cidr> allowed, int widestPrefix) {

    public RangePolicy {
        onLink = List.copyOf(onLink);
        allowed = List.copyOf(allowed);
    }

    /** Parses and checks the requested ranges; throws ScanRefusedException explaining the first problem. */
    public List<Cidr> check(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new ScanRefusedException("cidrs must name at least one network, such as 192.168.1.0/24");
        }
        List<Cidr> ranges = requested.stream().map(Cidr::parse).distinct().toList();
        long limit = 1L << (32 - widestPrefix);
        for (Cidr range : ranges) {
            if (range.prefix() < widestPrefix) {
                throw new ScanRefusedException(range + " has " + range.size() + " addresses; the largest range allowed"
                        + " is /" + widestPrefix + " (" + limit + " addresses), split it or scan a smaller one");
            }
            if (!permitted(range)) {
                throw new ScanRefusedException(range + " is not a subnet of this host (" + names(onLink)
                        + ") nor listed in ohmvision.discovery.allowed-cidrs (" + names(allowed) + ")");
            }
        }
        long total = ranges.stream().mapToLong(Cidr::size).sum();
        if (total > limit) {
            throw new ScanRefusedException("the ranges have " + total + " addresses together; at most " + limit
                    + " may be scanned at once");
        }
        return ranges;
    }

    /**
     * One device address, held to the same networks as a scan (loopback counts: it is a subnet of this host);
     * throws ScanRefusedException explaining the problem.
     */
    public Cidr checkAddress(String address) {
        if (address == null || !address.strip().matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new ScanRefusedException("'" + address + "' is not an IPv4 address such as 192.168.1.64");
        }
        Cidr host = Cidr.parse(address.strip() + "/32");
        if (!permitted(host)) {
            throw new ScanRefusedException(address.strip() + " is not on a subnet of this host (" + names(onLink)
                    + ") nor in ohmvision.discovery.allowed-cidrs (" + names(allowed) + ")");
        }
        return host;
    }

    private boolean permitted(Cidr range) {
        return onLink.stream().anyMatch(n -> n.contains(range)) || allowed.stream().anyMatch(n -> n.contains(range));
    }

    private static String names(List<Cidr> networks) {
        return networks.isEmpty() ? "none" : networks.stream().map(Cidr::toString).collect(Collectors.joining(", "));
    }
}
