package io.ohmvision.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.platform.ProblemException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleUserTest {

    @Test
    void aViewerIsRefusedEveryChangeByTheServerItself() {
        ConsoleUser viewer = userWithRole("viewer");
        assertThat(viewer.isEditor()).isFalse();
        assertThat(viewer.getRole()).isEqualTo("viewer");
        assertThatThrownBy(viewer::requireEditor).isInstanceOf(ProblemException.class)
                .hasMessageContaining("viewer").extracting(e -> ((ProblemException) e).status().getStatusCode())
                .isEqualTo(403);
    }

    @Test
    void operatorsEditButOnlyAdminsManageCredentials() {
        ConsoleUser operator = userWithRole("operator");
        operator.requireEditor();
        assertThat(operator.isAdmin()).isFalse();
        ConsoleUser admin = userWithRole("admin");
        admin.requireEditor();
        assertThat(admin.isAdmin()).isTrue();
    }

    private static ConsoleUser userWithRole(String role) {
        ConsoleUser user = new ConsoleUser();
        user.security = new SecurityContext() {
            @Override
            public Principal getCallerPrincipal() {
                return () -> "someone";
            }

            @Override
            public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
                return Set.of();
            }

            @Override
            public boolean isCallerInRole(String wanted) {
                return role.equals(wanted);
            }

            @Override
            public boolean hasAccessToWebResource(String resource, String... methods) {
                return false;
            }

            @Override
            public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                    AuthenticationParameters parameters) {
                return AuthenticationStatus.NOT_DONE;
            }
        };
        return user;
    }
}
