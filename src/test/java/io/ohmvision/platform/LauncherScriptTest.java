package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.PayaraMicro;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** server-config/ohmvision.sh refuses a cluster whose data grid would listen on every interface, before it builds. */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("server-config", "ohmvision.sh");

    private record Run(int exitCode, String output) {
    }

    private static Run start(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "start").redirectErrorStream(true);
        builder.environment().putAll(Map.of("OHMVISION_PORT", String.valueOf(PayaraMicro.freePort()),
                "OHMVISION_CLUSTER_NAME", "try", "OHMVISION_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test",
                "OHMVISION_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901",
                "OHMVISION_CLUSTER_PORT", String.valueOf(PayaraMicro.freePort())));
        builder.environment().remove("OHMVISION_CLUSTER_ADDRESS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            // it went on to build and start a server: stop all of it, and fail
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("ohmvision.sh start did not refuse the cluster settings");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void aClusterMemberWithoutAnAddressIsRefused() throws Exception {
        Run run = start(Map.of());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("OHMVISION_CLUSTER_ADDRESS is not").doesNotContain("starting on");
    }

    @Test
    void aClusterMemberOnEveryInterfaceIsRefused() throws Exception {
        for (String wildcard : new String[] {"0.0.0.0", "::"}) {
            Run run = start(Map.of("OHMVISION_CLUSTER_ADDRESS", wildcard));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("would open the data grid on every").doesNotContain("starting on");
        }
    }
}
