package io.ohmvision.discovery.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.onvif.OnvifProbe;
import io.ohmvision.testing.OnvifSimulator;
import io.ohmvision.testing.TestSubnet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WS-Discovery across a real (virtual) link: the simulator runs inside a network namespace at 198.18.0.10 and
 * announces 0.0.0.0, and discovery multicasts on the host side of the veth only. Skipped when not root or when
 * another test's 198.18.0.1 subnet is up on this host.
 */
class NamespaceDiscoveryIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "ns-pw";
    private static final WsDiscovery DISCOVERY = new WsDiscovery(3, Duration.ofMillis(150), Duration.ofMillis(1500));

    @Test
    void findsTheDeviceOnlyThroughTheChosenInterface() throws Exception {
        assumeTrue(TestSubnet.possibleHere(), "needs root, and no other 198.18.0.1 test subnet on this host");
        try (TestSubnet subnet = TestSubnet.create();
             OnvifSimulator device = OnvifSimulator.inNamespace(subnet.namespace(), TestSubnet.DEVICE_ADDRESS, USER,
                     PASSWORD, "--announce-zero")) {

            List<ProbeMatch> onVeth = DISCOVERY.discover(DiscoveryTargets.multicastOn(subnet.hostInterface()));
            List<ProbeMatch> onLoopback = DISCOVERY.discover(DiscoveryTargets.multicastOn("lo"));

            assertThat(onVeth).singleElement().satisfies(match -> {
                assertThat(match.endpoint()).isEqualTo(device.endpoint());
                assertThat(match.sender().getHostAddress()).isEqualTo(TestSubnet.DEVICE_ADDRESS);
                assertThat(match.xaddrs()).containsExactly(device.deviceServiceUrl());
            });
            assertThat(onLoopback).extracting(ProbeMatch::endpoint).doesNotContain(device.endpoint());

            ProbeResult probed = new OnvifProbe().probe(new ProbeTarget(onVeth.get(0).xaddrs().get(0), USER, PASSWORD,
                    Duration.ofSeconds(5)));
            assertThat(probed.outcome()).as(probed.reason()).isEqualTo(Outcome.OK);
        }
    }
}
