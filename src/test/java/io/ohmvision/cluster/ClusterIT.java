package io.ohmvision.cluster;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ohmvision.testing.HealthSocketClient;
import io.ohmvision.testing.OnPostgres;
import io.ohmvision.testing.PayaraCluster;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two OhmVision members in one Payara Micro cluster on one PostgreSQL, health-checking real RTSP servers on a 2 s
 * interval. They share the fleet (each camera checked by one member, once per interval), relay state changes to each
 * other's WebSocket clients, answer for each other's scans; when one is killed (SIGKILL) the other takes over its
 * cameras with their state from the database, and when it comes back the share is split again. One boot of the
 * pair serves every step, in order.
 */
@OnPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "Cluster:p@ss#1";
    private static final Duration INTERVAL = Duration.ofSeconds(2);
    /** Cameras on the server that keeps running, and on the one that stops when a member is killed. */
    private static final List<String> STEADY_PATHS = List.of("/main", "/sub", "/ch1", "/ch2", "/ch3", "/ch4",
            "/ch5", "/ch6");
    private static final List<String> FRAGILE_PATHS = List.of("/main", "/sub", "/ch1", "/ch2", "/ch3", "/ch4");

    static RtspTestPeer steady;
    static RtspTestPeer fragile;
    static PayaraCluster cluster;
    static HealthSocketClient socketOnFirst;
    static final List<Long> steadyCameras = new ArrayList<>();
    static final List<Long> fragileCameras = new ArrayList<>();

    @BeforeAll
    static void startClusterAndPeers() throws Exception {
        steady = RtspTestPeer.start(USER, PASSWORD, 7);
        fragile = RtspTestPeer.start(USER, PASSWORD, 4);
        Map<String, String> health = new HashMap<>(RunningServer.FAST_MONITORING);
        // light checks only: a decode costs seconds on a busy machine and would blur the count of checks per interval
        health.put("OHMVISION_HEALTH_DEEP_EVERY", "0");
        cluster = PayaraCluster.start("cluster-it", 2, health);
        socketOnFirst = new HealthSocketClient(cluster.member(0));
        STEADY_PATHS.forEach(path -> steadyCameras.add(register(0, "Steady " + path, steady.url(path))));
        FRAGILE_PATHS.forEach(path -> fragileCameras.add(register(1, "Fragile " + path, fragile.url(path))));
    }

    @AfterAll
    static void stop() {
        Stream.of(socketOnFirst, cluster, steady, fragile).filter(java.util.Objects::nonNull).forEach(c -> {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("cleanup: " + e);
            }
        });
    }

    @Test
    @Order(1)
    void theMembersShareTheFleetAndCheckEachCameraOncePerInterval() throws SQLException {
        List<Long> all = allCameras();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                states(0).values().stream().allMatch(s -> !List.of("unknown", "offline").contains(s.level())));
        Map<String, String> nodes = nodeNames();
        assertThat(Map.copyOf(checkedBy(0)).values()).as("who checked each camera")
                .containsAll(nodes.values()).allMatch(nodes::containsValue);

        JsonPath status = cluster.adminApi(1).health().status().then().statusCode(200).extract().jsonPath();
        assertThat(status.getBoolean("cluster.clustered")).isTrue();
        assertThat(status.getList("cluster.members")).hasSize(2);
        assertThat(status.getList("cluster.members.cameras", Integer.class)).allMatch(n -> n > 0)
                .as("every monitored camera has one owner").satisfies(n -> assertThat(n.stream()
                        .mapToInt(Integer::intValue).sum()).isEqualTo(all.size()));
        assertThat(status.getList("cluster.members.local", Boolean.class)).containsExactlyInAnyOrder(true, false);
        System.out.println("ClusterIT: cameras per member " + status.getList("cluster.members.cameras"));
        assertThat(status.getLong("countsByLevel.offline")).isZero();
        JsonPath ready = io.restassured.RestAssured.given().baseUri(cluster.member(1).baseUri().toString())
                .get("/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("checks.find { it.name == 'ohmvision-cluster' }.data.members")).isEqualTo("2");

        // Over a window of ten intervals: each camera is signed by one member only (two members checking it would
        // take turns writing), and is checked about once per interval, never twice as often.
        Duration window = Duration.ofSeconds(20);
        Map<Long, Long> before = checksPerCamera();
        Map<Long, java.util.Set<String>> signers = new HashMap<>();
        Instant end = Instant.now().plus(window);
        while (Instant.now().isBefore(end)) {
            checkedBy(0).forEach((id, node) -> signers.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(node));
            sleep(Duration.ofMillis(250));
        }
        Map<Long, Long> after = checksPerCamera();
        long expected = window.dividedBy(INTERVAL);
        Map<Long, Long> checks = all.stream().collect(Collectors.toMap(id -> id,
                id -> after.getOrDefault(id, 0L) - before.getOrDefault(id, 0L)));
        System.out.println("ClusterIT: checks per camera in " + window.toSeconds() + " s at a " + INTERVAL.toSeconds()
                + " s interval: " + checks);
        assertThat(signers.values()).as("members that checked each camera").allMatch(s -> s.size() == 1);
        assertThat(checks.values()).allMatch(n -> n >= expected / 3 && n <= expected + 2);
    }

    @Test
    @Order(2)
    void aClientOnOneMemberHearsOfCamerasTheOtherChecksExactlyOnce() {
        Map<Long, String> checker = checkedBy(0);
        String second = nodeNames().get("1");
        List<Long> checkedBySecond = checker.entrySet().stream().filter(e -> e.getValue().equals(second))
                .map(Map.Entry::getKey).toList();
        assertThat(checkedBySecond).isNotEmpty();
        // JSON-P, not rest-assured's JsonPath: a busy machine makes levels flap and thousands of messages arrive
        List<JsonObject> events = socketOnFirst.received().stream()
                .map(m -> Json.createReader(new StringReader(m)).readObject()).toList();
        assertThat(events.stream().map(e -> e.getJsonNumber("cameraId").longValue()).distinct().toList())
                .as("a change of every camera reached the client on the first member")
                .containsAll(checkedBySecond).containsAll(allCameras());
        List<String> identities = events.stream().map(e -> e.getJsonNumber("cameraId") + "@" + e.getString("at"))
                .toList();
        System.out.println("ClusterIT: " + events.size() + " changes pushed to the client on the first member");
        assertThat(identities).as("no change delivered twice").doesNotHaveDuplicates();
    }

    @Test
    @Order(3)
    void newCredentialsSetThroughTheOtherMemberEndTheWaitWhereTheCameraIsChecked() {
        long id = register(0, "Locked", steady.url("/ch7"), "not-the-password");
        steadyCameras.add(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> "offline".equals(states(0).get(id).level()));
        assertThat(cluster.adminApi(0).health().reconnection(id).jsonPath()
                .getString("mode")).isEqualTo("WAITING_FOR_CREDENTIALS");
        String checker = checkedBy(0).get(id);
        int other = nodeNames().get("0").equals(checker) ? 1 : 0;
        long version = cluster.adminApi(other).cameras().get(id).jsonPath().getLong("version");
        cluster.adminApi(other).cameras().update(id, json("name", "Locked", "password", PASSWORD, "primaryStreamUrl",
                steady.url("/ch7"), "version", version)).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !"offline".equals(states(other).get(id).level()));
        assertThat(checkedBy(other).get(id)).isEqualTo(checker);
    }

    @Test
    @Order(4)
    void scansStartedOnOneMemberAreAnsweredByTheOther() {
        JsonPath started = cluster.adminApi(0).discovery().startScan(json("cidrs", List.of("127.0.0.1/32"), "ports",
                List.of(steady.port()))).then().statusCode(202).extract().jsonPath();
        long id = started.getLong("id");
        cluster.adminApi(1).discovery().scan(id).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !cluster.adminApi(1).discovery().scan(id).jsonPath().getString("state").equals("running"));
        JsonPath job = cluster.adminApi(1).discovery().scan(id).then().statusCode(200).extract().jsonPath();
        assertThat(job.getString("state")).isEqualTo("completed");
        assertThat(job.getList("hosts[0].openPorts", Integer.class)).containsExactly(steady.port());
        assertThat(cluster.adminApi(1).discovery().latestScan().jsonPath().getLong("id")).isEqualTo(id);
    }

    @Test
    @Order(5)
    void aUserChangedThroughOneMemberHasItsOldRolePasswordAndSocketsDroppedOnTheOther() throws Exception {
        cluster.adminApi(0).users()
                .create(json("username", "roaming", "password", "Roaming-Passw0rd", "role", "viewer"))
                .then().statusCode(201);
        cluster.apiAs(1, "roaming", "Roaming-Passw0rd").users().list().then().statusCode(403); // now known on 1
        try (HealthSocketClient socket = new HealthSocketClient(URI.create("ws://127.0.0.1:" + cluster.member(1)
                .port() + "/ws/health"), Map.of("Authorization", HealthSocketClient.basic("roaming",
                "Roaming-Passw0rd")))) {
            cluster.adminApi(0).users().update("roaming", json("role", "admin")).then().statusCode(200);
            assertThat(socket.closedWith().get(30, TimeUnit.SECONDS)).isEqualTo(1008);
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                cluster.apiAs(1, "roaming", "Roaming-Passw0rd").users().list().statusCode() == 200);

        cluster.adminApi(0).users().update("roaming", json("password", "Roaming-Passw0rd-2")).then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                cluster.apiAs(1, "roaming", "Roaming-Passw0rd").cameras().list().statusCode() == 401);
        cluster.apiAs(1, "roaming", "Roaming-Passw0rd-2").cameras().list().then().statusCode(200);
    }

    @Test
    @Order(6)
    void whenAMemberDiesTheSurvivorTakesOverItsCamerasAndPushesTheirOutages() throws Exception {
        Map<String, String> nodes = nodeNames();
        Map<Long, String> checker = checkedBy(0);
        // the victim is a member that checks at least one camera of the server about to stop
        String victim = fragileCameras.stream().map(checker::get).findFirst().map(name -> nodes.get("0")
                .equals(name) ? "0" : "1").orElseThrow();
        int survivor = victim.equals("0") ? 1 : 0;
        String survivorNode = nodes.get(String.valueOf(survivor));
        List<Long> orphaned = checker.entrySet().stream().filter(e -> e.getValue().equals(nodes.get(victim)))
                .map(Map.Entry::getKey).toList();
        List<Long> orphanedFragile = orphaned.stream().filter(fragileCameras::contains).toList();
        try (HealthSocketClient onSurvivor = new HealthSocketClient(cluster.member(survivor))) {
            Instant killed = Instant.now();
            cluster.member(Integer.parseInt(victim)).kill();
            fragile.close();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<Long, CameraState> now = states(survivor);
                return orphaned.stream().map(now::get).allMatch(s -> s.checkedBy().equals(survivorNode)
                        && s.lastCheckAt().isAfter(killed));
            });
            Duration takeover = Duration.between(killed, Instant.now());
            System.out.println("ClusterIT: the survivor checked all " + orphaned.size() + " cameras of the killed "
                    + "member " + takeover.toMillis() + " ms after the kill (interval " + INTERVAL.toSeconds() + " s)");

            await().atMost(Duration.ofSeconds(60)).until(() -> orphanedFragile.stream().allMatch(id ->
                    onSurvivor.received().stream().anyMatch(m -> m.contains("\"cameraId\":" + id)
                            && m.contains("\"to\":\"offline\""))));
            JsonPath reconnection = cluster.adminApi(survivor)
                    .health().reconnection(orphanedFragile.get(0)).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(reconnection.getString("mode")).isIn("BACKOFF", "COOLDOWN");
            JsonPath status = cluster.adminApi(survivor).health().status().then().extract().jsonPath();
            assertThat(status.getList("cluster.members")).hasSize(1);
            assertThat(status.getInt("monitoredHere")).isEqualTo(allCameras().size());
        }

        Instant restarted = Instant.now();
        cluster.member(Integer.parseInt(victim)).start();
        String returned = cluster.adminApi(Integer.parseInt(victim)).health().status().jsonPath()
                .getString("node");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                checkedBy(survivor).values().stream().distinct().count() == 2
                        && checkedBy(survivor).containsValue(returned));
        System.out.println("ClusterIT: the share was split again " + Duration.between(restarted, Instant.now())
                .toMillis() + " ms after the restart began (boot included)");
        JsonPath status = cluster.adminApi(survivor).health().status().then().extract().jsonPath();
        assertThat(status.getList("cluster.members.cameras", Integer.class)).hasSize(2).allMatch(n -> n > 0);
    }

    private static long register(int member, String name, String url) {
        return register(member, name, url, PASSWORD);
    }

    private static long register(int member, String name, String url, String password) {
        return cluster.adminApi(member).cameras().create(json("name", name, "username", USER, "password", password,
                "primaryStreamUrl", url)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static List<Long> allCameras() {
        return Stream.concat(steadyCameras.stream(), fragileCameras.stream()).toList();
    }

    record CameraState(String level, String checkedBy, Instant lastCheckAt) {
    }

    private static Map<Long, CameraState> states(int member) {
        JsonPath cameras = cluster.adminApi(member).health().cameras().then().statusCode(200).extract()
                .jsonPath();
        Map<Long, CameraState> states = new HashMap<>();
        List<Map<String, Object>> list = cameras.getList("$");
        for (Map<String, Object> camera : list) {
            Object last = camera.get("lastCheckAt");
            states.put(((Number) camera.get("cameraId")).longValue(), new CameraState((String) camera.get("level"),
                    String.valueOf(camera.get("checkedBy")), last == null ? Instant.MIN : Instant.parse((String) last)));
        }
        return states;
    }

    private static Map<Long, String> checkedBy(int member) {
        return states(member).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().checkedBy()));
    }

    /** Each member's own node name (what it signs its checks with), by member index. */
    private static Map<String, String> nodeNames() {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < cluster.size(); i++) {
            names.put(String.valueOf(i), cluster.adminApi(i).health().status().jsonPath().getString("node"));
        }
        return names;
    }

    /** Checks recorded per camera so far, from the hourly rollups every check adds to. */
    private static Map<Long, Long> checksPerCamera() throws SQLException {
        Map<Long, Long> checks = new HashMap<>();
        try (Connection connection = cluster.database().connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select camera_id, sum(checks) from latency_rollups group by camera_id")) {
            while (rows.next()) {
                checks.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return checks;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
