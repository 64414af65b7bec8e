package io.ohmvision.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A camera subnet in a network namespace (test-peers.md): a veth pair with the host side at 198.18.0.1/24 and the
 * namespace side at {@link #DEVICE_ADDRESS}. Nothing can leave the machine: 198.18.0.0/15 is unreachable beyond the
 * veth, and 239.255.255.250 is routed to the veth on both sides. Names are unique per instance; {@link #close}
 * deletes the namespace (which takes the veth pair and its routes with it) and any route it added on the host.
 * Needs root and iproute2.
 */
public final class TestSubnet implements AutoCloseable {

    public static final String HOST_ADDRESS = "198.18.0.1";
    public static final String DEVICE_ADDRESS = "198.18.0.10";
    private static final String MULTICAST_ROUTE = "239.255.255.250/32";
    private static final String BENCHMARK_RANGE = "198.18.0.0/15";

    private final String namespace;
    private final String hostSide;
    private final List<List<String>> undoOnHost = new ArrayList<>();

    private TestSubnet(String suffix) {
        this.namespace = "ohmv-onvif-" + suffix;
        this.hostSide = "ovh" + suffix;
    }

    /** Whether this process may create namespaces, and the host has no 198.18.0.1 already (another test's subnet). */
    public static boolean possibleHere() {
        return "root".equals(System.getProperty("user.name"))
                && run("ip", "-4", "addr", "show", "to", HOST_ADDRESS + "/32").output().isBlank();
    }

    public static TestSubnet create() {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        TestSubnet subnet = new TestSubnet(HexFormat.of().formatHex(random));
        try {
            subnet.build();
            return subnet;
        } catch (RuntimeException failed) {
            subnet.close();
            throw failed;
        }
    }

    private void build() {
        String deviceSide = "ovd" + hostSide.substring(3);
        check("ip", "netns", "add", namespace);
        check("ip", "link", "add", hostSide, "type", "veth", "peer", "name", deviceSide, "netns", namespace);
        check("ip", "addr", "add", HOST_ADDRESS + "/24", "dev", hostSide);
        check("ip", "link", "set", hostSide, "up");
        check("ip", "-n", namespace, "addr", "add", DEVICE_ADDRESS + "/24", "dev", deviceSide);
        check("ip", "-n", namespace, "link", "set", deviceSide, "up");
        check("ip", "-n", namespace, "link", "set", "lo", "up");
        check("ip", "-n", namespace, "route", "add", MULTICAST_ROUTE, "dev", deviceSide);
        check("ip", "-n", namespace, "route", "add", "unreachable", BENCHMARK_RANGE);
        // Host-wide routes may already exist (another subnet of this kind): then they stay theirs.
        addHostRouteIfAbsent(List.of("unreachable", BENCHMARK_RANGE));
        addHostRouteIfAbsent(List.of(MULTICAST_ROUTE, "dev", hostSide));
    }

    private void addHostRouteIfAbsent(List<String> route) {
        List<String> add = new ArrayList<>(List.of("ip", "route", "add"));
        add.addAll(route);
        if (run(add.toArray(String[]::new)).status() == 0) {
            List<String> delete = new ArrayList<>(List.of("ip", "route", "del"));
            delete.addAll(route);
            undoOnHost.add(delete);
        }
    }

    public String namespace() {
        return namespace;
    }

    /** The host side of the veth pair: the one interface discovery may multicast on to reach this subnet. */
    public String hostInterface() {
        return hostSide;
    }

    @Override
    public void close() {
        for (List<String> undo : undoOnHost) {
            run(undo.toArray(String[]::new));
        }
        run("ip", "netns", "del", namespace);
        run("ip", "link", "del", hostSide); // normally gone with the namespace already
    }

    private static void check(String... command) {
        Result result = run(command);
        if (result.status() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + result.output());
        }
    }

    private record Result(int status, String output) {
    }

    private static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
