package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkInfoTest {

    @Test
    void onlyTheIpv4SubnetsOfInterfacesThatAreUpMayBeScannedByDefault() {
        NetworkInfo info = new NetworkInfo(List.of(
                new NetworkInfo.Interface("lo", true, true, null, List.of(
                        new NetworkInfo.Address("127.0.0.1", 8, "127.0.0.0/8"), new NetworkInfo.Address("::1", 128, null))),
                new NetworkInfo.Interface("eth0", true, false, "02:fc:00:00:00:01", List.of(
                        new NetworkInfo.Address("192.168.1.20", 24, "192.168.1.0/24"),
                        new NetworkInfo.Address("fd00::2", 64, null))),
                new NetworkInfo.Interface("wlan0", false, false, "02:fc:00:00:00:02", List.of(
                        new NetworkInfo.Address("10.0.0.5", 16, "10.0.0.0/16")))),
                new DefaultRoute("eth0", "192.168.1.1", 100));

        assertThat(info.onLinkSubnets()).containsExactly(Cidr.parse("127.0.0.0/8"), Cidr.parse("192.168.1.0/24"));
        assertThat(info.gateway()).map(DefaultRoute::gateway).contains("192.168.1.1");
    }

    @Test
    void theHostsOwnInterfacesIncludeLoopbackWithItsSubnet() {
        NetworkInfo info = NetworkInfo.read();

        assertThat(info.interfaces()).anySatisfy(i -> {
            assertThat(i.loopback()).isTrue();
            assertThat(i.addresses()).extracting(NetworkInfo.Address::subnet).contains("127.0.0.0/8");
        });
        assertThat(info.onLinkSubnets()).contains(Cidr.parse("127.0.0.0/8"));
    }
}
