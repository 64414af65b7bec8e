package io.ohmvision.testing;

import static io.restassured.RestAssured.given;

import io.ohmvision.testing.api.OhmVisionApi;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One OhmVision on Payara Micro with its own database and data directory. A setup step may prepare the database
 * before the first boot (for example rows written the way older versions wrote them). A shared server boots once
 * for every test class that uses it and stops at the end of the run; a private one lives for one test class.
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    private static final Map<String, RunningServer> SHARED = new ConcurrentHashMap<>();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningServer.class);

    public static final String ADMIN_PASSWORD = "it-admin-Passw0rd";

    /** Work done on the database while OhmVision is not running on it: before its first start, or between two. */
    @FunctionalInterface
    public interface DatabaseSetup {
        void prepare(TestDatabase database) throws Exception;
    }

    private final String name;
    /** The database of a server, given its data directory. */
    private final Function<Path, TestDatabase> databaseFor;
    private final DatabaseSetup setup;
    private final boolean configuredAdminPassword;
    private final Map<String, String> extraEnvironment = new HashMap<>();
    private boolean shared;
    private TestDatabase database;
    private PayaraMicro payara;
    private Path dataDir;

    private RunningServer(String name, Function<Path, TestDatabase> databaseFor, DatabaseSetup setup,
            boolean configuredAdminPassword) {
        this.name = name;
        this.databaseFor = databaseFor;
        this.setup = setup;
        this.configuredAdminPassword = configuredAdminPassword;
    }

    /** The embedded default, its database prepared as an older version left it (schema, legacy rows). */
    public static RunningServer sharedOnH2() {
        return shared("shared-h2", false, database -> {
            io.ohmvision.platform.SchemaMigration.run(database.dataSource());
            try (java.sql.Connection connection = database.connect()) {
                LegacyRows.insert(connection);
            }
        });
    }

    /** PostgreSQL chosen by OHMVISION_DB_URL alone, on an empty database that OhmVision migrates itself. */
    public static RunningServer sharedOnPostgres() {
        return shared("shared-pg", true, database -> { });
    }

    private static RunningServer shared(String name, boolean postgres, DatabaseSetup setup) {
        return SHARED.computeIfAbsent(name, n -> {
            RunningServer server = new RunningServer(n, databaseOf(postgres), setup, true);
            server.shared = true;
            return server;
        });
    }

    /** A server of one test class on a fresh PostgreSQL database, which the test may read and write meanwhile. */
    public static RunningServer privateOnPostgres(String name) {
        return privateOnPostgres(name, db -> { });
    }

    /** As {@link #privateOnPostgres(String)}, the database prepared before the first start (say, as v3 left it). */
    public static RunningServer privateOnPostgres(String name, DatabaseSetup setup) {
        return new RunningServer(name, databaseOf(true), setup, true);
    }

    /** A server of one test class on the embedded default. */
    public static RunningServer privateOnH2(String name) {
        return privateOnH2(name, db -> { });
    }

    /** As {@link #privateOnH2(String)}, the database prepared before the first start (say, as v3 left it). */
    public static RunningServer privateOnH2(String name, DatabaseSetup setup) {
        return new RunningServer(name, databaseOf(false), setup, true);
    }

    /** No OHMVISION_ADMIN_PASSWORD: the first start generates one and prints it once. */
    public static RunningServer onPostgresWithGeneratedAdmin(String name) {
        return new RunningServer(name, databaseOf(true), db -> { }, false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!shared) {
            boot();
            return;
        }
        // The root store closes what it holds when the whole run ends.
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(name, key -> {
            try {
                boot();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start " + key, e);
            }
            return (ExtensionContext.Store.CloseableResource) this::stop;
        });
    }

    private synchronized void boot() throws Exception {
        if (payara != null) {
            return;
        }
        Path work = TestPaths.freshDirectory(name);
        dataDir = work.resolve("data");
        database = databaseFor.apply(dataDir);
        setup.prepare(database);
        Map<String, String> env = new HashMap<>(database.environment());
        env.put("OHMVISION_DATA_DIR", dataDir.toString());
        if (configuredAdminPassword) {
            env.put("OHMVISION_ADMIN_PASSWORD", ADMIN_PASSWORD);
        }
        // Test cameras have made-up addresses: nothing may probe them unless a test asks for monitoring.
        env.put("OHMVISION_HEALTH_ENABLED", "false");
        env.putAll(extraEnvironment);
        payara = new PayaraMicro(name, env).start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!shared) {
            stop();
        }
    }

    private void stop() {
        if (payara != null) {
            payara.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /**
     * A private H2 server with health monitoring on a fast schedule (seconds instead of minutes), for tests whose
     * cameras are all real peers on loopback.
     */
    public static RunningServer monitoringOnH2(String name) {
        return monitoring(name, databaseOf(false));
    }

    /** As {@link #monitoringOnH2}, on a database the test controls (for example one it restarts). */
    public static RunningServer monitoringOn(String name, Supplier<TestDatabase> database) {
        return monitoring(name, dataDir -> database.get());
    }

    private static Function<Path, TestDatabase> databaseOf(boolean postgres) {
        return dataDir -> postgres ? TestDatabase.freshPostgres() : TestDatabase.h2(dataDir);
    }

    /** Health monitoring on a schedule of seconds instead of minutes, for servers whose cameras are all real peers. */
    public static final Map<String, String> FAST_MONITORING = Map.of(
            "OHMVISION_HEALTH_ENABLED", "true",
            "OHMVISION_HEALTH_INTERVAL", "PT2S",
            "OHMVISION_HEALTH_CHECK_TIMEOUT", "PT2S",
            "OHMVISION_HEALTH_RECONNECT_INITIAL_DELAY", "PT1S",
            "OHMVISION_HEALTH_RECONNECT_MAX_DELAY", "PT4S",
            "OHMVISION_HEALTH_RECONNECT_COOLDOWN", "PT5S",
            "OHMVISION_HEALTH_DEEP_EVERY", "3");

    private static RunningServer monitoring(String name, Function<Path, TestDatabase> databaseFor) {
        RunningServer server = new RunningServer(name, databaseFor, database -> { }, true);
        server.extraEnvironment.putAll(FAST_MONITORING);
        return server;
    }

    /** One more environment variable for the server, set before it boots (endpoints of a test's own peers). */
    public RunningServer withEnvironment(String name, String value) {
        extraEnvironment.put(name, value);
        return this;
    }

        /** SIGKILL mid-flight, then a normal start on the same database and data directory. */
    public void crashAndRestart() {
        payara.kill();
        payara.start();
    }

    /**
     * A graceful stop, work on the database while no OhmVision holds it (an H2 file is locked by the server using it;
     * say, what another program writes meanwhile), then a start on the same database and data directory.
     */
    public void restartAfter(DatabaseSetup whileStopped) throws Exception {
        payara.close();
        whileStopped.prepare(database);
        payara.start();
    }

    public RequestSpecification asAdmin() {
        return as("admin", ADMIN_PASSWORD);
    }

    public RequestSpecification as(String user, String password) {
        return anonymous().auth().preemptive().basic(user, password);
    }

    public RequestSpecification anonymous() {
        return given().baseUri(payara.baseUri().toString()).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** The REST API called as the configured admin. */
    public OhmVisionApi adminApi() {
        return new OhmVisionApi(this::asAdmin);
    }

    public OhmVisionApi apiAs(String user, String password) {
        return new OhmVisionApi(() -> as(user, password));
    }

    public OhmVisionApi anonymousApi() {
        return new OhmVisionApi(this::anonymous);
    }

    public PayaraMicro payara() {
        return payara;
    }

    public TestDatabase database() {
        return database;
    }

    public Path dataDir() {
        return dataDir;
    }
}
