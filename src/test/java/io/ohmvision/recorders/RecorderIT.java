package io.ohmvision.recorders;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.ohmvision.testing.OnvifSimulator;
import io.ohmvision.testing.LoopbackPorts;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An NVR on a real RTSP server (GStreamer, Digest) serving three channels under Hikvision's numbering: adding it
 * finds the three channels (and not a fourth), each becomes a camera linked to the recorder and is watched on its
 * own; when the recorder stops, all its channels go offline with the cause "recorder down" after one check of the
 * recorder, and they come back together when it returns.
 */
class RecorderIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "Nvr:p@ss#8";
    private static final String[] HIKVISION_CHANNELS = {"/Streaming/Channels/101=main", "/Streaming/Channels/102=sub",
            "/Streaming/Channels/201=sub", "/Streaming/Channels/301=sub"};

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.monitoringOnH2("recorder-h2");

    static RtspTestPeer peer;

    @BeforeAll
    static void startRecorder() {
        peer = recorderOn(LoopbackPorts.free());
    }

    /** Only the recorder's own channel paths: with /main beside them auto-detect could rank either equal stream first. */
    private static RtspTestPeer recorderOn(int port) {
        return RtspTestPeer.startAt(List.of(), "127.0.0.1", port, true, USER, PASSWORD, HIKVISION_CHANNELS);
    }

    @AfterAll
    static void stopRecorder() {
        peer.close();
    }

    @Test
    void aRecorderIsOneCheckForAllItsChannels() {
        JsonPath added = SERVER.adminApi().recorders().create(json("name", "NVR lab", "manufacturer", "hikvision",
                        "ipAddress", "127.0.0.1", "port", peer.port(), "username", USER, "password", PASSWORD,
                        "channels", 4))
                .then().statusCode(201).extract().jsonPath();
        long recorder = added.getLong("id");
        assertThat(added.getList("channels.channel", Integer.class)).containsExactly(1, 2, 3);
        assertThat(added.getList("channels.primaryStreamUrl")).containsExactly(
                peer.url("/Streaming/Channels/101"), peer.url("/Streaming/Channels/201"),
                peer.url("/Streaming/Channels/301"));
        assertThat(added.getList("channels.secondaryStreamUrl").get(0)).isEqualTo(peer.url("/Streaming/Channels/102"));
        assertThat(added.getList("channelsNotFound.channel", Integer.class)).containsExactly(4);
        assertThat(added.getList("channelsNotFound.outcome")).containsExactly("NOT_FOUND");
        assertThat(added.getBoolean("hasPassword")).isTrue();
        assertThat(added.prettify()).doesNotContain(PASSWORD);
        List<Long> channels = added.getList("channels.cameraId", Long.class);
        JsonPath camera = SERVER.adminApi().cameras().get(channels.get(1)).then().statusCode(200).extract()
                .jsonPath();
        assertThat(camera.getLong("recorderId")).isEqualTo(recorder);
        assertThat(camera.getInt("recorderChannel")).isEqualTo(2);
        assertThat(camera.getString("connectionType")).isEqualTo("nvr");

        channels.forEach(id -> awaitOnline(id, true));

        peer.close();
        channels.forEach(id -> awaitOnline(id, false));
        Map<String, Object> health = recorderHealth(recorder);
        assertThat(health.get("recorder")).isEqualTo("offline");
        assertThat(health.get("channelsOffline")).isEqualTo(3);
        // one look at the recorder decided for all three channels; its own rechecks follow its backoff (1 s, 2 s,
        // 4 s here), so by the time all are seen offline there were at most a couple
        assertThat(((Number) health.get("recorderChecks")).longValue()).isBetween(1L, 3L);
        assertThat(((Number) health.get("channelChecksSpared")).longValue()).isGreaterThanOrEqualTo(2L);
        for (long id : channels) {
            JsonPath state = SERVER.adminApi().health().camera(id).then().extract().jsonPath();
            assertThat(state.getString("cause")).isEqualTo("RECORDER_DOWN");
            assertThat(state.getLong("recorderId")).isEqualTo(recorder);
            assertThat(state.getString("connectionType")).isEqualTo("nvr");
            assertThat(state.getString("reason")).startsWith("recorder down:");
        }

        JsonPath status = SERVER.adminApi().health().status().then().statusCode(200).extract().jsonPath();
        assertThat(status.getList("offline.findAll { it.recorderId == " + recorder + " }.recorderChannel",
                Integer.class)).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(SERVER.adminApi().health().cameras().then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.recorderId == " + recorder + " }.cause")).containsOnly("RECORDER_DOWN");

        peer = recorderOn(peer.port());
        channels.forEach(id -> awaitOnline(id, true));
        assertThat(recorderHealth(recorder)).containsEntry("recorder", "online").containsEntry("channelsOnline", 3);

        SERVER.adminApi().recorders().delete(recorder).then().statusCode(204);
        channels.forEach(id -> SERVER.adminApi().cameras().get(id).then().statusCode(404));
        SERVER.adminApi().recorders().get(recorder).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRecorderCanBeAddedByItsOnvifProfilesOneChannelPerVideoSource() {
        try (OnvifSimulator onvif = OnvifSimulator.onLoopback(USER, PASSWORD,
                "--profile", "ch1main,Channel1Main,H264,640,360,25," + peer.url("/Streaming/Channels/101"),
                "--profile", "ch1sub,Channel1Sub,H264,320,180,10," + peer.url("/Streaming/Channels/102"),
                "--profile", "ch2main,Channel2Main,H264,640,360,25," + peer.url("/Streaming/Channels/201"),
                "--profile-source", "ch1main=VideoSource_1", "--profile-source", "ch1sub=VideoSource_1",
                "--profile-source", "ch2main=VideoSource_2")) {
            JsonPath added = SERVER.adminApi().recorders().create(json("name", "NVR by ONVIF", "ipAddress", "127.0.0.1",
                            "onvifUrl", onvif.deviceServiceUrl(), "username", USER, "password", PASSWORD))
                    .then().statusCode(201).extract().jsonPath();
            assertThat(added.getList("channels.channel", Integer.class)).containsExactly(1, 2);
            assertThat(added.getList("channels.primaryStreamUrl")).containsExactly(
                    peer.url("/Streaming/Channels/101"), peer.url("/Streaming/Channels/201"));
            assertThat(added.getList("channels.secondaryStreamUrl")).containsExactly(
                    peer.url("/Streaming/Channels/102"), null);
            assertThat(added.getInt("port")).isEqualTo(peer.port());
            SERVER.adminApi().recorders().delete(added.getLong("id")).then().statusCode(204);
        }
    }

    @Test
    void autoDetectTellsARecorderByItsChannelNumberingAndAddsItWithOneCameraPerChannel() {
        JsonPath preview = SERVER.adminApi().discovery().autoDetect(json("ip", "127.0.0.1", "port", peer.port(),
                        "manufacturer", "hikvision", "username", USER, "password", PASSWORD))
                .then().statusCode(200).extract().jsonPath();
        assertThat(preview.getString("main.url")).isEqualTo(peer.url("/Streaming/Channels/101"));
        assertThat(preview.getString("recorder.description")).isEqualTo("recorder with 3 channels");
        assertThat(preview.getString("recorder.recognisedBy")).contains("channel 2 answers");
        assertThat(preview.getList("recorder.channels.channel", Integer.class)).containsExactly(1, 2, 3);
        assertThat(preview.getList("recorder.channels.main")).containsExactly(peer.url("/Streaming/Channels/101"),
                peer.url("/Streaming/Channels/201"), peer.url("/Streaming/Channels/301"));
        assertThat(preview.getString("recorderId")).isNull();
        assertThat(preview.prettify()).doesNotContain(PASSWORD);

        io.restassured.response.Response created = SERVER.adminApi().discovery().autoDetect(json("ip", "127.0.0.1",
                        "port", peer.port(), "manufacturer", "hikvision", "username", USER, "password", PASSWORD,
                        "create", true, "name", "NVR detected"));
        created.then().statusCode(201);
        long recorder = created.jsonPath().getLong("recorderId");
        assertThat(created.header("Location")).endsWith("/api/recorders/" + recorder);
        assertThat(created.jsonPath().getString("cameraId")).isNull();
        assertThat(created.jsonPath().getString("saving")).contains("3 channel camera(s)");
        JsonPath stored = SERVER.adminApi().recorders().get(recorder).then().statusCode(200).extract()
                .jsonPath();
        assertThat(stored.getString("name")).isEqualTo("NVR detected");
        assertThat(stored.getList("channels.channel", Integer.class)).containsExactly(1, 2, 3);
        assertThat(stored.getBoolean("hasPassword")).isTrue();
        SERVER.adminApi().recorders().delete(recorder).then().statusCode(204);
    }

    /**
     * A rotated recorder password: every channel fails AUTH_FAILED and waits (retrying would lock the account);
     * one PUT of the new credentials brings them all back at once, keeping the cameras and their history.
     */
    @Test
    void aRecordersNewPasswordReachesEveryChannel() {
        int port = LoopbackPorts.free();
        RtspTestPeer rotating = RtspTestPeer.startAt(List.of(), "127.0.0.1", port, true, USER, "Old-pass1",
                "/Streaming/Channels/101=sub", "/Streaming/Channels/201=sub");
        try {
            JsonPath added = SERVER.adminApi().recorders().create(json("name", "NVR rotating",
                            "manufacturer", "hikvision", "ipAddress", "127.0.0.1", "port", port, "username", USER,
                            "password", "Old-pass1", "channels", 2)).then().statusCode(201).extract().jsonPath();
            long recorder = added.getLong("id");
            List<Long> channels = added.getList("channels.cameraId", Long.class);
            channels.forEach(id -> awaitOnline(id, true));
            assertThat(recorderHealth(recorder)).as("channels that stream prove the recorder answers")
                    .containsEntry("recorder", "online");

            rotating.close();
            rotating = RtspTestPeer.startAt(List.of(), "127.0.0.1", port, true, USER, "New-pass2",
                    "/Streaming/Channels/101=sub", "/Streaming/Channels/201=sub");
            channels.forEach(id -> awaitOnline(id, false));
            for (long id : channels) {
                await().atMost(Duration.ofSeconds(30)).until(() -> "WAITING_FOR_CREDENTIALS".equals(SERVER.adminApi()
                        .health().reconnection(id).then().extract().jsonPath()
                        .getString("mode")));
                assertThat(SERVER.adminApi().health().camera(id).then().extract().jsonPath()
                        .getString("cause")).isEqualTo("AUTH_FAILED");
            }

            SERVER.adminApi().recorders()
                    .changeCredentials(recorder, json("username", USER, "password", "x".repeat(201)))
                    .then().statusCode(400)
                    .contentType("application/problem+json");
            SERVER.adminApi().recorders().changeCredentials(999999, json("username", USER, "password", "New-pass2"))
                    .then().statusCode(404);
            JsonPath changed = SERVER.adminApi().recorders()
                    .changeCredentials(recorder, json("username", USER, "password", "New-pass2"))
                    .then().statusCode(200).extract().jsonPath();
            assertThat(changed.getBoolean("hasPassword")).isTrue();
            assertThat(changed.prettify()).doesNotContain("New-pass2");
            channels.forEach(id -> awaitOnline(id, true));
            assertThat(SERVER.adminApi().health().outages(channels.get(0)).then()
                    .statusCode(200).extract().jsonPath().getList("ongoing", Boolean.class))
                    .as("the outage is kept, and over").isNotEmpty().containsOnly(false);
            SERVER.adminApi().recorders().delete(recorder).then().statusCode(204);
        } finally {
            rotating.close();
        }
    }

    @Test
    void refusedRecordersStoreNothing() {
        int before = SERVER.adminApi().recorders().list().then().statusCode(200).extract().jsonPath()
                .getList("$").size();
        SERVER.adminApi().recorders()
                .create(json("name", "x", "manufacturer", "no-such-brand", "ipAddress", "127.0.0.1"))
                .then().statusCode(400).contentType("application/problem+json");
        SERVER.adminApi().recorders().create(json("name", "x", "ipAddress", "127.0.0.1")).then()
                .statusCode(400).body("detail", containsString("onvifUrl"));
        SERVER.adminApi().recorders().create(json("name", "x", "manufacturer", "axis", "ipAddress", "127.0.0.1"))
                .then().statusCode(400).body("detail", containsString("hikvision"));
        SERVER.adminApi().recorders().create(json("name", "x", "manufacturer", "hikvision", "ipAddress", "127.0.0.1",
                        "port", peer.port(), "username", USER, "password", "wrong", "channels", 2))
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", containsString("AUTH_FAILED"));
        SERVER.adminApi().recorders().create(json("name", "x", "manufacturer", "hikvision", "ipAddress", "127.0.0.1",
                        "channels", 999))
                .then().statusCode(400);
        assertThat(SERVER.adminApi().recorders().list().then().extract().jsonPath().getList("$")).hasSize(before);
    }

    @Test
    void theOpenApiDocumentDescribesRecorders() {
        Map<String, Object> paths = SERVER.anonymous().accept(ContentType.JSON).get("/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        assertThat(paths).containsKeys("/api/recorders", "/api/recorders/{id}", "/api/health/recorders");
        Map<String, Object> schemas = SERVER.anonymous().accept(ContentType.JSON).get("/openapi").then()
                .extract().jsonPath().getMap("components.schemas");
        assertThat(schemas).containsKeys("AutoDetectRecorder", "AutoDetectRecorderChannel");
        assertThat(SERVER.anonymous().accept(ContentType.JSON).get("/openapi").then().extract().jsonPath()
                .getMap("components.schemas.CameraHealth.properties"))
                .containsKeys("connectionType", "recorderId", "recorderChannel");
        assertThat(SERVER.anonymous().accept(ContentType.JSON).get("/openapi").then().extract().jsonPath()
                .getMap("paths.'/api/discovery/auto-detect'.post.responses.'201'.content.'application/json'.examples")
        ).containsKey("recorder");
    }

    private static Map<String, Object> recorderHealth(long recorder) {
        return SERVER.adminApi().health().recorders().then().statusCode(200).extract().jsonPath()
                .getMap("find { it.recorderId == " + recorder + " }");
    }

    private static void awaitOnline(long id, boolean online) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String level = SERVER.adminApi().health().camera(id).then().extract().jsonPath()
                    .getString("level");
            return online ? List.of("excellent", "good", "fair", "poor").contains(level) : "offline".equals(level);
        });
    }
}
