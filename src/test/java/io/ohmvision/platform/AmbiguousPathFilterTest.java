package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmbiguousPathFilterTest {

    @Test
    void refusesMatrixParametersEncodedSeparatorsAndDotOrEmptySegments() {
        assertThat(List.of("/api;users", "/api;x/users", "/api/users;x", "/api%3Busers", "/api%3busers",
                "/api%2Fusers", "/api%2fusers", "/api/%2E/users", "/api/%2e%2e/users", "/api%5Cusers", "/api\\users",
                "/api//users", "//api/users", "/api/./users", "/api/x/../users", "/api/users/.", "/api/users/..",
                "/admin;x/cameras.xhtml", "/admin/cameras.xhtml;jsessionid=ABC"))
                .allMatch(AmbiguousPathFilter::isAmbiguous);
    }

    @Test
    void letsEveryPathOfOhmVisionThrough() {
        assertThat(List.of("/api/users", "/api/users/", "/API/USERS", "/api/cameras/12/snapshot",
                "/admin/", "/admin/cameras.xhtml", "/login.xhtml", "/jakarta.faces.resource/theme.css.xhtml",
                "/jakarta.faces.resource/fonts/primeicons.woff2.xhtml", "/jakarta.faces.push/health", "/ws/health",
                "/openapi", "/openapi-ui/", "/health/ready", "/.well-known/security.txt", "/api/discovery/"
                        + "stream-templates/a.b"))
                .noneMatch(AmbiguousPathFilter::isAmbiguous);
    }
}
