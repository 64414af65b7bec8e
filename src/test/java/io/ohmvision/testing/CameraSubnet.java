package io.ohmvision.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A /24 of pretend cameras in a network namespace of its own (needs root, iproute2 and ncat): a veth pair whose host
 * end has .1, and inside the namespace one macvlan per camera with the camera's own MAC and address, so the host's
 * neighbour table learns a different MAC per camera as on a real LAN. Each open port is an {@code ncat -lk}
 * listener; every other port of a live camera answers with a reset, and the other addresses of the /24 are dead
 * (ARP goes unanswered). Nothing leaves the machine: the /24 is taken from 198.18.0.0/15 (RFC 2544, benchmarking),
 * which gets an unreachable route, and multicast to SSDP/WS-Discovery's group is routed into the test link.
 */
public final class CameraSubnet implements AutoCloseable {

    /** A camera inside the namespace; {@code mac} decides what the IEEE registry says about its maker. */
    public record SimulatedCamera(int lastOctet, String mac, List<Integer> openPorts) {
        public SimulatedCamera {
            openPorts = List.copyOf(openPorts);
        }
    }

    /** The ten ports test-peers.md times nmap on. */
    public static final List<Integer> CAMERA_PORTS = List.of(80, 554, 8000, 8080, 8554, 37777, 34567, 1935, 443, 8899);

    /**
     * Six cameras at .10 to .15 with vendor MAC blocks (Hikvision, Dahua, Axis, Hanwha, Reolink) and one camera whose
     * ports are all closed: alive only by its resets.
     */
    public static List<SimulatedCamera> sixCameras() {
        return List.of(
                new SimulatedCamera(10, "44:19:b6:00:00:10", List.of(80, 554, 8000)),
                new SimulatedCamera(11, "08:ed:ed:00:00:11", List.of(80, 554, 37777)),
                new SimulatedCamera(12, "00:40:8c:00:00:12", List.of(80, 443, 554)),
                new SimulatedCamera(13, "00:09:18:00:00:13", List.of(34567, 8899, 8080)),
                new SimulatedCamera(14, "ec:71:db:00:00:14", List.of(8554, 1935)),
                new SimulatedCamera(15, "44:19:b6:00:00:15", List.of()));
    }

    private static final String UNREACHABLE_RANGE = "198.18.0.0/15";
    private static final String MULTICAST_GROUP = "239.255.255.250/32";
    private static final Pattern USED_THIRD_OCTET = Pattern.compile("198\\.1[89]\\.(\\d+)\\.");

    private final String namespace;
    private final String hostLink;
    private final String prefix;
    private final List<SimulatedCamera> cameras;
    private final List<Process> listeners = new ArrayList<>();
    private boolean addedUnreachableRoute;

    private CameraSubnet(String suffix, String prefix, List<SimulatedCamera> cameras) {
        this.namespace = "ohmv-scan-" + suffix;
        this.hostLink = "ohmv" + suffix;
        this.prefix = prefix;
        this.cameras = List.copyOf(cameras);
    }

    public static CameraSubnet create(List<SimulatedCamera> cameras) throws IOException, InterruptedException {
        String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
        CameraSubnet subnet = new CameraSubnet(suffix, freePrefix(), cameras);
        try {
            subnet.build();
            return subnet;
        } catch (IOException | InterruptedException | RuntimeException e) {
            subnet.close();
            throw e;
        }
    }

    /** "198.18.N.0/24" */
    public String cidr() {
        return prefix + "0/24";
    }

    public String address(int lastOctet) {
        return prefix + lastOctet;
    }

    public String hostAddress() {
        return address(1);
    }

    public List<SimulatedCamera> cameras() {
        return cameras;
    }

    /** The host's end of the link: the one interface discovery may multicast on to reach the cameras. */
    public String hostInterface() {
        return hostLink;
    }

    public String namespace() {
        return namespace;
    }

    /** A command line that runs the given one inside the namespace (the prefix alone when none is given). */
    public List<String> inside(String... command) {
        List<String> line = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        line.addAll(List.of(command));
        return line;
    }

    /**
     * 198.18.0.0/24 unless another test run on the machine holds it: a /24 of the benchmarking range that no
     * interface address or route uses yet.
     */
    private static String freePrefix() throws IOException, InterruptedException {
        String used = (run("ip", "-4", "-o", "addr") + run("ip", "-4", "route", "show", "table", "all"))
                .replace("unreachable " + UNREACHABLE_RANGE, "");
        boolean[] taken = new boolean[256];
        Matcher m = USED_THIRD_OCTET.matcher(used);
        while (m.find()) {
            if (m.group(0).startsWith("198.18.")) {
                taken[Integer.parseInt(m.group(1))] = true;
            }
        }
        for (int n = 0; n < 256; n++) {
            if (!taken[n]) {
                return "198.18." + n + ".";
            }
        }
        throw new IllegalStateException("every /24 of 198.18.0.0/16 is in use on this machine");
    }

    private void build() throws IOException, InterruptedException {
        run("ip", "netns", "add", namespace);
        run("ip", "link", "add", hostLink, "type", "veth", "peer", "name", "trunk", "netns", namespace);
        run("ip", "addr", "add", hostAddress() + "/24", "dev", hostLink);
        run("ip", "link", "set", hostLink, "up");
        if (!run("ip", "route", "show", "table", "all").contains("unreachable " + UNREACHABLE_RANGE)) {
            run("ip", "route", "add", "unreachable", UNREACHABLE_RANGE);
            addedUnreachableRoute = true;
        }
        if (!run("ip", "route", "show").contains(MULTICAST_GROUP.replace("/32", " "))) {
            run("ip", "route", "add", MULTICAST_GROUP, "dev", hostLink);
        }
        inNamespace("ip", "link", "set", "lo", "up");
        inNamespace("ip", "link", "set", "trunk", "up");
        // several interfaces on one link: each must answer ARP only for its own address, or MACs get mixed up
        inNamespace("sysctl", "-q", "-w", "net.ipv4.conf.all.arp_ignore=1");
        inNamespace("sysctl", "-q", "-w", "net.ipv4.conf.all.arp_announce=2");
        for (SimulatedCamera camera : cameras) {
            String link = "cam" + camera.lastOctet();
            inNamespace("ip", "link", "add", "link", "trunk", "name", link, "address", camera.mac(), "type",
                    "macvlan", "mode", "bridge");
            inNamespace("ip", "addr", "add", address(camera.lastOctet()) + "/24", "dev", link);
            inNamespace("ip", "link", "set", link, "up");
            for (int port : camera.openPorts()) {
                listeners.add(new ProcessBuilder("ip", "netns", "exec", namespace, "ncat", "-lk",
                        address(camera.lastOctet()), String.valueOf(port))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
        }
        awaitListeners();
    }

    private void awaitListeners() throws IOException, InterruptedException {
        long expected = cameras.stream().mapToLong(c -> c.openPorts().size()).sum();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (inNamespace("ss", "-Hltn").lines().filter(l -> l.contains(prefix)).count() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ncat listeners did not start in " + namespace
                        + " (apt-get install -y ncat)");
            }
            Thread.sleep(50);
        }
    }

    /** Removes everything it made, whatever state the setup reached. */
    @Override
    public void close() {
        listeners.forEach(Process::destroy);
        for (Process listener : listeners) {
            try {
                listener.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        quietly("ip", "netns", "del", namespace);
        quietly("ip", "link", "del", hostLink);
        if (addedUnreachableRoute) {
            quietly("ip", "route", "del", "unreachable", UNREACHABLE_RANGE);
        }
    }

    private String inNamespace(String... command) throws IOException, InterruptedException {
        String[] full = new String[command.length + 4];
        full[0] = "ip";
        full[1] = "netns";
        full[2] = "exec";
        full[3] = namespace;
        System.arraycopy(command, 0, full, 4, command.length);
        return run(full);
    }

    private static void quietly(String... command) {
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // cleanup of something that may never have been made
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip().toLowerCase(Locale.ROOT));
        }
        return output;
    }
}
