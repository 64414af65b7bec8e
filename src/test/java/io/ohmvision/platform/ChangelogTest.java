package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
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
                    .executeQuery("select count(*) from databasechangelog")) {
                count.next();
                // one changeset per file included by the master changelog
                assertThat(count.getInt(1)).isEqualTo(includedChangelogs());
            }
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
