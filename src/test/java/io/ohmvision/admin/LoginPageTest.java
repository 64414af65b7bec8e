package io.ohmvision.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void goesBackToTheConsolePageAskedFor() {
        assertThat(targetOf("/admin/camera.xhtml?id=42")).isEqualTo("/admin/camera.xhtml?id=42");
        assertThat(targetOf("/admin/cameras.xhtml")).isEqualTo("/admin/cameras.xhtml");
    }

    @Test
    void neverRedirectsOutsideTheConsole() {
        assertThat(targetOf("//evil.example/admin/x.xhtml")).isEqualTo("/admin/dashboard.xhtml");
        assertThat(targetOf("https://evil.example")).isEqualTo("/admin/dashboard.xhtml");
        assertThat(targetOf("/admin/../api/users.xhtml")).isEqualTo("/admin/dashboard.xhtml");
        assertThat(targetOf(null)).isEqualTo("/admin/dashboard.xhtml");
    }

    private static String targetOf(String next) {
        LoginPage page = new LoginPage();
        page.setNext(next);
        return page.target();
    }
}
