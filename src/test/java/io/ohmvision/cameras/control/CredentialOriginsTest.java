package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.StreamUrl;
import io.ohmvision.platform.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialOriginsTest {

    private static final CredentialOrigins STORED = CredentialOrigins.of("rtsp://192.0.2.10/Streaming/Channels/101",
            null, "http://192.0.2.10/ISAPI/Streaming/channels/101/picture");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "rtsp://192.0.2.10/Streaming/Channels/102, true",
            "rtsp://192.0.2.10:554/other/path?x=1, true",
            "RTSP://192.0.2.10/upper-case-scheme, true",
            "http://192.0.2.10:80/snap.jpg, true",
            "rtsp://192.0.2.10:8554/Streaming/Channels/101, false",
            "rtsp://192.0.2.11/Streaming/Channels/101, false",
            "rtsps://192.0.2.10/Streaming/Channels/101, false",
            "https://192.0.2.10/ISAPI/Streaming/channels/101/picture, false",
            "http://192.0.2.10:8080/snap.jpg, false",
            "not a url, false"})
    void aUrlIsCoveredOnlyAtTheSameSchemeHostAndPortWithDefaultsFilledIn(String url, boolean covered) {
        assertThat(STORED.covers(url)).isEqualTo(covered);
    }

    @Test
    void theDeviceServiceOnTheStreamsHostIsCoveredAtItsOwnPort() {
        CredentialOrigins withDevice = STORED.withDeviceService("http://192.0.2.10:8000/onvif/device_service");

        assertThat(withDevice.covers("http://192.0.2.10:8000/onvif/device_service")).isTrue();
        assertThat(STORED.covers("http://192.0.2.10:8000/onvif/device_service")).as("not without it").isFalse();
        assertThat(withDevice.covers("http://192.0.2.10:8001/onvif/device_service")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http://198.51.100.66/onvif/device_service", "http://192.0.2.100/onvif/device_service",
            "http://192.0.2.10.attacker.example/onvif/device_service", "not a url"})
    void aDeviceServiceOnAnotherHostThanTheStreamsGetsNoPassword(String deviceService) {
        CredentialOrigins withDevice = STORED.withDeviceService(deviceService);

        assertThat(withDevice.covers(deviceService)).isFalse();
        assertThat(withDevice.toString()).isEqualTo(STORED.toString());
    }

    @Test
    void aCameraWithoutUrlsTrustsNoDeviceService() {
        assertThat(CredentialOrigins.of((String) null).withDeviceService("http://192.0.2.10/onvif/device_service")
                .covers("http://192.0.2.10/onvif/device_service")).isFalse();
    }

    @Test
    void hostsCompareWithoutCaseAndIpv6KeepsItsBrackets() {
        CredentialOrigins named = CredentialOrigins.of("rtsp://Cam-01.Example/live", "rtsp://[2001:db8::1]:8554/x");
        assertThat(named.covers("rtsp://cam-01.example:554/sub")).isTrue();
        assertThat(named.covers("rtsp://[2001:db8::1]:8554/y")).isTrue();
        assertThat(named).hasToString("rtsp://cam-01.example:554, rtsp://[2001:db8::1]:8554");
    }

    @Test
    void theSameOriginIsNeverRefused() {
        assertThatCode(() -> STORED.checkChange(change("rtsp://192.0.2.10:554/other"), true, false, false))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "new port, rtsp://192.0.2.10:8554/Streaming/Channels/101, rtsp://192.0.2.10:8554",
            "new host, rtsp://203.0.113.9/Streaming/Channels/101, rtsp://203.0.113.9:554",
            "new scheme, rtsps://192.0.2.10/Streaming/Channels/101, rtsps://192.0.2.10:322"})
    void aNewOriginWithAKeptPasswordIs409NamingItAndWhatToDo(String what, String url, String origin) {
        assertThatThrownBy(() -> STORED.checkChange(change(url), true, false, false))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.CONFLICT);
                    assertThat(e.getMessage()).contains("primaryStreamUrl " + origin)
                            .contains("rtsp://192.0.2.10:554").contains("Send the password again")
                            .contains("moveCredentials");
                });
    }

    @Test
    void anAdminWithoutTheExplicitFlagIsRefusedToo() {
        assertThatThrownBy(() -> STORED.checkChange(change("rtsp://203.0.113.9/x"), true, true, false))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(Status.CONFLICT));
    }

    @Test
    void anAdminWhoSaysSoMovesTheStoredPassword() {
        assertThatCode(() -> STORED.checkChange(change("rtsp://203.0.113.9/x"), true, true, true))
                .doesNotThrowAnyException();
    }

    @Test
    void anOperatorWhoAsksToMoveItIsForbidden() {
        assertThatThrownBy(() -> STORED.checkChange(change("rtsp://203.0.113.9/x"), true, false, true))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(Status.FORBIDDEN));
    }

    @Test
    void withNoSecretKeptANewOriginIsNeverRefused() {
        // no password stored, or the change gives it again (re-typed or new), or clears it
        assertThatCode(() -> STORED.checkChange(change("rtsp://203.0.113.9/x"), false, false, false))
                .doesNotThrowAnyException();
    }

    @Test
    void everyFieldCountsAndTheFirstNewOriginIsNamedByItsField() {
        List<CredentialOrigins.FieldUrl> after = List.of(field("primaryStreamUrl", "rtsp://192.0.2.10/a"),
                field("secondaryStreamUrl", null), field("snapshotUrl", "http://198.51.100.7:8080/snap.jpg"));
        assertThatThrownBy(() -> STORED.checkChange(after, true, false, false))
                .hasMessageContaining("snapshotUrl http://198.51.100.7:8080").hasMessageNotContaining("primaryStreamUrl");
    }

    private static List<CredentialOrigins.FieldUrl> change(String primary) {
        return List.of(field("primaryStreamUrl", primary));
    }

    private static CredentialOrigins.FieldUrl field(String name, String url) {
        return new CredentialOrigins.FieldUrl(name, url == null ? null : StreamUrl.parse(url).orElseThrow());
    }
}
