package io.ohmvision.health;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ohmvision.testing.OnPostgres;
import io.ohmvision.testing.PrivatePostgres;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Health monitoring through faults of its own infrastructure, on a PostgreSQL server the test owns: the database
 * crashes and comes back during the cycles (no crash of OhmVision, readiness says it, checks resume, nothing
 * recorded wrongly), and OhmVision itself is killed with SIGKILL mid-cycle and restarted (history intact, checks
 * resume).
 */
@OnPostgres
class HealthFaultsIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "Faults:p@ss#1";

    static PrivatePostgres postgres;

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.monitoringOn("health-faults-pg", () -> {
        postgres = PrivatePostgres.start();
        return TestDatabase.postgresAt(postgres.hostAndPort());
    });

    static RtspTestPeer peer;

    @BeforeAll
    static void startPeer() {
        peer = RtspTestPeer.start(USER, PASSWORD, 0);
    }

    @AfterAll
    static void stop() {
        peer.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDatabaseCrashAndASigkillLoseNothingAndTheChecksResume() {
        long id = SERVER.adminApi().cameras().create(json("name", "Faults cam", "username", USER, "password", PASSWORD,
                "primaryStreamUrl", peer.url("/main"))).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        awaitChecksAfter(id, Instant.EPOCH);
        JsonPath before = health(id);
        assertThat(before.getString("level")).isEqualTo("excellent");

        postgres.crash();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                SERVER.anonymous().get("/health/ready").statusCode() == 503);
        SERVER.anonymous().get("/health/live").then().statusCode(200);
        sleep(Duration.ofSeconds(4)); // two intervals of checks that cannot be stored
        postgres.resume();
        Instant resumed = Instant.now();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                SERVER.anonymous().get("/health/ready").statusCode() == 200);
        awaitChecksAfter(id, resumed);
        JsonPath afterDatabase = health(id);
        assertThat(afterDatabase.getString("level")).isEqualTo("excellent");
        assertThat(afterDatabase.getString("since")).isEqualTo(before.getString("since"));
        assertThat(outages(id)).as("a database outage is not a camera outage").isZero();

        SERVER.crashAndRestart();
        Instant restarted = Instant.now();
        awaitChecksAfter(id, restarted);
        JsonPath afterKill = health(id);
        assertThat(afterKill.getString("level")).isEqualTo("excellent");
        assertThat(afterKill.getString("since")).isEqualTo(before.getString("since"));
        assertThat(SERVER.adminApi().health().uptime(id, "days=1").then().statusCode(200)
                .extract().jsonPath().getLong("upSeconds")).isGreaterThan(5);
    }

    private static JsonPath health(long id) {
        return SERVER.adminApi().health().camera(id).then().statusCode(200).extract().jsonPath();
    }

    private static int outages(long id) {
        return SERVER.adminApi().health().outages(id).then().statusCode(200).extract()
                .jsonPath().getList("$").size();
    }

    private static void awaitChecksAfter(long id, Instant moment) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = SERVER.adminApi().health().camera(id);
            String last = response.statusCode() == 200 ? response.jsonPath().getString("lastCheckAt") : null;
            return last != null && Instant.parse(last).isAfter(moment);
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
