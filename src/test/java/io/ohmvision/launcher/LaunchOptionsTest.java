package io.ohmvision.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void optionsThenThePayaraCommandAfterTheSeparator() {
        LaunchOptions options = LaunchOptions.parse("--data-dir", "/srv/data", "--port", "8081", "--db-url",
                "jdbc:h2:file:/srv/data/ohmvision", "--", "java", "-jar", "payara.jar", "--port", "8081");

        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/data"));
        assertThat(options.port()).isEqualTo(8081);
        assertThat(options.outcomeFile()).isEmpty();
        assertThat(options.httpsPort()).isEmpty();
        assertThat(options.payaraCommand()).isEqualTo(List.of("java", "-jar", "payara.jar", "--port", "8081"));
        assertThat(options.fullLog()).isEqualTo(Path.of("/srv/data/logs/server-0.log"));
    }

    @Test
    void anHttpsPortPutsTheConsoleAtItsTlsAddress() {
        LaunchOptions options = LaunchOptions.parse("--data-dir", "/srv/data", "--port", "8080", "--https-port",
                "8443", "--db-url", "jdbc:h2:file:/srv/data/ohmvision", "--", "java");
        StartupBlock block = new StartupBlock(options.port(), options.httpsPort(), options.dataDir(), "H2",
                options.fullLog(), Duration.ofSeconds(20), Optional.empty());

        assertThat(block.render(true)).contains("Console    https://localhost:8443/admin/",
                "Probes     http://localhost:8080/health/ready");
    }

    @Test
    void refusesAMissingOptionOrCommand() {
        assertThatThrownBy(() -> LaunchOptions.parse("--port", "8081", "--db-url", "x", "--", "java"))
                .hasMessageContaining("--data-dir is required");
        assertThatThrownBy(() -> LaunchOptions.parse("--data-dir", "d", "--port", "8081", "--db-url", "x"))
                .hasMessageContaining("no Payara Micro command");
    }
}
