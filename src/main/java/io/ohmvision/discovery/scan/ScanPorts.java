package io.ohmvision.discovery.scan;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.entity.PortUse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ports a scan tries, with what each is for: every default port of the catalogue plus the ports cameras and
 * recorders commonly use whether or not a profile lists them yet.
 */
public final class ScanPorts {

    /** At most this many ports per request: the scan size is ports times addresses, and both are bounded. */
    public static final int MAX_PORTS = 100;

    private static final Map<Integer, String> COMMON = Map.ofEntries(Map.entry(80, "http"), Map.entry(443, "https"),
            Map.entry(554, "rtsp"), Map.entry(8554, "rtsp"), Map.entry(8000, "sdk"), Map.entry(8080, "http"),
            Map.entry(37777, "sdk"), Map.entry(34567, "sdk"), Map.entry(1935, "rtmp"), Map.entry(2020, "onvif"),
            Map.entry(8899, "onvif"));

    private final Map<Integer, Set<String>> namesByPort;

    public ScanPorts(Catalog catalog) {
        this(namesOf(catalog));
    }

    /** @param namesByPort what each port is for; its ports are the defaults */
    ScanPorts(Map<Integer, Set<String>> namesByPort) {
        this.namesByPort = new TreeMap<>(namesByPort);
    }

    private static Map<Integer, Set<String>> namesOf(Catalog catalog) {
        Map<Integer, Set<String>> names = new TreeMap<>();
        for (PortUse use : catalog.defaultPorts()) {
            names.computeIfAbsent(use.port(), p -> new LinkedHashSet<>()).addAll(use.names());
        }
        COMMON.forEach((port, name) -> names.computeIfAbsent(port, p -> new LinkedHashSet<>()).add(name));
        return names;
    }

    /** Ascending. */
    public List<Integer> defaults() {
        return List.copyOf(namesByPort.keySet());
    }

    /** What the port is for (rtsp, http, sdk, ...); empty for a port no profile names. */
    public Set<String> namesOf(int port) {
        return namesByPort.getOrDefault(port, Set.of());
    }

    /** The requested ports, checked, without repeats; the defaults when none are requested. */
    public List<Integer> check(List<Integer> requested) {
        if (requested == null || requested.isEmpty()) {
            return defaults();
        }
        List<Integer> ports = new ArrayList<>(new LinkedHashSet<>(requested));
        for (Integer port : ports) {
            if (port == null || port < 1 || port > 65535) {
                throw new ScanRefusedException("ports are 1 to 65535, not " + port);
            }
        }
        if (ports.size() > MAX_PORTS) {
            throw new ScanRefusedException("at most " + MAX_PORTS + " ports per scan, not " + ports.size());
        }
        return List.copyOf(ports);
    }
}
