package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoapReplyReaderTest {

    @ParameterizedTest(name = "{0} with HTTP {1}")
    @CsvSource({
            "fault-not-authorized.xml, 400, NOT_AUTHORIZED, env:Sender ter:NotAuthorized",
            "fault-action-not-supported.xml, 500, NOT_SUPPORTED, env:Receiver ter:ActionNotSupported",
            "fault-nonstandard-auth.xml, 500, NOT_AUTHORIZED, env:Client (reason mentions auth)",
            "fault-no-profile.xml, 500, OTHER, env:Sender ter:InvalidArgVal ter:NoProfile",
            "fault-not-authorized.xml, 200, NOT_AUTHORIZED, env:Sender ter:NotAuthorized"})
    void classifiesFaults(String file, int status, FaultKind kind, String detail) {
        assertThatThrownBy(() -> SoapReplyReader.read("GetProfiles", status, Fixtures.bytes("onvif/" + file), false))
                .isInstanceOfSatisfying(OnvifCallException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(kind);
                    assertThat(refused.detail()).isEqualTo(detail);
                    assertThat(refused.operation()).isEqualTo("GetProfiles");
                });
    }

    @Test
    void neverRepeatsTheFaultsFreeText() {
        assertThatThrownBy(() -> SoapReplyReader.read("GetProfiles", 500,
                Fixtures.bytes("onvif/fault-nonstandard-auth.xml"), false))
                .hasMessageNotContaining("admin").hasMessageNotContaining("Authentication failed");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"404", "405"})
    void readsAMissingServiceAsNotSupported(int status) {
        assertThatThrownBy(() -> SoapReplyReader.read("GetSnapshotUri", status, html(), false))
                .isInstanceOfSatisfying(OnvifCallException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(FaultKind.NOT_SUPPORTED);
                    assertThat(refused.noServiceThere()).isTrue();
                });
    }

    @Test
    void tellsA401AfterDigestFromAFirst401() {
        assertThatThrownBy(() -> SoapReplyReader.read("GetDeviceInformation", 401, html(), true))
                .isInstanceOfSatisfying(OnvifCallException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(FaultKind.NOT_AUTHORIZED);
                    assertThat(refused.detail()).isEqualTo("HTTP 401 after Digest");
                });
        assertThatThrownBy(() -> SoapReplyReader.read("GetDeviceInformation", 401, new byte[0], false))
                .hasMessageContaining("HTTP 401, credentials required");
    }

    @Test
    void reportsAServerErrorPageWithoutFault() {
        assertThatThrownBy(() -> SoapReplyReader.read("GetProfiles", 503, html(), false))
                .isExactlyInstanceOf(PeerProtocolException.class)
                .hasMessage("GetProfiles answered HTTP 503 without a SOAP fault");
    }

    @Test
    void refusesAnXxeReply() {
        byte[] xxe = ("<!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><e:Envelope "
                + "xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Body><r>&x;</r></e:Body></e:Envelope>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SoapReplyReader.read("GetDeviceInformation", 200, xxe, false))
                .isExactlyInstanceOf(PeerProtocolException.class).hasMessageContaining("DOCTYPE");
    }

    private static byte[] html() {
        return "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8);
    }
}
