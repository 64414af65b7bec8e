package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void aSlash24HasTwoHundredFiftyFourHostsWithoutNetworkAndBroadcast() {
        Cidr cidr = Cidr.parse("198.18.0.0/24");

        assertThat(cidr.size()).isEqualTo(256);
        assertThat(cidr.hostCount()).isEqualTo(254);
        assertThat(cidr.hosts().mapToObj(Cidr::format).toList())
                .hasSize(254).startsWith("198.18.0.1", "198.18.0.2").endsWith("198.18.0.254");
    }

    @Test
    void hostBitsAreClearedLikeIpRouteDoes() {
        assertThat(Cidr.parse(" 192.168.1.77/24 ")).isEqualTo(Cidr.parse("192.168.1.0/24"));
        assertThat(Cidr.parse("192.168.1.77/24")).hasToString("192.168.1.0/24");
    }

    @Test
    void aBareAddressIsOneHost() {
        Cidr cidr = Cidr.parse("10.1.2.3");

        assertThat(cidr.prefix()).isEqualTo(32);
        assertThat(cidr.hosts().mapToObj(Cidr::format).toList()).containsExactly("10.1.2.3");
    }

    @Test
    void pointToPointAndHighAddressesKeepEveryAddress() {
        assertThat(Cidr.parse("255.255.255.254/31").hosts().mapToObj(Cidr::format).toList())
                .containsExactly("255.255.255.254", "255.255.255.255");
        assertThat(Cidr.parse("200.0.0.0/30").hosts().mapToObj(Cidr::format).toList())
                .containsExactly("200.0.0.1", "200.0.0.2");
    }

    @Test
    void containmentFollowsThePrefix() {
        Cidr lan = Cidr.parse("192.168.0.0/16");

        assertThat(lan.contains(Cidr.parse("192.168.7.0/24"))).isTrue();
        assertThat(lan.contains(Cidr.parse("192.0.0.0/8"))).isFalse();
        assertThat(lan.contains(Cidr.parse("192.169.0.0/24"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(Cidr.parse("8.8.8.8"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "192.168.1/24", "192.168.1.0/33", "256.1.1.1/24", "fe80::/64", "a.b.c.d/8",
            "192.168.1.0/24/1", "192.168.1.0 /24"})
    void badTextIsRefusedWithAnExplanation(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining(text.isEmpty() ? "CIDR" : text.strip());
    }
}
