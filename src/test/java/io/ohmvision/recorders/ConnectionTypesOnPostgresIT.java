package io.ohmvision.recorders;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ohmvision.channels.webhook.WebhookSignature;
import io.ohmvision.testing.OnPostgres;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhook receivers and recorders on PostgreSQL (the production database): their tables, bulk updates and queries
 * behave as on H2.
 */
@OnPostgres
class ConnectionTypesOnPostgresIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.monitoringOn("connect8-pg", TestDatabase::freshPostgres);

    @Test
    void aWebhookCameraPushesAndIsOnline() {
        long id = SERVER.adminApi().cameras().create("{\"name\": \"PG webhook\", \"connectionType\": \"webhook\"}")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String secret = SERVER.adminApi().cameras().newWebhookSecret(id).then().statusCode(200)
                .extract().jsonPath().getString("secret");
        byte[] body = "{\"eventType\": \"VMD\", \"eventState\": \"active\", \"channelID\": 1}"
                .getBytes(StandardCharsets.UTF_8);
        SERVER.anonymousApi().with(r -> r.body(body).header(WebhookSignature.SIGNATURE_HEADER, "sha256=00"))
                .webhooks().push(id).then().statusCode(401);
        SERVER.anonymousApi().with(r -> r.body(body).header(WebhookSignature.SIGNATURE_HEADER,
                WebhookSignature.sign(secret, body))).webhooks().push(id).then().statusCode(204);
        assertThat(SERVER.adminApi().webhooks().events(id).then().statusCode(200).extract()
                .jsonPath().getList("eventType")).containsExactly("VMD");
        awaitOnline(id);
    }

    @Test
    void aRecorderIsAddedWatchedAndRemoved() {
        try (RtspTestPeer nvr = RtspTestPeer.start("admin", "pg-nvr", 0, "/Streaming/Channels/101=sub",
                "/Streaming/Channels/201=sub")) {
            JsonPath added = SERVER.adminApi().recorders().create(json("name", "PG NVR", "manufacturer", "hikvision",
                            "ipAddress", "127.0.0.1", "port", nvr.port(), "username", "admin", "password", "pg-nvr",
                            "channels", 3))
                    .then().statusCode(201).extract().jsonPath();
            List<Long> channels = added.getList("channels.cameraId", Long.class);
            assertThat(channels).hasSize(2);
            channels.forEach(ConnectionTypesOnPostgresIT::awaitOnline);
            assertThat(SERVER.adminApi().health().recorders().then().statusCode(200).extract().jsonPath()
                    .getList("channelsOnline", Integer.class)).containsExactly(2);
            SERVER.adminApi().recorders().delete(added.getLong("id")).then().statusCode(204);
            channels.forEach(id -> SERVER.adminApi().cameras().get(id).then().statusCode(404));
        }
    }

    /**
     * A recorder deleted while one of its channels' checks is being stored: the delete takes the cameras rows and
     * cascades into camera_health, so a check that locked camera_health before its cameras row deadlocked with it.
     * A JDBC transaction holds the channel's cameras row so both are queued on it in the worst order (delete first,
     * then the check), then lets go.
     */
    @Test
    void aRecorderDeletedWhileItsChannelIsCheckedDoesNotDeadlock() throws Exception {
        try (RtspTestPeer nvr = RtspTestPeer.start("admin", "pg-nvr2", 0, "/Streaming/Channels/101=sub",
                "/Streaming/Channels/201=sub"); Connection blocker = SERVER.database().connect()) {
            JsonPath added = SERVER.adminApi().recorders().create(json("name", "PG NVR 2", "manufacturer", "hikvision",
                    "ipAddress", "127.0.0.1", "port", nvr.port(), "username", "admin", "password", "pg-nvr2",
                    "channels", 2)).then().statusCode(201).extract().jsonPath();
            long channel = added.getList("channels.cameraId", Long.class).get(0);
            awaitOnline(channel);
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("select id from cameras where id = ? for update")) {
                lock.setLong(1, channel);
                lock.executeQuery().close();
            }
            CompletableFuture<Integer> delete = CompletableFuture.supplyAsync(() -> SERVER.adminApi()
                    .recorders().delete(added.getLong("id")).then().extract().statusCode());
            awaitLockWaiters(blocker, "%recorder_id%", 1);
            CompletableFuture<Integer> check = CompletableFuture.supplyAsync(() -> SERVER.adminApi()
                    .health().checkNow(channel).then().extract().statusCode());
            awaitLockWaiters(blocker, "%", 2);
            blocker.rollback();
            assertThat(delete.get(30, TimeUnit.SECONDS)).isEqualTo(204);
            assertThat(check.get(30, TimeUnit.SECONDS)).as("check-now of a channel deleted meanwhile")
                    .isIn(200, 404, 409);
            SERVER.adminApi().cameras().get(channel).then().statusCode(404);
        }
    }

    /** Waits until this many other sessions whose statement matches wait for a lock. */
    private static void awaitLockWaiters(Connection connection, String statementLike, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            try (PreparedStatement waiters = connection.prepareStatement("select count(*) from pg_stat_activity "
                    + "where wait_event_type = 'Lock' and datname = current_database() and lower(query) like ?")) {
                waiters.setString(1, statementLike);
                try (ResultSet rows = waiters.executeQuery()) {
                    rows.next();
                    return rows.getInt(1) >= count;
                }
            }
        });
    }

    private static void awaitOnline(long id) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).until(() -> List.of("excellent",
                "good", "fair", "poor").contains(SERVER.adminApi().health().camera(id).then().extract()
                .jsonPath().getString("level")));
    }
}
