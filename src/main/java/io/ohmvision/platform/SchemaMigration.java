package io.ohmvision.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies the Liquibase changelogs before anything uses JPA (startup beans that touch the database depend on it).
 * Bean-managed transactions: Liquibase commits its own changesets. Several instances starting together are safe
 * because Liquibase takes its lock table first, and retries when they raced to create that table.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "io.ohmvision.platform.DatabaseUrlDataSource",
        url = "${MPCONFIG=ohmvision.db.url}",
        user = "${MPCONFIG=ohmvision.db.user}",
        password = "${MPCONFIG=ohmvision.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"})
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/ohmvision";
    static final String CHANGELOG = "liquibase/master.xml";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final int ATTEMPTS = 3;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final int LONGEST_REASON = 300;

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseState state;

    @PostConstruct
    void migrate() {
        for (int attempt = 1; ; attempt++) {
            try {
                run(dataSource);
                state.markMigrated();
                return;
            } catch (Exception e) {
                if (attempt == ATTEMPTS) {
                    // one line an operator can act on; the launcher shows it as the reason the start failed
                    LOG.severe("The database schema could not be migrated: " + reason(e));
                    throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
                }
                // Cluster members starting together on an empty database race to create Liquibase's own tables
                // (its lock only works once they exist): the loser finds them created and simply tries again.
                LOG.warning("Database migration failed (attempt " + attempt + " of " + ATTEMPTS + "), retrying: "
                        + reason(e));
                pause(RETRY_AFTER);
            }
        }
    }

    /** The root cause on one line, cut short: Liquibase's messages span lines and may carry a whole SQL statement. */
    private static String reason(Exception e) {
        String oneLine = ProblemMappers.rootCause(e).toString().replaceAll("\\s+", " ").strip();
        return oneLine.length() <= LONGEST_REASON ? oneLine : oneLine.substring(0, LONGEST_REASON) + "...";
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry the database migration", e);
        }
    }

    /** Runs the changelogs on any data source; also used by tests outside the container. */
    public static void run(DataSource dataSource) throws Exception {
        ClassLoader appLoader = SchemaMigration.class.getClassLoader();
        // Liquibase's progress goes to its logger instead of straight to the console (LoggerUIService). Members
        // starting together wait for the one migrating: ask for its lock every second, not every 10 s (the default).
        Map<String, Object> scope = Map.of(Scope.Attr.classLoader.name(), appLoader,
                Scope.Attr.ui.name(), new LoggerUIService(), "liquibase.analytics.enabled", false,
                "liquibase.changelogLockPollRate", 1L);
        Scope.child(scope, () -> {
            try (Connection connection = dataSource.getConnection()) {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(appLoader), database);
                liquibase.update("");
                LOG.info(() -> "Database schema is up to date on " + database.getDatabaseProductName());
            }
        });
    }
}
