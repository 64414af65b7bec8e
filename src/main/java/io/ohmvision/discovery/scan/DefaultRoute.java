package io.ohmvision.discovery.scan;

import java.util.Comparator;
import java.util.Optional;

/**
 * The IPv4 default gateway, from the kernel's routing table as {@code /proc/net/route} shows it: one route per line,
 * addresses as 8 hex digits in the host's byte order (little-endian on every platform Payara runs on).
 */
public record DefaultRoute(String interfaceName, String gateway, int metric) {

    private static final int RTF_UP = 0x1;
    private static final int RTF_GATEWAY = 0x2;

    /** The default route with the lowest metric, as the kernel would choose it. */
    public static Optional<DefaultRoute> parse(String procNetRoute) {
        return procNetRoute.lines().skip(1).map(line -> line.trim().split("\\s+"))
                .filter(f -> f.length >= 8)
                .filter(f -> isZero(f[1]) && isZero(f[7]))
                .filter(f -> (Integer.parseInt(f[3], 16) & (RTF_UP | RTF_GATEWAY)) == (RTF_UP | RTF_GATEWAY))
                .map(f -> new DefaultRoute(f[0], Cidr.format(Integer.reverseBytes((int) Long.parseLong(f[2], 16))),
                        Integer.parseInt(f[6])))
                .min(Comparator.comparingInt(DefaultRoute::metric));
    }

    public static Optional<DefaultRoute> read() {
        return parse(ProcFiles.read(ProcFiles.ROUTES));
    }

    private static boolean isZero(String hex) {
        return Long.parseLong(hex, 16) == 0;
    }
}
