package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.discovery.onvif.OnvifScopes;
import io.ohmvision.discovery.onvif.ProbeMatch;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which device service a WS-Discovery answer leads to: only one on the address the answer came from. */
class OnvifDiscoveryTest {

    private final List<String> notFollowed = new ArrayList<>();

    @Test
    void asksTheFirstXAddrOnTheSendersAddress() throws UnknownHostException {
        ProbeMatch match = match("192.0.2.17", "http://[fe80::1]:8000/onvif/device_service",
                "http://192.0.2.17:8000/onvif/device_service");

        assertThat(OnvifDiscovery.deviceService(match, notFollowed))
                .contains(URI.create("http://192.0.2.17:8000/onvif/device_service"));
        assertThat(notFollowed).isEmpty();
    }

    @Test
    void asksNothingWhenEveryXAddrIsElsewhereAndSaysWhy() throws UnknownHostException {
        ProbeMatch match = match("192.0.2.17", "http://203.0.113.9/onvif/device_service",
                "ftp://192.0.2.17/onvif/device_service", "http://192.0.2.17/a b");

        assertThat(OnvifDiscovery.deviceService(match, notFollowed)).isEmpty();
        assertThat(notFollowed).containsExactly(
                "XAddrs pointed to http://203.0.113.9/onvif/device_service (another host): not followed",
                "XAddrs gave ftp://192.0.2.17/onvif/device_service (a scheme OhmVision does not connect to a device "
                        + "over): not followed",
                "XAddrs gave http://192.0.2.17/a b (not a URI): not followed");
    }

    @Test
    void asksTheSendersDefaultServiceWhenItGaveNoXAddr() throws UnknownHostException {
        assertThat(OnvifDiscovery.deviceService(match("2001:db8::7"), notFollowed))
                .contains(URI.create("http://[2001:db8:0:0:0:0:0:7]/onvif/device_service"));
    }

    private static ProbeMatch match(String sender, String... xaddrs) throws UnknownHostException {
        return new ProbeMatch("urn:uuid:1", List.of(), OnvifScopes.parse(null), List.of(xaddrs),
                InetAddress.getByName(sender));
    }
}
