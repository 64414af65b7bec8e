package io.ohmvision.discovery.scan;

import java.util.List;

/**
 * A host that answered a connect scan.
 *
 * @param closedPorts ports that refused the connection (a TCP reset): proof the host is alive even with none open
 */
public record HostReply(String address, List<Integer> openPorts, int closedPorts) {
    public HostReply {
        openPorts = List.copyOf(openPorts);
    }
}
