package io.ohmvision.channels.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WhepAuthorizationTest {

    @ParameterizedTest(name = "user \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"bearer", "Bearer"})
    void aPasswordWithoutARealUserIsABearerToken(String user) {
        WhepAuthorization authorization = WhepAuthorization.of(user, "t0ken").orElseThrow();

        assertThat(authorization.scheme()).isEqualTo("Bearer");
        assertThat(authorization.header()).isEqualTo("Bearer t0ken");
    }

    @Test
    void aUserWithAPasswordIsBasic() {
        WhepAuthorization authorization = WhepAuthorization.of("admin", "pä:ss").orElseThrow();

        assertThat(authorization.scheme()).isEqualTo("Basic");
        assertThat(authorization.header()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("admin:pä:ss".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nothingGivenSendsNothing() {
        assertThat(WhepAuthorization.of(null, null)).isEmpty();
        assertThat(WhepAuthorization.of("", "")).isEmpty();
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(WhepAuthorization.of(null, "t0ken").orElseThrow().toString()).doesNotContain("t0ken");
    }
}
