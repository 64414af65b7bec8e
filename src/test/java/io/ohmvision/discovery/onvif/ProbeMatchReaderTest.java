package io.ohmvision.discovery.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.Fixtures;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbeMatchReaderTest {

    private static final String OUR_PROBE = "urn:uuid:44302cbf-0d18-4feb-79b3-33b575263da3";
    private static final InetAddress SENDER = address("192.0.2.17");

    @Test
    void readsAMatchAndReplacesTheZeroAddressWithTheSender() {
        List<ProbeMatch> matches = ProbeMatchReader.read(Fixtures.bytes("onvif/probe-matches-zero-address.xml"),
                SENDER, Set.of(OUR_PROBE));

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.endpoint()).isEqualTo("urn:uuid:2419d68a-2dd2-21b2-a205-ec:71:db:16:a0:3f");
            assertThat(match.types()).containsExactly("dn:NetworkVideoTransmitter", "tds:Device");
            assertThat(match.xaddrs()).containsExactly("http://192.0.2.17:8000/onvif/device_service",
                    "http://[fe80::ee71:dbff:fe16:a03f]:8000/onvif/device_service");
            assertThat(match.scopes().hardware()).isEqualTo("RLC-510A");
            assertThat(match.scopes().name()).isEqualTo("Front Door é");
            assertThat(match.scopes().macAddress()).isEqualTo("ec:71:db:16:a0:3f");
            assertThat(match.scopes().profiles()).containsExactly("Streaming", "T");
            assertThat(match.scopes().all()).hasSize(7);
            assertThat(match.sender()).isEqualTo(SENDER);
        });
    }

    @Test
    void dropsAMatchRelatingToSomeoneElsesProbe() {
        assertThat(ProbeMatchReader.read(Fixtures.bytes("onvif/probe-matches-zero-address.xml"), SENDER,
                Set.of("urn:uuid:00000000-0000-0000-0000-000000000000"))).isEmpty();
    }

    @Test
    void dropsAnXxeDatagram() {
        byte[] xxe = ("<!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><e><Header><RelatesTo>" + OUR_PROBE
                + "</RelatesTo></Header><Body><ProbeMatches><ProbeMatch><EndpointReference><Address>&x;</Address>"
                + "</EndpointReference></ProbeMatch></ProbeMatches></Body></e>").getBytes(StandardCharsets.UTF_8);

        assertThat(ProbeMatchReader.read(xxe, SENDER, Set.of(OUR_PROBE))).isEmpty();
    }

    @Test
    void dropsGarbage() {
        assertThat(ProbeMatchReader.read(new byte[] {1, 2, 3}, SENDER, Set.of(OUR_PROBE))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "http://0.0.0.0/onvif/device_service, http://192.0.2.17/onvif/device_service",
            "http://:8080/onvif/device_service, http://192.0.2.17:8080/onvif/device_service",
            "http://0.0.0.0, http://192.0.2.17",
            "http://10.0.0.5/onvif/device_service, http://10.0.0.5/onvif/device_service",
            "http://0.0.0.01/x, http://0.0.0.01/x"})
    void replacesOnlyUnusableHosts(String announced, String expected) {
        assertThat(ProbeMatchReader.reachable(List.of(announced), SENDER)).containsExactly(expected);
    }

    @Test
    void bracketsAnIpv6Sender() {
        assertThat(ProbeMatchReader.reachable(List.of("http://0.0.0.0:80/x"), address("fe80::1")))
                .containsExactly("http://[fe80:0:0:0:0:0:0:1]:80/x");
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException impossibleForALiteral) {
            throw new IllegalStateException(impossibleForALiteral);
        }
    }
}
