package io.ohmvision.cameras;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.ohmvision.testing.CameraWebRoot;
import io.ohmvision.testing.FlatJpeg;
import io.ohmvision.testing.NginxTestPeer;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.ScriptedHttpServer;
import io.ohmvision.testing.SilentPeer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * POST /api/cameras/{id}/probe against a real RTSP server (GStreamer, Digest auth) serving Hikvision's paths, and
 * the catalogue learning from what worked.
 */
class ChannelProbingIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "Probe:p@ss/#1";

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    static RtspTestPeer peer;

    @BeforeAll
    static void startPeer() {
        peer = RtspTestPeer.start(USER, PASSWORD, 0, "/Streaming/Channels/101=main", "/Streaming/Channels/102=sub");
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    /** connectionConfig's timeoutMs and retries: a camera that never answers is given up on sooner, and retried. */
    @Test
    void aCamerasOwnTimeoutAndRetriesAreHonoured() throws Exception {
        try (SilentPeer silent = new SilentPeer()) {
            long id = SERVER.adminApi().cameras().create(json("name", "Slow link", "primaryStreamUrl",
                            silent.url("rtsp", "/live"), "connectionConfig", Map.of("timeoutMs", 600, "retries", 2)))
                    .then().statusCode(201).extract().jsonPath().getLong("id");

            JsonPath checks = SERVER.adminApi().cameras().probe(id).then().statusCode(200).extract().jsonPath();

            assertThat(checks.getString("find { it.role == 'PRIMARY' }.result.outcome")).isEqualTo("TIMEOUT");
            assertThat(checks.getString("find { it.role == 'PRIMARY' }.result.reason")).endsWith("(3 attempts)");
            assertThat(checks.getLong("find { it.role == 'PRIMARY' }.result.latencyMillis"))
                    .as("the camera's 600 ms, not the default 5 s").isLessThan(3_000);
            assertThat(silent.connections()).as("one attempt and two retries").isEqualTo(3);
        }
    }

    /**
     * A camera that takes its credentials in the query (Reolink's snapshot API, Foscam's CGI): typed into the URL
     * they are taken out and stored encrypted, the stored URL keeps empty slots, and the probe fills them in.
     */
    @Test
    void credentialsInTheQueryAreStoredApartAndFilledInWhenConnecting() throws Exception {
        String password = "Q&p@ss=1";
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
        try (ScriptedHttpServer camera = ScriptedHttpServer.start()) {
            List<String> queries = new CopyOnWriteArrayList<>();
            camera.on("/cgi-bin/api.cgi", exchange -> {
                queries.add(exchange.getRequestURI().getRawQuery());
                boolean right = exchange.getRequestURI().getRawQuery().endsWith("&user=admin&password=" + encoded);
                // a refusal stands for the camera's own answer to wrong credentials
                ScriptedHttpServer.reply(right ? 200 : 401, "image/jpeg", FlatJpeg.of(64, 48), Map.of())
                        .handle(exchange);
            });
            String snapshot = camera.url("/cgi-bin/api.cgi?cmd=Snap&channel=0&rs=ohmvision");
            Response created = SERVER.adminApi().cameras().create(json("name", "Reolink API", "connectionType", "http",
                    "ipAddress", "127.0.0.1", "snapshotUrl", snapshot + "&user=admin&password=" + encoded));
            created.then().statusCode(201).body("snapshotUrl", equalTo(snapshot + "&user=&password="))
                    .body("username", equalTo("admin")).body("hasPassword", equalTo(true));
            long id = created.jsonPath().getLong("id");

            String body = SERVER.adminApi().cameras().probe(id).then().statusCode(200).extract().asString();

            JsonPath checks = new JsonPath(body);
            assertThat(checks.getString("find { it.role == 'SNAPSHOT' }.result.outcome")).isEqualTo("OK");
            assertThat(checks.getString("find { it.role == 'SNAPSHOT' }.result.maskedUrl"))
                    .endsWith("&user=admin&password=***");
            assertThat(queries).contains("cmd=Snap&channel=0&rs=ohmvision&user=admin&password=" + encoded);
            assertThat(body + SERVER.adminApi().cameras().get(id).asString()).doesNotContain(password)
                    .doesNotContain(encoded);
        }
    }

    @Test
    void probesEveryChannelAndLearnsTheTemplateThatWorked() {
        long id = SERVER.adminApi().cameras().create(json("name", "Probe Hik", "manufacturer", "hikvision", "model",
                        "DS-2CD-TEST", "firmwareVersion", "V5.7.1", "username", USER, "password", PASSWORD,
                        "primaryStreamUrl", peer.url("/Streaming/Channels/101"),
                        "secondaryStreamUrl", peer.url("/Streaming/Channels/102")))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        String body = SERVER.adminApi().cameras().probe(id).then().statusCode(200).extract()
                .asString();
        assertThat(body).doesNotContain(PASSWORD);
        JsonPath checks = new JsonPath(body);
        assertThat(checks.getString("find { it.role == 'PRIMARY' }.result.outcome")).isEqualTo("OK");
        assertThat(checks.getString("find { it.role == 'PRIMARY' }.result.media.videoCodec")).isEqualTo("H.264");
        assertThat(checks.getInt("find { it.role == 'PRIMARY' }.result.media.width")).isEqualTo(640);
        assertThat(checks.getInt("find { it.role == 'SECONDARY' }.result.media.width")).isEqualTo(320);
        assertThat(checks.getString("find { it.role == 'PRIMARY' }.result.reason")).isNotBlank();

        JsonPath templates = SERVER.adminApi().discovery()
                .streamTemplates("hikvision", "model=DS-2CD-TEST&firmware=V5.7.1").then()
                .statusCode(200).extract().jsonPath();
        assertThat(templates.getString("templates[0].url"))
                .isEqualTo("rtsp://{host}:{port}/Streaming/Channels/{channelStream}");
        assertThat(templates.getString("templates[0].learned.matchedOn")).isEqualTo("model-and-firmware");
        assertThat(templates.getInt("templates[0].learned.confirmations")).isGreaterThanOrEqualTo(1);
        // Another model of the same make still benefits, with a weaker match.
        SERVER.adminApi().discovery().streamTemplates("hikvision", "model=OTHER").then()
                .body("templates[0].learned.matchedOn", equalTo("manufacturer"));
    }

    @Test
    void snapshotsAndDeepProbesDecodeRealVideo() {
        long live = camera("Deep live", PASSWORD, "/main");
        byte[] jpeg = SERVER.adminApi().with(r -> r.accept("image/jpeg")).cameras().snapshot(live).then()
                .statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(jpeg).startsWith(0xFF, 0xD8).endsWith(0xFF, 0xD9).hasSizeGreaterThan(1000);
        JsonPath deep = SERVER.adminApi().cameras().deepProbe(live).then().statusCode(200)
                .extract().jsonPath();
        assertThat(deep.getString("result.outcome")).isEqualTo("OK");
        assertThat(deep.getDouble("measuredFps")).isGreaterThan(10.0);
        assertThat(deep.getBoolean("frozen")).isFalse();

        long still = camera("Deep still", PASSWORD, "/still");
        assertThat(SERVER.adminApi().cameras().deepProbe(still).then().statusCode(200).extract()
                .jsonPath().getBoolean("frozen")).isTrue();

        long locked = camera("Deep wrong password", "wrong-password", "/main");
        String refused = SERVER.adminApi().with(r -> r.accept("image/jpeg")).cameras().snapshot(locked).then()
                .statusCode(502).contentType("application/problem+json").extract().asString();
        assertThat(refused).contains("AUTH_FAILED").doesNotContain("wrong-password");
    }

    private static long camera(String name, String password, String path) {
        return SERVER.adminApi().cameras().create(json("name", name, "username", USER, "password", password,
                "primaryStreamUrl", peer.url(path))).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void anHttpsCameraTrustedOnFirstUseIsPinnedToTheCertificateItShowed() {
        try (CameraWebRoot www = CameraWebRoot.start(); NginxTestPeer nginx = NginxTestPeer.start(www, USER, PASSWORD)) {
            long id = SERVER.adminApi().cameras().create("{\"name\":\"TLS first use\",\"ipAddress\":\"127.0.0.1\","
                    + "\"snapshotUrl\":\"" + nginx.httpsUrl("/open/snap.jpg") + "\","
                    + "\"connectionConfig\":{\"tls\":{\"trust\":\"first-use\"}}}")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            SERVER.adminApi().cameras().probe(id).then().statusCode(200)
                    .body("[0].result.outcome", equalTo("OK"))
                    .body("[0].result.fingerprint.certificateSha256", equalTo(nginx.certificateSha256()));
            SERVER.adminApi().cameras().get(id).then()
                    .body("connectionConfig.tls.trust", equalTo("pinned"))
                    .body("connectionConfig.tls.sha256", equalTo(nginx.certificateSha256()));
        }
        SERVER.adminApi().cameras().create("{\"name\":\"bad tls\",\"ipAddress\":\"127.0.0.1\","
                + "\"connectionConfig\":{\"tls\":{\"trust\":\"whatever\"}}}").then()
                .statusCode(400).body("detail", org.hamcrest.Matchers.containsString("connectionConfig.tls.trust"));
    }

    @Test
    void aWrongPasswordIsReportedAsSuch() {
        long id = SERVER.adminApi().cameras().create(json("name", "Probe wrong pw", "username", USER,
                        "password", "wrong-one", "primaryStreamUrl", peer.url("/main")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        SERVER.adminApi().cameras().probe(id).then().statusCode(200)
                .body("[0].result.outcome", equalTo("AUTH_FAILED"));
        SERVER.adminApi().cameras().probe(424242).then().statusCode(404);
    }
}
