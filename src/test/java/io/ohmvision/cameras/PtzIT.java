package io.ohmvision.cameras;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.ohmvision.testing.OnvifSimulator;
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
 * PTZ over ONVIF through the real server against the simulator's PTZ service (src/test/peers/onvif-sim.py): every
 * command is checked by what the simulated head did, not by the API's answer alone.
 */
class PtzIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "Ptz:sim#Secret1";
    private static final String VIEWER = "ptz-viewer";
    private static final String OPERATOR = "ptz-operator";
    private static final String OTHERS_PASSWORD = "ptz-Passw0rd-1";

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    private static OnvifSimulator ptzCamera;
    private static OnvifSimulator fixedCamera;
    private static long ptzId;
    private static long fixedId;

    @BeforeAll
    static void cameras() {
        ptzCamera = OnvifSimulator.onLoopback(USER, PASSWORD, "--discovery-address", "off",
                "--preset", "1,Entrance,0.5,0.2,0.1", "--preset", "Preset_2,Car <park>,-0.4,-0.1,0.5");
        fixedCamera = OnvifSimulator.onLoopback(USER, PASSWORD, "--discovery-address", "off",
                "--capabilities", "events,imaging");
        ptzId = register("PTZ dome", ptzCamera);
        fixedId = register("Fixed bullet", fixedCamera);
        for (String role : List.of("viewer", "operator")) {
            SERVER.adminApi().users().create(json("username", "ptz-" + role, "password", OTHERS_PASSWORD,
                    "role", role)).then().statusCode(201);
        }
    }

    @AfterAll
    static void stopCameras() {
        ptzCamera.close();
        fixedCamera.close();
    }

    @Test
    void anOperatorMovesStopsAndTheHeadFollows() {
        // written out: JsonBodies.json keeps whole numbers only
        operator().contentType(ContentType.JSON).body("{\"pan\": 0.5, \"tilt\": -0.25, \"zoom\": 0, \"timeoutMs\": 3000}")
                .post("/api/cameras/{id}/ptz/move", ptzId).then().statusCode(204);

        JsonPath moving = ptzCamera.ptzState();
        assertThat(moving.getBoolean("moving")).isTrue();
        assertThat(moving.getMap("lastCommand")).containsEntry("operation", "ContinuousMove")
                .containsEntry("pan", 0.5f).containsEntry("tilt", -0.25f).containsEntry("timeout", "PT3S");
        await().atMost(Duration.ofSeconds(2)).until(() -> ptzCamera.ptzState().getFloat("pan") > 0.05f);

        operator().post("/api/cameras/{id}/ptz/stop", ptzId).then().statusCode(204);

        JsonPath stopped = ptzCamera.ptzState();
        assertThat(stopped.getBoolean("moving")).isFalse();
        assertThat(stopped.getString("lastCommand.operation")).isEqualTo("Stop");
        assertThat(stopped.getFloat("pan")).isPositive();
        assertThat(stopped.getFloat("tilt")).isNegative();
    }

    @Test
    void aMoveWithoutTimeoutEndsAfterOneSecondByItself() {
        operator().contentType(ContentType.JSON).body(json("zoom", 1)).post("/api/cameras/{id}/ptz/move", ptzId)
                .then().statusCode(204);

        assertThat(ptzCamera.ptzState().getString("lastCommand.timeout")).isEqualTo("PT1S");
        await().atMost(Duration.ofSeconds(3)).until(() -> !ptzCamera.ptzState().getBoolean("moving"));
    }

    @Test
    void listsPresetsAndGoesToOneAndHome() {
        List<Map<String, Object>> presets = operator().get("/api/cameras/{id}/ptz/presets", ptzId).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(presets).containsExactly(Map.of("token", "1", "name", "Entrance"),
                Map.of("token", "Preset_2", "name", "Car <park>"));

        SERVER.asAdmin().post("/api/cameras/{id}/ptz/presets/{token}/goto", ptzId, "Preset_2").then().statusCode(204);
        JsonPath atPreset = ptzCamera.ptzState();
        assertThat(atPreset.getString("lastCommand.preset")).isEqualTo("Preset_2");
        assertThat(List.of(atPreset.getFloat("pan"), atPreset.getFloat("tilt"), atPreset.getFloat("zoom")))
                .containsExactly(-0.4f, -0.1f, 0.5f);

        operator().post("/api/cameras/{id}/ptz/home", ptzId).then().statusCode(204);
        JsonPath home = ptzCamera.ptzState();
        assertThat(home.getString("lastCommand.operation")).isEqualTo("GotoHomePosition");
        assertThat(List.of(home.getFloat("pan"), home.getFloat("tilt"), home.getFloat("zoom")))
                .containsExactly(0f, 0f, 0f);
    }

    @Test
    void aPresetTheCameraDoesNotKnowIsTheCamerasFaultWithoutThePassword() {
        operator().post("/api/cameras/{id}/ptz/presets/{token}/goto", ptzId, "99").then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("refused GotoPreset: env:Sender ter:InvalidArgVal ter:NoToken"))
                .body(not(containsString(PASSWORD)));
    }

    @Test
    void aTokenThatCouldCarryMarkupIsRefusedBeforeAnythingIsSent() {
        int before = ptzCamera.ptzState().getList("commands").size();

        for (String token : List.of("1%3C%2Ftptz%3APresetToken%3E", "a%20b", "x".repeat(65))) {
            operator().urlEncodingEnabled(false).post("/api/cameras/" + ptzId + "/ptz/presets/" + token + "/goto")
                    .then().statusCode(400).contentType("application/problem+json");
        }

        assertThat(ptzCamera.ptzState().getList("commands")).hasSize(before);
    }

    @Test
    void outOfRangeSpeedsTimeoutsAndUnknownFieldsAreRefusedAndNothingMoves() {
        int before = ptzCamera.ptzState().getList("commands").size();

        for (String body : List.of("{\"pan\": 1.5}", "{\"tilt\": -2}", "{\"pan\": 0.5, \"timeoutMs\": 60000}",
                "{\"pan\": 0.5, \"timeoutMs\": 0}", "{\"pan\": 0.5, \"speed\": 1}", "{}", "{\"pan\": 0}")) {
            operator().contentType(ContentType.JSON).body(body).post("/api/cameras/{id}/ptz/move", ptzId).then()
                    .statusCode(400).contentType("application/problem+json");
        }

        assertThat(ptzCamera.ptzState().getList("commands")).hasSize(before);
    }

    @Test
    void aViewerMayNotMoveTheCamera() {
        int before = ptzCamera.ptzState().getList("commands").size();

        SERVER.as(VIEWER, OTHERS_PASSWORD).contentType(ContentType.JSON).body(json("pan", 1))
                .post("/api/cameras/{id}/ptz/move", ptzId).then().statusCode(403);
        SERVER.as(VIEWER, OTHERS_PASSWORD).post("/api/cameras/{id}/ptz/home", ptzId).then().statusCode(403);
        SERVER.as(VIEWER, OTHERS_PASSWORD).get("/api/cameras/{id}/ptz/presets", ptzId).then().statusCode(403);

        assertThat(ptzCamera.ptzState().getList("commands")).hasSize(before);
    }

    @Test
    void aCameraWithoutPtzSaysSo() {
        operator().contentType(ContentType.JSON).body(json("pan", 1)).post("/api/cameras/{id}/ptz/move", fixedId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("has no PTZ over ONVIF: the device announces no PTZ service"));
        operator().get("/api/cameras/{id}/ptz/presets", fixedId).then().statusCode(409);
    }

    @Test
    void aCameraNotConnectedOverOnvifSaysSo() {
        long rtsp = SERVER.adminApi().cameras().create(json("name", "RTSP only", "connectionType", "rtsp",
                        "primaryStreamUrl", "rtsp://127.0.0.1:1/stream")).then().statusCode(201).extract().jsonPath()
                .getLong("id");

        operator().post("/api/cameras/{id}/ptz/stop", rtsp).then().statusCode(409)
                .body("detail", containsString("is connected over rtsp, not ONVIF"));
        operator().post("/api/cameras/{id}/ptz/stop", 987654).then().statusCode(404);
    }

    private static long register(String name, OnvifSimulator device) {
        return SERVER.adminApi().cameras().create(json("name", name, "connectionType", "onvif", "primaryStreamUrl",
                        device.deviceServiceUrl(), "username", USER, "password", PASSWORD)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return SERVER.as(OPERATOR, OTHERS_PASSWORD);
    }
}
