package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The changelogs on H2 outside the container (PostgreSQL is covered by the integration tests). */
class ChangelogTest {

    private static DatabaseUrlDataSource h2(String name) {
        DatabaseUrlDataSource dataSource = new DatabaseUrlDataSource();
        dataSource.setUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    @Test
    void createsEveryCameraColumnAndIsIdempotent() throws Exception {
        DatabaseUrlDataSource dataSource = h2("changelog");
        SchemaMigration.run(dataSource);
        SchemaMigration.run(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(columns(connection, "CAMERAS")).contains("name", "ip_address", "port", "rtsp_url", "username",
                    "password", "manufacturer", "model", "firmware_version", "serial_number", "mac_address",
                    "connection_type", "primary_stream_url", "secondary_stream_url", "snapshot_url",
                    "connection_config", "cloud_config", "connection_health", "last_health_check",
                    "uptime_percentage", "last_latency_ms", "failed_connection_attempts", "last_error_message",
                    "enabled", "created_at", "updated_at", "version");
            assertThat(columns(connection, "USERS")).contains("username", "password_hash", "role");
            try (ResultSet count = connection.createStatement()
                    .executeQuery("select count(distinct filename) from databasechangelog")) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(includedChangelogs());
            }
        }
    }

    @Test
    void aFreshDatabaseGetsNothingOfTheAdoptionOfAV3Database() throws Exception {
        DatabaseUrlDataSource dataSource = h2("fresh");
        SchemaMigration.run(dataSource);
        Map<String, String> adoption = new HashMap<>();
        Map<String, String> others = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); ResultSet rs = connection.createStatement()
                .executeQuery("select filename, id, exectype from databasechangelog")) {
            while (rs.next()) {
                (rs.getString("filename").endsWith("014-v3-cameras.xml") ? adoption : others)
                        .put(rs.getString("id"), rs.getString("exectype"));
            }
        }
        // marked ran without doing anything: the schema is exactly that of the changesets before it
        assertThat(adoption).isNotEmpty().allSatisfy((id, exectype) -> assertThat(exectype).isEqualTo("MARK_RAN"));
        assertThat(others).allSatisfy((id, exectype) -> assertThat(exectype).isEqualTo("EXECUTED"));
    }

    @Test
    void theCameraTableChangesetKeepsTheChecksumItWasAppliedWith() throws Exception {
        DatabaseUrlDataSource dataSource = h2("checksum");
        SchemaMigration.run(dataSource);
        try (Connection connection = dataSource.getConnection(); ResultSet rs = connection.createStatement()
                .executeQuery("select md5sum from databasechangelog where id = '001-cameras'")) {
            rs.next();
            // as recorded by every database that ran 001 before it got its precondition (which is not summed):
            // a change to its body would make Liquibase refuse to start on all of them
            assertThat(rs.getString(1)).isEqualTo("9:6ed0980e7dfc1776122ec5405ce8c067");
        }
    }

    @Test
    void anUnsupportedDatabaseUrlIsNamedInTheError() {
        DatabaseUrlDataSource dataSource = new DatabaseUrlDataSource();
        dataSource.setUrl("jdbc:oracle:thin:@db:1521/x");
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("jdbc:oracle")
                .hasMessageContaining("jdbc:postgresql:");
    }

    private static int includedChangelogs() throws Exception {
        String master = new String(ChangelogTest.class.getClassLoader()
                .getResourceAsStream(SchemaMigration.CHANGELOG).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return (int) master.lines().filter(line -> line.contains("<include ")).count();
    }

    private static List<String> columns(Connection connection, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
