package io.ohmvision.health;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ohmvision.testing.HealthSocketClient;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.TestNetworkNamespace;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Health monitoring against a real RTSP server on loopback, on a schedule of seconds: a camera goes Excellent,
 * its server stops and the camera goes offline (pushed on the WebSocket) with its cause, the server comes back and
 * so does the camera with its reconnection state reset; uptime and the outage timeline record it exactly. Wrong
 * credentials are not retried until new ones arrive.
 */
class HealthMonitoringIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "Health:p@ss#1";

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.monitoringOnH2("health-h2");

    static RtspTestPeer peer;
    static HealthSocketClient socket;

    @BeforeAll
    static void startPeerAndListen() throws Exception {
        peer = RtspTestPeer.start(USER, PASSWORD, 0);
        socket = new HealthSocketClient(SERVER.payara());
    }

    @AfterAll
    static void stop() {
        socket.close();
        peer.close();
    }

    @Test
    void aCameraGoesDarkIsPushedLiveAndComesBackWithItsBackoffReset() {
        long id = SERVER.adminApi().cameras().create(json("name", "Health main", "username", USER,
                        "password", PASSWORD, "primaryStreamUrl", peer.url("/main")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        awaitLevel(id, "excellent");

        int port = peer.port();
        peer.close();
        JsonPath offline = awaitLevel(id, "offline");
        assertThat(offline.getString("cause")).isEqualTo("REFUSED");
        assertThat(offline.getString("causeText")).contains("refused");
        assertThat(offline.getString("since")).isNotNull();
        await().atMost(Duration.ofSeconds(20)).until(() -> socket.received().stream()
                .anyMatch(m -> m.contains("\"cameraId\":" + id) && m.contains("\"to\":\"offline\"")));
        JsonPath reconnecting = SERVER.adminApi().health().reconnection(id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(reconnecting.getString("mode")).isIn("BACKOFF", "COOLDOWN");
        assertThat(reconnecting.getInt("maxAttempts")).isEqualTo(5);

        peer = RtspTestPeer.startOn(port, USER, PASSWORD, 0);
        awaitLevel(id, "excellent");
        JsonPath reset = SERVER.adminApi().health().reconnection(id).then().extract()
                .jsonPath();
        assertThat(reset.getString("mode")).isEqualTo("NONE");
        assertThat(reset.getInt("consecutiveFailures")).isZero();

        JsonPath outages = SERVER.adminApi().health().outages(id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(outages.getList("$")).hasSize(1);
        assertThat(outages.getString("[0].cause")).isEqualTo("REFUSED");
        assertThat(outages.getString("[0].end")).isNotNull();
        assertThat(outages.getBoolean("[0].ongoing")).isFalse();
        JsonPath uptime = SERVER.adminApi().health().uptime(id, "days=1").then().statusCode(200)
                .extract().jsonPath();
        assertThat(uptime.getDouble("percentage")).isGreaterThan(0.0).isLessThan(100.0);
        // the camera's own copy (sorted by in the console) is computed again when availability changes
        assertThat(SERVER.adminApi().cameras().get(id).then().extract().jsonPath()
                .getDouble("uptimePercentage")).isGreaterThan(0.0).isLessThan(100.0);
        assertThat(uptime.getLong("downSeconds")).isGreaterThan(0);
        assertThat(SERVER.adminApi().health().latency(id).then().statusCode(200).extract()
                .jsonPath().getInt("[0].checks")).isGreaterThan(1);
        assertThat(socket.received()).noneMatch(m -> m.contains(PASSWORD));
    }

    @Test
    void aCutLinkTakesTheCameraOfflineAndItComesBackWhenTheLinkDoes() {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root for a network namespace");
        try (TestNetworkNamespace site = TestNetworkNamespace.create("198.18.2.1/24", "198.18.2.10/24");
             RtspTestPeer remote = RtspTestPeer.startIn(site, USER, PASSWORD)) {
            long id = SERVER.adminApi().cameras().create(json("name", "Health remote", "username", USER,
                            "password", PASSWORD, "primaryStreamUrl", remote.url("/main")))
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            awaitLevel(id, "excellent");

            site.cutLink();
            JsonPath offline = awaitLevel(id, "offline");
            assertThat(offline.getString("cause")).isIn("TIMEOUT", "UNREACHABLE");

            site.restoreLink();
            awaitLevel(id, "excellent");
            SERVER.adminApi().cameras().delete(id).then().statusCode(204);
        }
    }

    @Test
    void aStreamWhosePictureStandsStillGoesOfflineAsFrozen() {
        long id = SERVER.adminApi().cameras().create(json("name", "Health frozen", "username", USER,
                        "password", PASSWORD, "primaryStreamUrl", peer.url("/still")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath frozen = awaitLevel(id, "offline");
        assertThat(frozen.getString("cause")).isEqualTo("FROZEN_PICTURE");
        assertThat(frozen.getString("causeText")).contains("frozen");
        SERVER.adminApi().cameras().delete(id).then().statusCode(204);
    }

    @Test
    void wrongCredentialsAreNotRetriedUntilNewOnesArrive() {
        long id = SERVER.adminApi().cameras().create(json("name", "Health wrong password", "username", USER, "password",
                        "not-the-password", "primaryStreamUrl", peer.url("/sub")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath offline = awaitLevel(id, "offline");
        assertThat(offline.getString("cause")).isEqualTo("AUTH_FAILED");
        JsonPath waiting = SERVER.adminApi().health().reconnection(id).then().extract()
                .jsonPath();
        assertThat(waiting.getString("mode")).isEqualTo("WAITING_FOR_CREDENTIALS");
        assertThat(waiting.getString("nextAttemptAt")).isNull();
        String lastCheck = offline.getString("lastCheckAt");
        sleep(Duration.ofSeconds(5)); // two intervals: a retry would show as a newer check
        assertThat(SERVER.adminApi().health().camera(id).then().extract().jsonPath()
                .getString("lastCheckAt")).isEqualTo(lastCheck);

        long version = SERVER.adminApi().cameras().get(id).then().extract().jsonPath().getLong("version");
        SERVER.adminApi().cameras().update(id, json("name", "Health wrong password", "password", PASSWORD,
                "primaryStreamUrl", peer.url("/sub"), "version", version)).then().statusCode(200);
        awaitLevel(id, "excellent");
    }

    @Test
    void checkNowAndTheFleetStatusAnswer() {
        long id = SERVER.adminApi().cameras().create(json("name", "Health check-now", "username", USER,
                        "password", PASSWORD, "primaryStreamUrl", peer.url("/main")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        SERVER.adminApi().health().checkNow(id).then().statusCode(200)
                .body("level", org.hamcrest.Matchers.equalTo("excellent"));
        SERVER.adminApi().health().reconnect(id).then().statusCode(200)
                .body("mode", org.hamcrest.Matchers.equalTo("NONE"));
        assertThat(SERVER.adminApi().health().cameras("level=excellent").then().statusCode(200).extract()
                .jsonPath().getList("cameraId", Long.class)).contains(id);
        assertThat(SERVER.adminApi().health().cameras("level=offline").then().statusCode(200).extract()
                .jsonPath().getList("cameraId", Long.class)).doesNotContain(id);
        SERVER.adminApi().health().cameras("level=dark").then().statusCode(400)
                .contentType("application/problem+json");
        JsonPath status = SERVER.adminApi().health().status().then().statusCode(200).extract().jsonPath();
        assertThat(status.getBoolean("schedulerAlive")).isTrue();
        assertThat(status.getLong("countsByLevel.excellent")).isGreaterThanOrEqualTo(1);
        assertThat(status.getLong("checksLastMinute")).isGreaterThan(0);
        SERVER.anonymous().get("/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("ohmvision-database", "ohmvision-health-scheduler"));
        SERVER.adminApi().health().checkNow(987654).then().statusCode(404);
        String prometheus = SERVER.anonymous().accept("text/plain").get("/metrics").then().statusCode(200).extract()
                .asString();
        assertThat(prometheus).contains("ohmvision_health_checks_total").contains("outcome=\"OK\"")
                .contains("ohmvision_health_check_latency_ms").contains("ohmvision_cameras")
                .contains("level=\"excellent\"");
        SERVER.anonymousApi().health().status().then().statusCode(401);
    }

    /**
     * Checks write their result on the camera's row but are not edits: an operator who opened the camera before a
     * few checks ran saves it without a 409 (a JPQL bulk update raised the row's version with every check).
     */
    @Test
    void healthChecksDoNotChangeTheVersionAnEditorHolds() {
        long id = SERVER.adminApi().cameras().create(json("name", "Health editing", "username", USER,
                        "password", PASSWORD, "primaryStreamUrl", peer.url("/main")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        awaitLevel(id, "excellent");
        long version = SERVER.adminApi().cameras().get(id).then().extract().jsonPath().getLong("version");
        String checked = SERVER.adminApi().health().camera(id).then().extract().jsonPath()
                .getString("lastCheckAt");
        await().atMost(Duration.ofSeconds(20)).until(() -> !checked.equals(SERVER.adminApi()
                .health().camera(id).then().extract().jsonPath().getString("lastCheckAt")));
        SERVER.adminApi().cameras().update(id, json("name", "Health editing, renamed",
                "primaryStreamUrl", peer.url("/main"), "version", version)).then().statusCode(200);
    }

    private static JsonPath awaitLevel(long id, String level) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).until(() -> level.equals(
                SERVER.adminApi().health().camera(id).then().extract().jsonPath().getString("level")));
        return SERVER.adminApi().health().camera(id).then().extract().jsonPath();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
