package io.ohmvision.channels.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ThrowawayCertificateTest {

    private final ThrowawayCertificate certificate = ThrowawayCertificate.create(new SecureRandom());

    @Test
    void isAValidSelfSignedX509Certificate() throws Exception {
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.der()));

        parsed.verify(parsed.getPublicKey());
        parsed.checkValidity();
        assertThat(parsed.getVersion()).isEqualTo(3);
        assertThat(parsed.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(parsed.getSubjectX500Principal()).isEqualTo(parsed.getIssuerX500Principal());
    }

    @Test
    void fingerprintIsTheSha256OfTheDerInSdpForm() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.der());

        assertThat(certificate.sha256Fingerprint())
                .isEqualTo("sha-256 " + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest))
                .matches("sha-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }
}
