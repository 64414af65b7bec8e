package io.ohmvision.discovery.scan;

import io.ohmvision.catalog.control.FingerprintMatcher;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.catalog.entity.OuiAssignment;
import io.ohmvision.catalog.entity.Recognition;
import io.ohmvision.catalog.entity.ServiceReply;
import io.ohmvision.platform.Fanout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Turns the hosts that answered a scan into identified hosts: MAC address from the kernel's neighbour table (filled
 * by the scan's own connects), the MAC block's organisation and manufacturer, and manufacturers recognised from an
 * RTSP or HTTP reply of the open ports. The replies are asked for in parallel and the whole step is bounded in time:
 * a slow device loses its fingerprint, never delays the scan's result.
 */
public final class HostIdentification {

    private final MacVendorLookup macs;
    private final FingerprintMatcher fingerprints;
    private final ScanPorts ports;
    private final Executor executor;
    private final Duration budget;

    /** @param budget the time the whole step may take, every greeting included */
    public HostIdentification(MacVendorLookup macs, FingerprintMatcher fingerprints, ScanPorts ports,
            Executor executor, Duration budget) {
        this.macs = macs;
        this.fingerprints = fingerprints;
        this.ports = ports;
        this.executor = executor;
        this.budget = budget;
    }

    public List<ScannedHost> identify(List<HostReply> replies, Map<String, String> neighbours) {
        List<List<Recognition>> greetings = new Fanout(executor, Math.max(1, replies.size()))
                .mapWithin(budget, replies, this::greet, reply -> List.of());
        List<ScannedHost> hosts = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            HostReply reply = replies.get(i);
            String mac = neighbours.get(reply.address());
            List<Recognition> found = new ArrayList<>(greetings.get(i));
            Optional.ofNullable(mac).flatMap(macs::recognise).ifPresent(found::add);
            String organisation = Optional.ofNullable(mac).flatMap(macs::assignment).map(OuiAssignment::organization)
                    .orElse(null);
            hosts.add(new ScannedHost(reply.address(), reply.openPorts(), reply.closedPorts(), mac, organisation,
                    Recognition.ranked(found)));
        }
        return hosts;
    }

    /** One greeting per open port that speaks RTSP or HTTP, one after the other within the host's share of time. */
    private List<Recognition> greet(HostReply reply) {
        Duration each = budget.dividedBy(Math.max(1, reply.openPorts().size()));
        List<Recognition> found = new ArrayList<>();
        for (int port : reply.openPorts()) {
            protocolOf(port).flatMap(p -> ServiceGreeting.ask(reply.address(), port, p, each))
                    .map(fingerprints::recognise).ifPresent(found::addAll);
        }
        return found;
    }

    private Optional<ServiceGreeting.Protocol> protocolOf(int port) {
        if (ports.namesOf(port).contains("rtsp")) {
            return Optional.of(ServiceGreeting.Protocol.RTSP);
        }
        return ports.namesOf(port).contains("http") ? Optional.of(ServiceGreeting.Protocol.HTTP) : Optional.empty();
    }
}
