package io.ohmvision.testing;

import io.ohmvision.platform.DatabaseUrlDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test server: an H2 file in a fresh directory, or a freshly created PostgreSQL
 * database (dropped at the end). PostgreSQL comes from OHMVISION_TEST_PG (default 127.0.0.1:5432, user postgres);
 * when none answers the PostgreSQL tests are skipped, unless OHMVISION_REQUIRE_PG=true (set by ohmvision.sh test)
 * makes that a failure. Only test classes marked {@link OnPostgres} may open one.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String PG = System.getenv().getOrDefault("OHMVISION_TEST_PG", "127.0.0.1:5432");
    private static final String PG_USER = System.getenv().getOrDefault("OHMVISION_TEST_PG_USER", "postgres");

    private final String url;
    private final String user;
    private final String password;
    private final String dropName;

    private TestDatabase(String url, String user, String password, String dropName) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropName = dropName;
    }

    public static TestDatabase h2(Path directory) {
        return new TestDatabase("jdbc:h2:file:" + directory.resolve("ohmvision"), "ohmvision", "ohmvision", null);
    }

    public static TestDatabase freshPostgres() {
        PostgresTestRecord.requireMarkedClass();
        String name = "ohmvision_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + PG + "/postgres", PG_USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            boolean required = Boolean.parseBoolean(System.getenv("OHMVISION_REQUIRE_PG"));
            if (required) {
                throw new IllegalStateException("PostgreSQL at " + PG + " is required but not usable", e);
            }
            Assumptions.abort("No PostgreSQL at " + PG + " (" + e.getMessage() + "); PostgreSQL tests skipped");
        }
        return new TestDatabase("jdbc:postgresql://" + PG + "/" + name, PG_USER, "unused-with-trust-auth", name);
    }

    /** The postgres database of a server the test runs itself (see PrivatePostgres); nothing to drop. */
    public static TestDatabase postgresAt(String hostAndPort) {
        return new TestDatabase("jdbc:postgresql://" + hostAndPort + "/postgres", "postgres", "unused-with-trust-auth",
                null);
    }

    /** What a server needs to use this database: the same variables an operator sets. */
    public Map<String, String> environment() {
        return Map.of("OHMVISION_DB_URL", url, "OHMVISION_DB_USER", user, "OHMVISION_DB_PASSWORD", password);
    }

    public DataSource dataSource() {
        DatabaseUrlDataSource dataSource = new DatabaseUrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public void close() {
        if (dropName == null) {
            return;
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + PG + "/postgres", PG_USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + dropName + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + dropName + ": " + e.getMessage());
        }
    }
}
