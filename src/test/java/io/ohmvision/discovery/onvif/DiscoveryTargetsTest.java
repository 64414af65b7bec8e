package io.ohmvision.discovery.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTargetsTest {

    @Test
    void refusesToProbeNowhere() {
        assertThatThrownBy(() -> new DiscoveryTargets(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnInterfaceThatDoesNotExist() {
        assertThatThrownBy(() -> DiscoveryTargets.multicastOn("no-such-if0"))
                .hasMessage("no network interface named no-such-if0");
    }

    @Test
    void pinsLoopbackToItsIpv4Address() throws Exception {
        DiscoveryTargets targets = DiscoveryTargets.multicastOn("lo");

        assertThat(DiscoveryTargets.ipv4Of(targets.interfaces().get(0))).isEqualTo(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void keepsEveryRoundOfAllThreeTypesWithinTheListeningWindow() {
        assertThatThrownBy(() -> new WsDiscovery(3, Duration.ofMillis(500), Duration.ofMillis(900)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProbeType.values()).extracting(ProbeType::types)
                .containsExactly("dn:NetworkVideoTransmitter", "tds:Device", "");
    }
}
