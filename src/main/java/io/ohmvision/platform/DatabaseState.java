package io.ohmvision.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database as the probes see it: migrated (published by {@link SchemaMigration} when done) and reachable. A plain
 * CDI bean on purpose: probes arrive while Payara is still initializing the startup singletons, and a call into one
 * then makes the HTTP thread initialize it, which fails for good (the application never became ready).
 */
@ApplicationScoped
public class DatabaseState {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    private volatile boolean migrated;

    void markMigrated() {
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }

    /** A round trip on a pooled connection. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
