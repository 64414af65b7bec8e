package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UsernameTokenTest {

    /** The worked example of the ONVIF Application Programmer's Guide (also checked with openssl sha1 | base64). */
    @Test
    void matchesTheOnvifProgrammersGuideVector() {
        byte[] nonce = Base64.getDecoder().decode("LKqI6G/AikKCQrN0zqZFlg==");

        UsernameToken token = UsernameToken.of("user", "userpassword", nonce, "2010-09-16T07:50:45Z");

        assertThat(token.passwordDigest()).isEqualTo("tuOSpGlFlIXsozq4HFNeeGeFLEI=");
        assertThat(token.nonceBase64()).isEqualTo("LKqI6G/AikKCQrN0zqZFlg==");
    }

    @Test
    void datesTheTokenOnTheGivenClockInWholeUtcSeconds() {
        UsernameToken token = UsernameToken.create("admin", "pw", Instant.parse("2030-01-02T03:04:05.678Z"));

        assertThat(token.created()).isEqualTo("2030-01-02T03:04:05Z");
        assertThat(Base64.getDecoder().decode(token.nonceBase64())).hasSize(16);
    }

    @Test
    void neverShowsThePasswordOrDigest() {
        UsernameToken token = UsernameToken.create("admin", "s3cret", Instant.now());

        assertThat(token.toXml()).doesNotContain("s3cret").contains("<wsse:Username>admin</wsse:Username>")
                .contains("#PasswordDigest\">" + token.passwordDigest() + "<");
        assertThat(token.toString()).doesNotContain(token.passwordDigest());
    }

    @Test
    void escapesTheUserName() {
        assertThat(UsernameToken.create("a<b&c", "pw", Instant.now()).toXml())
                .contains("<wsse:Username>a&lt;b&amp;c</wsse:Username>");
    }
}
