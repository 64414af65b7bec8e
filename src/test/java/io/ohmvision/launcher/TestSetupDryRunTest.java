package io.ohmvision.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ohmvision.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set-up step of ohmvision.sh test, in its dry-run mode: it names exactly what is missing and what it would run. */
class TestSetupDryRunTest {

    @TempDir
    Path work;

    @Test
    void namesExactlyTheMissingPackagesAndTheCommandItWouldRun() throws Exception {
        Path packages = Files.writeString(work.resolve("packages.txt"), """
                # a comment, then one installed package, a blank line and one that no machine has
                bash

                ohmvision-no-such-package
                """);

        Run setup = setupDryRun(packages);

        assertThat(setup.output()).contains("ohmvision: test packages missing: ohmvision-no-such-package\n");
        if (setup.exitCode() == 0) { // root or passwordless sudo
            assertThat(setup.output()).containsPattern("would run: (sudo )?apt-get update && (sudo )?apt-get install -y "
                    + "--no-install-recommends ohmvision-no-such-package\n");
            assertThat(setup.output()).contains("would start a PostgreSQL of the tests' own");
        } else {
            assertThat(setup.output()).contains("installing them needs root; run: sudo apt-get update && sudo apt-get "
                    + "install -y --no-install-recommends ohmvision-no-such-package");
        }
    }

    @Test
    void saysSoWhenNothingIsMissing() throws Exception {
        Path packages = Files.writeString(work.resolve("packages.txt"), "bash\n");

        Run setup = setupDryRun(packages);

        assertThat(setup.exitCode()).isZero();
        assertThat(setup.output()).contains("all packages.txt packages are installed").doesNotContain("would run");
    }

    @Test
    void withoutRootItPrintsTheOneCommandToRunAndStops() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "run as root, to try it as a user who is not");
        Path packages = Files.writeString(work.resolve("packages.txt"), "bash\nohmvision-no-such-package\n");
        packages.toFile().setReadable(true, false);
        work.toFile().setExecutable(true, false);

        Run setup = setupDryRun(packages, "runuser", "-u", "nobody", "--");

        assertThat(setup.exitCode()).isEqualTo(1);
        assertThat(setup.output()).contains("installing them needs root; run: sudo apt-get update && sudo apt-get "
                + "install -y --no-install-recommends ohmvision-no-such-package").doesNotContain("would run");
    }

    private record Run(int exitCode, String output) {
    }

    /** @param as a command prefix that runs the script as someone else, or nothing */
    private Run setupDryRun(Path packages, String... as) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(as));
        command.addAll(List.of("bash", "server-config/ohmvision.sh", "setup", "--dry-run"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(TestPaths.projectDirectory().toFile()).redirectErrorStream(true);
        builder.environment().put("OHMVISION_PACKAGES_FILE", packages.toString());
        builder.environment().remove("OHMVISION_TEST_PG");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
