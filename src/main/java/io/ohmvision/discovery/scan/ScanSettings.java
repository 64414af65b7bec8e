package io.ohmvision.discovery.scan;

import java.time.Duration;

/**
 * How hard the connect scanner pushes.
 *
 * @param concurrency    connects in flight at once; each holds a socket (file descriptor) until it ends
 * @param connectTimeout how long a silent address or port is waited for; a camera on the local network answers a
 *                       SYN in a few milliseconds, while a dead address never does (ARP would give up after ~3 s)
 * @param hostsPerSecond new addresses begun per second (one second's worth may start at once). Each on-link address
 *                       takes a neighbour-table entry that stays unresolved for ~3 s when nobody answers; a table
 *                       that overflows (gc_thresh3, 1024 by default) drops connects to live hosts too
 */
public record ScanSettings(int concurrency, Duration connectTimeout, int hostsPerSecond) {

    /** The kernel removes only entries older than ~3 s when full: keep at most half the table that young. */
    private static final int UNRESOLVED_SECONDS = 3;

    public static final ScanSettings DEFAULT =
            new ScanSettings(512, Duration.ofMillis(400), forNeighbourTable(NeighbourTable.capacity()));

    public ScanSettings {
        if (concurrency < 1 || hostsPerSecond < 1 || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("concurrency, hosts per second and connect timeout must be positive");
        }
    }

    /** The pace that keeps a neighbour table of this size at most half full of unresolved entries. */
    public static int forNeighbourTable(int capacity) {
        // the first second starts at once, so in the ~3 s an entry stays unresolved 1 + 3 seconds' worth may start
        return Math.max(1, capacity / 2 / (1 + UNRESOLVED_SECONDS));
    }
}
