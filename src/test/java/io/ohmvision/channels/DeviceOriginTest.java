package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceOriginTest {

    private final DeviceOrigin camera = DeviceOrigin.of("192.0.2.10");

    @ParameterizedTest
    @ValueSource(strings = {"rtsp://192.0.2.10:554/Streaming/Channels/101", "http://192.0.2.10/onvif/snapshot.jpg",
            "https://192.0.2.10:8443/x", "rtsp://user:pass@192.0.2.10/live", "http://192.0.2.10./x"})
    void followsTheDevicesOwnHostOnAnyPort(String uri) {
        assertThat(camera.refusal("GetStreamUri", uri)).isEmpty();
    }

    @Test
    void refusesAnotherHostAndSaysWhichAndWhy() {
        assertThat(camera.refusal("GetStreamUri (profile main)", "rtsp://203.0.113.9:554/live"))
                .contains("GetStreamUri (profile main) pointed to rtsp://203.0.113.9:554/live (another host): "
                        + "not followed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/latest/meta-data", "http://192.0.2.100/x", "http://192.0.2.10.evil.test/",
            "http://evil.test/", "http://192.0.2.10@203.0.113.9/", "rtsp://[::1]/x", "http://3221225994/x",
            "http://0xc0.0.2.10/x"})
    void refusesEveryOtherHostIncludingTrickySpellings(String uri) {
        assertThat(camera.refusal("redirect (302)", uri)).get().asString().endsWith("(another host): not followed");
    }

    /** java.net.URI reads 203.0.113.9 here, the lenient stored-URL parser 192.0.2.10: either could connect. */
    @Test
    void refusesASchemeNoDeviceIsReachedOverEvenOnItsOwnHost() {
        assertThat(DeviceOrigin.of("192.0.2.10").refusal("GetStreamUri", "ftp://192.0.2.10/stream"))
                .contains("GetStreamUri gave ftp://192.0.2.10/stream (a scheme OhmVision does not connect to a "
                        + "device over): not followed");
        assertThat(DeviceOrigin.of("192.0.2.10").refusal("GetStreamUri", "file://192.0.2.10/etc/passwd")).isPresent();
    }

    @Test
    void refusesAUriTheTwoParsersReadDifferently() {
        assertThat(camera.refusal("GetSnapshotUri", "http://203.0.113.9#@192.0.2.10/snap.jpg")).get().asString()
                .endsWith("(not a URL with a host): not followed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "/relative/path", "not a url", ""})
    void refusesWhatHasNoHost(String uri) {
        assertThat(camera.refusal("GetStreamUri", uri)).get().asString()
                .endsWith("(not a URL with a host): not followed");
    }

    @Test
    void aNameTheUserGaveCoversTheAddressesItResolvesTo() throws UnknownHostException {
        DeviceOrigin byName = DeviceOrigin.of("localhost");
        String loopback = InetAddress.getByName("localhost").getHostAddress();

        assertThat(byName.refusal("GetStreamUri", "rtsp://" + loopback + "/live")).isEmpty();
        assertThat(byName.refusal("GetStreamUri", "rtsp://LOCALHOST/live")).isEmpty();
        assertThat(byName.refusal("GetStreamUri", "rtsp://127.0.0.2/live")).isPresent();
    }

    @Test
    void aNameADeviceGivesIsNeverTakenForItsAddress() {
        DeviceOrigin sender = DeviceOrigin.of(InetAddress.getLoopbackAddress());

        assertThat(sender.refusal("XAddrs", "http://localhost/onvif/device_service")).isPresent();
        assertThat(sender.refusal("XAddrs", "http://127.0.0.1:8080/onvif/device_service")).isEmpty();
    }

    @Test
    void comparesIpv6AddressesAsAddresses() {
        assertThat(DeviceOrigin.of("[2001:db8::1]").refusal("XAddrs", "http://[2001:DB8:0::1]:80/x")).isEmpty();
    }

    @Test
    void quotesARefusedUriMaskedOnOneLineAndShort() {
        String line = camera.refusal("GetStreamUri", "rtsp://admin:secret@203.0.113.9/" + "a".repeat(5000)
                + "\r\nInjected: header").orElseThrow();

        assertThat(line).doesNotContain("secret").doesNotContain("\n").contains("admin:***@203.0.113.9")
                .hasSizeLessThan(300);
    }

    @Test
    void sameOriginMeansSchemeHostAndPort() {
        URI camera = URI.create("http://192.0.2.10/snap.jpg");

        assertThat(DeviceOrigin.sameOrigin(camera, URI.create("http://192.0.2.10:80/other"))).isTrue();
        assertThat(DeviceOrigin.sameOrigin(camera, URI.create("http://192.0.2.10:8080/snap.jpg"))).isFalse();
        assertThat(DeviceOrigin.sameOrigin(camera, URI.create("https://192.0.2.10/snap.jpg"))).isFalse();
    }
}
