package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BrowserOrBasicAuthenticationTest {

    @Test
    void theConsoleItsLoginPageAndItsPushChannelAreBrowserPaths() {
        assertThat(BrowserOrBasicAuthentication.isBrowserPath("/admin/dashboard.xhtml")).isTrue();
        assertThat(BrowserOrBasicAuthentication.isBrowserPath("/admin")).isTrue();
        assertThat(BrowserOrBasicAuthentication.isBrowserPath("/login.xhtml")).isTrue();
        assertThat(BrowserOrBasicAuthentication.isBrowserPath("/jakarta.faces.push/health")).isTrue();
    }

    @Test
    void theApiAndTheWebSocketStayOnBasic() {
        assertThat(BrowserOrBasicAuthentication.isBrowserPath("/api/cameras")).isFalse();
        assertThat(BrowserOrBasicAuthentication.isBrowserPath("/ws/health")).isFalse();
        assertThat(BrowserOrBasicAuthentication.isBrowserPath("/administrator")).isFalse();
        assertThat(BrowserOrBasicAuthentication.isBrowserPath("/health/ready")).isFalse();
    }

    @Test
    void readsBasicCredentialsWithAColonInThePassword() {
        UsernamePasswordCredential credential = BrowserOrBasicAuthentication.basicCredential("Basic "
                + Base64.getEncoder().encodeToString("admin:pa:ss".getBytes(StandardCharsets.UTF_8)));
        assertThat(credential.getCaller()).isEqualTo("admin");
        assertThat(credential.getPasswordAsString()).isEqualTo("pa:ss");
    }

    @Test
    void ignoresOtherSchemesAndBrokenHeaders() {
        assertThat(BrowserOrBasicAuthentication.basicCredential(null)).isNull();
        assertThat(BrowserOrBasicAuthentication.basicCredential("Bearer abc")).isNull();
        assertThat(BrowserOrBasicAuthentication.basicCredential("Basic not-base64!")).isNull();
        assertThat(BrowserOrBasicAuthentication.basicCredential("Basic "
                + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)))).isNull();
    }
}
