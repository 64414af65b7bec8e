package io.ohmvision.discovery.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.onvif.OnvifProbe;
import io.ohmvision.testing.OnvifSimulator;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WS-Discovery against the simulator on loopback: multicast pinned to {@code lo} (never another interface) and
 * unicast to its discovery port. Other simulators may be running on this machine, so results are looked up by the
 * simulator's own endpoint UUID.
 */
class WsDiscoveryIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "discovery-pw";
    /** Covers the simulator's random delay of up to 500 ms after the last of three rounds. */
    private static final WsDiscovery DISCOVERY = new WsDiscovery(3, Duration.ofMillis(150), Duration.ofMillis(1500));

    @Test
    void multicastPinnedToLoopbackFindsTheSimulatorOnce() throws Exception {
        try (OnvifSimulator device = simulator()) {
            List<ProbeMatch> found = DISCOVERY.discover(DiscoveryTargets.multicastOn("lo"));

            assertThat(found.stream().filter(m -> m.endpoint().equals(device.endpoint()))).singleElement()
                    .satisfies(match -> {
                        assertThat(match.xaddrs()).containsExactly(device.deviceServiceUrl());
                        assertThat(match.scopes().hardware()).isEqualTo("DS-2CD2143G2-I");
                        assertThat(match.scopes().name()).isEqualTo("Lobby cam é");
                        assertThat(match.scopes().macAddress()).isEqualTo("c0:56:e3:00:00:01");
                        assertThat(match.scopes().profiles()).contains("Streaming");
                        assertThat(match.types()).contains("tds:Device");
                    });
        }
    }

    @Test
    void unicastFindsTheSimulatorAndItsAddressWorks() throws Exception {
        try (OnvifSimulator device = simulator()) {
            List<ProbeMatch> found = DISCOVERY.discover(
                    DiscoveryTargets.unicastTo(new InetSocketAddress("127.0.0.1", device.discoveryPort())));

            assertThat(found).extracting(ProbeMatch::endpoint).containsExactly(device.endpoint());
            String xaddr = found.get(0).xaddrs().get(0);
            assertThat(new OnvifProbe().probe(new ProbeTarget(xaddr, USER, PASSWORD, Duration.ofSeconds(5))).outcome())
                    .isEqualTo(Outcome.OK);
        }
    }

    @Test
    void replacesTheZeroAddressWithTheSender() throws Exception {
        try (OnvifSimulator device = simulator("--announce-zero")) {
            List<ProbeMatch> found = DISCOVERY.discover(
                    DiscoveryTargets.unicastTo(new InetSocketAddress("127.0.0.1", device.discoveryPort())));

            assertThat(found).singleElement().satisfies(match ->
                    assertThat(match.xaddrs()).containsExactly(device.deviceServiceUrl()));
        }
    }

    private static OnvifSimulator simulator(String... options) {
        List<String> arguments = new ArrayList<>(List.of("--model", "DS-2CD2143G2-I",
                "--name", "Lobby cam é", "--mac", "c0:56:e3:00:00:01"));
        arguments.addAll(List.of(options));
        return OnvifSimulator.onLoopback(USER, PASSWORD, arguments.toArray(String[]::new));
    }
}
