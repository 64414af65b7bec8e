package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace joined to this host by a veth pair, for peers that must not run on loopback (libnice leaves
 * loopback out of its ICE candidates). Traffic to the namespace's subnet goes over the veth and nowhere else. Names
 * are random so that parallel builds do not collide; {@link #close} removes both the veth and the namespace. Needs
 * root and iproute2.
 */
public final class TestNetworkNamespace implements AutoCloseable {

    /** Where a packet for the test range goes when no more specific route exists: nowhere, never off the machine. */
    private static final String TEST_RANGE = "198.18.0.0/15";

    private final String name;
    private final String hostVeth;
    private final String insideVeth;
    private final String address;
    private boolean addedUnreachableRoute;

    private TestNetworkNamespace(String suffix, String address) {
        this.name = "ohmv-ns-" + suffix;
        this.hostVeth = "owh" + suffix + "h"; // interface names have at most 15 characters
        this.insideVeth = "owh" + suffix + "n";
        this.address = address;
    }

    /**
     * @param hostCidr      the host end, e.g. "198.18.1.1/24"
     * @param namespaceCidr the namespace end in the same subnet, e.g. "198.18.1.10/24"
     */
    public static TestNetworkNamespace create(String hostCidr, String namespaceCidr) {
        String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
        TestNetworkNamespace namespace = new TestNetworkNamespace(suffix, namespaceCidr.split("/")[0]);
        String inside = namespace.insideVeth;
        try {
            ip("netns", "add", namespace.name);
            ip("link", "add", namespace.hostVeth, "type", "veth", "peer", "name", inside);
            ip("link", "set", inside, "netns", namespace.name);
            ip("addr", "add", hostCidr, "dev", namespace.hostVeth);
            ip("link", "set", namespace.hostVeth, "up");
            run(namespace.inside("ip", "addr", "add", namespaceCidr, "dev", inside), true);
            run(namespace.inside("ip", "link", "set", inside, "up"), true);
            run(namespace.inside("ip", "link", "set", "lo", "up"), true);
            return namespace;
        } catch (RuntimeException failed) {
            namespace.close();
            throw failed;
        }
    }

    /** The namespace end's address. */
    public String address() {
        return address;
    }

    /** A command line that runs the given one inside the namespace. */
    public List<String> inside(String... command) {
        List<String> line = new ArrayList<>(List.of("ip", "netns", "exec", name));
        line.addAll(List.of(command));
        return line;
    }

    /**
     * Cuts the link on the namespace's side, as a pulled cable would: the host keeps its route to the subnet (the
     * packets die on the dead link) and the test range is routed as unreachable besides, so nothing for it can
     * leave the machine whatever happens to the veth.
     */
    public void cutLink() {
        addedUnreachableRoute = addedUnreachableRoute
                || run(List.of("ip", "route", "add", "unreachable", TEST_RANGE), false);
        run(inside("ip", "link", "set", insideVeth, "down"), true);
    }

    public void restoreLink() {
        run(inside("ip", "link", "set", insideVeth, "up"), true);
    }

    /** Deleting the host end deletes its peer too; both steps tolerate what a failed create left out. */
    @Override
    public void close() {
        if (addedUnreachableRoute) {
            run(List.of("ip", "route", "del", "unreachable", TEST_RANGE), false);
        }
        run(List.of("ip", "link", "del", hostVeth), false);
        run(List.of("ip", "netns", "del", name), false);
    }

    private static void ip(String... arguments) {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(arguments));
        run(command, true);
    }

    /** @return whether the command succeeded */
    private static boolean run(List<String> command, boolean mustSucceed) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            boolean succeeded = process.exitValue() == 0;
            if (mustSucceed && !succeeded) {
                throw new IllegalStateException(String.join(" ", command) + " failed (root and iproute2 needed): "
                        + output.strip());
            }
            return succeeded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
