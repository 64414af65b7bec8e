package io.ohmvision.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One OhmVision on Payara Micro for a test class, with its own database and data directory. A setup step may
 * prepare the database before the first boot (for example rows written the way older versions wrote them).
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    public static final String ADMIN_PASSWORD = "it-admin-Passw0rd";

    /** Work done on the database before OhmVision first starts on it. */
    @FunctionalInterface
    public interface DatabaseSetup {
        void prepare(TestDatabase database) throws Exception;
    }

    private final String name;
    private final boolean postgres;
    private final DatabaseSetup setup;
    private final boolean configuredAdminPassword;
    private TestDatabase database;
    private PayaraMicro payara;
    private Path dataDir;

    private RunningServer(String name, boolean postgres, DatabaseSetup setup, boolean configuredAdminPassword) {
        this.name = name;
        this.postgres = postgres;
        this.setup = setup;
        this.configuredAdminPassword = configuredAdminPassword;
    }

    public static RunningServer onH2(String name, DatabaseSetup setup) {
        return new RunningServer(name, false, setup, true);
    }

    public static RunningServer onPostgres(String name, DatabaseSetup setup) {
        return new RunningServer(name, true, setup, true);
    }

    /** No OHMVISION_ADMIN_PASSWORD: the first start generates one and prints it once. */
    public static RunningServer onPostgresWithGeneratedAdmin(String name) {
        return new RunningServer(name, true, db -> { }, false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path work = TestPaths.freshDirectory(name);
        dataDir = work.resolve("data");
        database = postgres ? TestDatabase.freshPostgres() : TestDatabase.h2(dataDir);
        setup.prepare(database);
        Map<String, String> env = new HashMap<>(database.environment());
        env.put("OHMVISION_DATA_DIR", dataDir.toString());
        if (configuredAdminPassword) {
            env.put("OHMVISION_ADMIN_PASSWORD", ADMIN_PASSWORD);
        }
        payara = new PayaraMicro(name, env).start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (payara != null) {
            payara.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** SIGKILL mid-flight, then a normal start on the same database and data directory. */
    public void crashAndRestart() {
        payara.kill();
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
