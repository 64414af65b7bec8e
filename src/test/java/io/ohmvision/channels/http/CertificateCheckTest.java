package io.ohmvision.channels.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.TlsTrust;
import io.ohmvision.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

/** Decisions on a camera's self-signed certificate (made by openssl, fingerprint from openssl -fingerprint). */
class CertificateCheckTest {

    private static final String FINGERPRINT =
            "3C:B5:3F:65:89:68:FB:46:31:36:13:18:C7:C5:65:E2:63:57:5F:EC:F8:B2:D9:D5:92:7B:21:A8:57:83:13:A7";
    private static final X509Certificate[] CHAIN = {camera()};

    @Test
    void refusesASelfSignedCertificateOnTheSystemTrustStoreAndNamesIt() {
        CertificateCheck check = new CertificateCheck(TlsTrust.SYSTEM);

        assertThatThrownBy(() -> check.checkServerTrusted(CHAIN, "RSA")).isInstanceOf(CertificateException.class);
        assertThat(check.refusal()).isEqualTo("untrusted certificate, SHA-256 " + FINGERPRINT
                + " (pin it to trust this camera)");
        assertThat(check.presentedSha256()).isEqualTo(FINGERPRINT);
    }

    @Test
    void acceptsThePinnedCertificate() throws CertificateException {
        CertificateCheck check = new CertificateCheck(TlsTrust.pinned(FINGERPRINT));

        check.checkServerTrusted(CHAIN, "RSA");

        assertThat(check.refusal()).isNull();
        assertThat(check.checksHostName()).isFalse();
    }

    @Test
    void refusesACertificateOtherThanThePinnedOne() {
        String other = FINGERPRINT.replace("3C:B5", "00:00");
        CertificateCheck check = new CertificateCheck(TlsTrust.pinned(other));

        assertThatThrownBy(() -> check.checkServerTrusted(CHAIN, "RSA")).isInstanceOf(CertificateException.class);
        assertThat(check.refusal()).isEqualTo("certificate SHA-256 " + FINGERPRINT + " is not the pinned " + other);
    }

    @Test
    void acceptsAnyCertificateOnFirstUseAndRemembersIt() throws CertificateException {
        CertificateCheck check = new CertificateCheck(TlsTrust.TRUST_ON_FIRST_USE);

        check.checkServerTrusted(CHAIN, "RSA");

        assertThat(check.presentedSha256()).isEqualTo(FINGERPRINT);
    }

    private static X509Certificate camera() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Fixtures.bytes("http/camera-self-signed.pem")));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
