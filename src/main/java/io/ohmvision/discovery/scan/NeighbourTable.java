package io.ohmvision.discovery.scan;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * IPv4 address to MAC address of on-link hosts, from the kernel's neighbour (ARP) table as {@code /proc/net/arp}
 * shows it. Only complete entries count: an address that never answered ARP is listed with flags 0x0 and a zero MAC.
 */
public final class NeighbourTable {

    /** ATF_COM: the kernel holds a resolved hardware address. */
    private static final int COMPLETE = 0x2;
    private static final String NO_MAC = "00:00:00:00:00:00";
    private static final int DEFAULT_CAPACITY = 1024;

    private NeighbourTable() {
    }

    /** @return MAC addresses in lower case, colon-separated, by IPv4 address */
    public static Map<String, String> parse(String procNetArp) {
        Map<String, String> macs = new LinkedHashMap<>();
        procNetArp.lines().skip(1).map(line -> line.trim().split("\\s+"))
                .filter(f -> f.length >= 4)
                .filter(f -> (Integer.decode(f[2]) & COMPLETE) != 0 && !NO_MAC.equals(f[3]))
                .forEach(f -> macs.put(f[0], f[3].toLowerCase(Locale.ROOT)));
        return macs;
    }

    public static Map<String, String> read() {
        return parse(ProcFiles.read(ProcFiles.NEIGHBOURS));
    }

    /** The most entries the kernel keeps (gc_thresh3); Linux's default when it cannot be read. */
    public static int capacity() {
        String text = ProcFiles.read(ProcFiles.NEIGHBOUR_LIMIT).strip();
        return text.matches("\\d{1,9}") ? Integer.parseInt(text) : DEFAULT_CAPACITY;
    }
}
