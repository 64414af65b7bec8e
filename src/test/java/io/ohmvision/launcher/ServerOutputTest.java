package io.ohmvision.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServerOutputTest {

    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private final ServerOutput output = new ServerOutput(new PrintStream(shown, true, StandardCharsets.UTF_8),
            "/data/logs/server-0.log");

    private String console() {
        output.flush();
        return shown.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRecordOfSeveralLinesIsOneLineWithTheCountOfTheRest() {
        output.accept("2026-12-03 18:09:08 SEVERE [io.ohmvision.platform.SchemaMigration] migration failed");
        output.accept("CREATE TABLE PUBLIC.cameras (id BIGINT NOT NULL,");
        output.accept("\tat liquibase.Foo.bar(Foo.java:1)");
        output.accept("2026-12-03 18:09:09 WARNING [javax.enterprise.system.core] next");

        assertThat(console()).isEqualTo("""
                2026-12-03 18:09:08 SEVERE [io.ohmvision.platform.SchemaMigration] migration failed  \
                [+2 more lines in /data/logs/server-0.log]
                2026-12-03 18:09:09 WARNING [javax.enterprise.system.core] next
                """);
    }

    @Test
    void showsOhmVisionsRecordsAndThePlatformsProblemsOnly() {
        output.accept("2026-12-03 18:21:38 INFO [jakarta.enterprise.web] Created virtual server server");
        output.accept("2026-12-03 18:22:26 INFO [io.ohmvision.platform.SchemaMigration] Database schema is up to date");
        output.accept("2026-12-03 18:22:27 WARNING [com.hazelcast.instance.impl.Node] port taken");
        output.accept("2026-12-03 18:22:28 SEVERE [javax.enterprise.system.core] broken");

        assertThat(console().lines()).containsExactly(
                "2026-12-03 18:22:26 INFO [io.ohmvision.platform.SchemaMigration] Database schema is up to date",
                "2026-12-03 18:22:27 WARNING [com.hazelcast.instance.impl.Node] port taken",
                "2026-12-03 18:22:28 SEVERE [javax.enterprise.system.core] broken");
    }

    @Test
    void hidesTheDataSourceWarningsPayaraMakesBeforeTheConfigurationIsVisible() {
        output.accept("2026-12-03 18:11:25 WARNING [] MicroProfile Config: property 'ohmvision.db.password': no value "
                + "found, no default given.");
        output.accept("2026-12-03 18:11:25 WARNING [] MicroProfile Config: property 'other.key': no value found");

        assertThat(console().lines()).containsExactly(
                "2026-12-03 18:11:25 WARNING [] MicroProfile Config: property 'other.key': no value found");
    }

    @Test
    void theGeneratedPasswordIsKeptForTheBlockAndNeverShownAsALine() {
        output.accept("OhmVision: created the first user 'admin' with the generated password: s3cretPassw0rdXyzAbc"
                + "  (shown only now; change it with PUT /api/users/admin)");

        assertThat(output.generatedPassword()).contains("s3cretPassw0rdXyzAbc");
        assertThat(console()).doesNotContain("s3cretPassw0rdXyzAbc");
    }

    @Test
    void linesPrintedOutsideTheLoggingAreShownAndBlankOnesDropped() {
        output.accept("");
        output.accept("Some library's own print");

        assertThat(console()).isEqualTo("Some library's own print\n");
    }

    @Test
    void payaraIsReadyAfterItsReadyLineWhetherOrNotTheDeploymentWorked() {
        assertThat(output.payaraReady()).isFalse();
        output.accept("2026-12-03 18:09:13 INFO [PayaraMicro] Payara Micro 6.2025.10 (build 42) ready in 18,903 (ms)");

        assertThat(output.payaraReady()).isTrue();
        assertThat(console()).isEmpty();
    }

    @Test
    void aFailedDeploymentIsExplainedByOhmVisionsOwnErrorWhenItLoggedOne() {
        output.accept("2026-12-03 18:09:13 SEVERE [io.ohmvision.platform.SchemaMigration] OhmVision cannot start: "
                + "the database schema could not be migrated: liquibase.exception.ValidationFailedException: "
                + "checksum changed");
        assertThat(output.deploymentFailure()).isEmpty();

        output.accept("2026-12-03 18:09:13 SEVERE [javax.enterprise.system.core] Exception while loading the app : "
                + "EJB Container initialization error");

        assertThat(output.deploymentFailure()).contains("OhmVision cannot start: the database schema could not be "
                + "migrated: liquibase.exception.ValidationFailedException: checksum changed");
    }

    @Test
    void otherwiseByPayarasMessage() {
        output.accept("2026-12-03 18:09:13 SEVERE [javax.enterprise.system.core] Exception while loading the app : "
                + "WELD-001408: Unsatisfied dependencies");

        assertThat(output.deploymentFailure())
                .contains("Exception while loading the app : WELD-001408: Unsatisfied dependencies");
    }
}
