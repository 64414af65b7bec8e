package io.ohmvision.discovery.scan;

import io.ohmvision.catalog.entity.Recognition;
import java.util.List;

/**
 * A host found by a scan, with what could be learnt about its maker.
 *
 * @param mac          from the neighbour table; null when the host is not on a local link (or ARP had expired)
 * @param organisation the IEEE registry's holder of the MAC block, even when no profile matches it
 * @param vendors      manufacturer guesses from the MAC and from service replies, strongest first, with evidence
 */
public record ScannedHost(String address, List<Integer> openPorts, int closedPorts, String mac, String organisation,
        List<Recognition> vendors) {

    public ScannedHost {
        openPorts = List.copyOf(openPorts);
        vendors = List.copyOf(vendors);
    }
}
