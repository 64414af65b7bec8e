package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangePolicyTest {

    private final RangePolicy policy = new RangePolicy(List.of(Cidr.parse("192.168.1.0/24"), Cidr.parse("10.0.0.0/16")),
            List.of(Cidr.parse("172.20.0.0/20")), 20);

    @Test
    void theHostsOwnSubnetsAndPartsOfThemMayBeScanned() {
        assertThat(policy.check(List.of("192.168.1.0/24", "10.0.4.0/22", "10.0.9.9")))
                .containsExactly(Cidr.parse("192.168.1.0/24"), Cidr.parse("10.0.4.0/22"), Cidr.parse("10.0.9.9/32"));
    }

    @Test
    void otherNetworksNeedTheConfiguration() {
        assertThat(policy.check(List.of("172.20.3.0/24"))).containsExactly(Cidr.parse("172.20.3.0/24"));
        assertThatThrownBy(() -> policy.check(List.of("192.168.2.0/24"))).isInstanceOf(ScanRefusedException.class)
                .hasMessage("192.168.2.0/24 is not a subnet of this host (192.168.1.0/24, 10.0.0.0/16) nor listed in "
                        + "ohmvision.discovery.allowed-cidrs (172.20.0.0/20)");
    }

    @Test
    void aRangeWiderThanTheLimitIsRefusedEvenOnTheHostsOwnNetwork() {
        assertThatThrownBy(() -> policy.check(List.of("10.0.0.0/16"))).isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("10.0.0.0/16 has 65536 addresses").hasMessageContaining("/20 (4096 addresses)");
        assertThat(policy.check(List.of("10.0.0.0/20"))).hasSize(1);
    }

    @Test
    void theLimitHoldsForAllRangesTogether() {
        assertThatThrownBy(() -> policy.check(List.of("10.0.0.0/20", "192.168.1.0/24")))
                .isInstanceOf(ScanRefusedException.class).hasMessageContaining("4352 addresses together");
    }

    @Test
    void repeatsAreScannedOnce() {
        assertThat(policy.check(List.of("192.168.1.0/24", "192.168.1.9/24"))).containsExactly(Cidr.parse("192.168.1.0/24"));
    }

    @Test
    void anEmptyRequestAndBadTextAreRefused() {
        assertThatThrownBy(() -> policy.check(List.of())).isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("at least one network");
        assertThatThrownBy(() -> policy.check(List.of("192.168.1.0/24", "my camera")))
                .isInstanceOf(ScanRefusedException.class).hasMessageContaining("'my camera' is not an IPv4 network");
    }

    @Test
    void aSingleDeviceAddressIsHeldToTheSameNetworks() {
        assertThat(policy.checkAddress(" 192.168.1.64 ")).isEqualTo(Cidr.parse("192.168.1.64/32"));
        assertThat(policy.checkAddress("172.20.15.1")).isEqualTo(Cidr.parse("172.20.15.1/32"));
        assertThatThrownBy(() -> policy.checkAddress("203.0.113.9")).isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("203.0.113.9 is not on a subnet of this host (192.168.1.0/24, 10.0.0.0/16)");
        assertThatThrownBy(() -> policy.checkAddress("192.168.1.0/24")).isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("is not an IPv4 address");
        assertThatThrownBy(() -> policy.checkAddress(null)).isInstanceOf(ScanRefusedException.class);
        assertThatThrownBy(() -> policy.checkAddress("camera.local")).isInstanceOf(ScanRefusedException.class);
    }
}
