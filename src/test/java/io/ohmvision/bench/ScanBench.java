package io.ohmvision.bench;

import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.discovery.scan.Cidr;
import io.ohmvision.discovery.scan.ConnectScanner;
import io.ohmvision.discovery.scan.HostReply;
import io.ohmvision.discovery.scan.ScanPorts;
import io.ohmvision.discovery.scan.ScanRun;
import io.ohmvision.discovery.scan.ScanSettings;
import io.ohmvision.testing.CameraSubnet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * OhmVision's connect scanner against {@code nmap -sT} on the same /24 of six cameras in a network namespace, same
 * ports, same run. Every side must find exactly the open ports the cameras have. Run through bench/scan/run.sh.
 */
public final class ScanBench {

    /** nmap's grepable output: "Host: 198.18.0.10 ()	Ports: 80/open/tcp//http///, 554/closed/tcp//rtsp///" */
    private static final Pattern OPEN_PORT = Pattern.compile("(\\d+)/open/tcp");

    private ScanBench() {
    }

    public static void main(String[] args) throws Exception {
        int nmapRuns = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        try (CameraSubnet subnet = CameraSubnet.create(CameraSubnet.sixCameras())) {
            Map<String, Set<Integer>> expected = new TreeMap<>();
            subnet.cameras().forEach(c -> expected.put(subnet.address(c.lastOctet()), new TreeSet<>(c.openPorts())));
            System.out.printf(Locale.ROOT, "%s, %d live cameras, ports %s%n", subnet.cidr(), expected.size(),
                    CameraSubnet.CAMERA_PORTS);
            report("OhmVision, first scan of a fresh JVM", expected, subnet, () -> ohmVision(subnet, CameraSubnet.CAMERA_PORTS));
            report("OhmVision, second scan", expected, subnet, () -> ohmVision(subnet, CameraSubnet.CAMERA_PORTS));
            for (int i = 0; i < nmapRuns; i++) {
                report("nmap -sT -n -Pn (default timing)", expected, subnet, () -> nmap(subnet));
                report("nmap -sT -n -Pn -T5", expected, subnet, () -> nmap(subnet, "-T5"));
            }
            // the neighbour table now holds failed entries for the dead addresses: the order must not matter
            report("OhmVision, after nmap", expected, subnet, () -> ohmVision(subnet, CameraSubnet.CAMERA_PORTS));
            List<Integer> defaults = new ScanPorts(CatalogLoader.loadDefault()).defaults();
            report("OhmVision, all " + defaults.size() + " default ports", expected, subnet,
                    () -> ohmVision(subnet, defaults));
        }
    }

    @FunctionalInterface
    private interface Scan {
        Map<String, Set<Integer>> openPorts() throws Exception;
    }

    private static void report(String name, Map<String, Set<Integer>> expected, CameraSubnet subnet, Scan scan)
            throws Exception {
        long start = System.nanoTime();
        Map<String, Set<Integer>> found = new TreeMap<>(scan.openPorts());
        double seconds = (System.nanoTime() - start) / 1e9;
        found.remove(subnet.hostAddress());
        found.values().removeIf(Set::isEmpty);
        Map<String, Set<Integer>> withOpenPorts = new TreeMap<>(expected);
        withOpenPorts.values().removeIf(Set::isEmpty);
        System.out.printf(Locale.ROOT, "| %s | %.2f | %s |%n", name, seconds,
                found.equals(withOpenPorts) ? "yes" : "no: " + found);
    }

    private static Map<String, Set<Integer>> ohmVision(CameraSubnet subnet, List<Integer> ports) throws IOException {
        List<HostReply> replies = new ConnectScanner(ScanSettings.DEFAULT)
                .scan(List.of(Cidr.parse(subnet.cidr())), ports, ScanRun.unobserved());
        return replies.stream().collect(Collectors.toMap(HostReply::address, r -> new TreeSet<>(r.openPorts())));
    }

    private static Map<String, Set<Integer>> nmap(CameraSubnet subnet, String... timing)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("nmap", "-sT", "-n", "-Pn", "-oG", "-", "-p",
                CameraSubnet.CAMERA_PORTS.stream().map(String::valueOf).collect(Collectors.joining(","))));
        command.addAll(List.of(timing));
        command.add(subnet.cidr());
        Process nmap = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(nmap.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (nmap.waitFor() != 0) {
            throw new IOException("nmap failed: " + output);
        }
        Map<String, Set<Integer>> found = new TreeMap<>();
        output.lines().filter(l -> l.startsWith("Host: ") && l.contains("Ports: ")).forEach(line -> {
            Set<Integer> open = new TreeSet<>();
            Matcher m = OPEN_PORT.matcher(line);
            while (m.find()) {
                open.add(Integer.parseInt(m.group(1)));
            }
            found.put(line.split("\\s+")[1], open);
        });
        return found;
    }
}
