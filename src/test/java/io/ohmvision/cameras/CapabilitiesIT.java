package io.ohmvision.cameras;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.ohmvision.testing.ChromeBrowser;
import io.ohmvision.testing.FlatJpeg;
import io.ohmvision.testing.LoopbackPorts;
import io.ohmvision.testing.OnvifSimulator;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.ScriptedHttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Capabilities read from the ONVIF device (src/test/peers/onvif-sim.py) through the real server: auto-detect on
 * loopback stores the camera with its device service and capabilities, a refresh reads them again, and PTZ reaches
 * the device of a camera stored as a plain HTTP camera; the camera page shows them in headless Chromium.
 */
class CapabilitiesIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "Caps:sim#Secret1";

    @RegisterExtension
    @Order(1)
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    @RegisterExtension
    @Order(2)
    static final ChromeBrowser BROWSER = new ChromeBrowser(SERVER);

    /** The device's snapshot, on its own host: what makes auto-detect store it (no RTSP server here). */
    private static ScriptedHttpServer snapshots;
    private static final List<OnvifSimulator> DEVICES = new ArrayList<>();

    @BeforeAll
    static void snapshotServer() {
        snapshots = ScriptedHttpServer.start().on("/snap.jpg", ScriptedHttpServer.reply(200, "image/jpeg",
                FlatJpeg.of(64, 48), Map.of()));
    }

    @AfterAll
    static void stopPeers() {
        DEVICES.forEach(OnvifSimulator::close);
        snapshots.close();
    }

    @Test
    void autoDetectStoresTheDeviceServiceAndCapabilitiesAndPtzMovesThroughIt() {
        OnvifSimulator device = device(LoopbackPorts.free());

        long id = autoDetect(device);

        JsonPath camera = SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath();
        assertThat(camera.getString("connectionType")).as("stored as its snapshot, not over onvif").isEqualTo("http");
        assertThat(camera.getString("onvifDeviceUrl")).isEqualTo(device.deviceServiceUrl());
        assertThat(camera.getMap("capabilities")).containsEntry("ptz", true).containsEntry("audioIn", 1)
                .containsEntry("audioOut", 1).containsEntry("events", true).containsEntry("imaging", true)
                .containsEntry("analytics", true).containsEntry("recording", true)
                .containsEntry("readWith", "GetServices").containsKey("readAt");

        SERVER.asAdmin().contentType(ContentType.JSON).body(json("pan", 1)).post("/api/cameras/{id}/ptz/move", id)
                .then().statusCode(204);
        assertThat(device.ptzState().getBoolean("moving")).isTrue();
        assertThat(device.ptzState().getString("lastCommand.operation")).isEqualTo("ContinuousMove");
    }

    @Test
    void aRefreshAfterTheDeviceChangedShowsTheChangeAndPtzIsRefusedWithoutAskingIt() {
        int port = LoopbackPorts.free();
        OnvifSimulator before = device(port);
        long id = autoDetect(before);
        before.close();
        device(port, "--capabilities", "events,audio-in");

        Response refreshed = SERVER.asAdmin().post("/api/cameras/{id}/capabilities/refresh", id);

        refreshed.then().statusCode(200);
        assertThat(refreshed.asString()).doesNotContain(PASSWORD);
        assertThat(refreshed.jsonPath().getMap("$")).containsEntry("ptz", false).containsEntry("audioIn", 1)
                .containsEntry("audioOut", 0).containsEntry("events", true).containsEntry("imaging", false)
                .containsEntry("analytics", false).containsEntry("recording", false);
        assertThat(SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath()
                .getBoolean("capabilities.ptz")).isFalse();
        SERVER.asAdmin().contentType(ContentType.JSON).body(json("pan", 1)).post("/api/cameras/{id}/ptz/move", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("announced no PTZ service"));
    }

    @Test
    void oldFirmwareWithoutGetServicesGivesItsCapabilitiesThroughGetCapabilities() {
        OnvifSimulator device = device(LoopbackPorts.free(), "--legacy-services", "--capabilities", "ptz,imaging");

        long id = autoDetect(device);
        JsonPath refreshed = SERVER.asAdmin().post("/api/cameras/{id}/capabilities/refresh", id).then()
                .statusCode(200).extract().jsonPath();

        assertThat(SERVER.adminApi().cameras().get(id).then().extract().jsonPath().getString("capabilities.readWith"))
                .isEqualTo("GetCapabilities");
        assertThat(refreshed.getMap("$")).containsEntry("readWith", "GetCapabilities").containsEntry("ptz", true)
                .containsEntry("imaging", true).containsEntry("events", false).containsEntry("audioIn", 0);
    }

    @Test
    void theCameraPageShowsTheCapabilitiesAndReadsThemAgainOnDemand() {
        int port = LoopbackPorts.free();
        OnvifSimulator before = device(port, "--capabilities", "ptz,events");
        long id = autoDetect(before);
        BROWSER.signIn("admin", RunningServer.ADMIN_PASSWORD);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("count-excellent")));

        BROWSER.open("/admin/camera.xhtml?id=" + id);
        String shown = BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("camera:capabilities")))
                .getText();
        assertThat(shown).contains("PTZ", "Events", "GetServices").doesNotContain("Imaging", "Audio");
        assertThat(BROWSER.driver().findElements(By.id("camera:ptz-left"))).hasSize(1);

        before.close();
        device(port, "--capabilities", "events");
        BROWSER.driver().findElement(By.id("camera:capabilities-refresh")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Capabilities read"));
        BROWSER.awaitAjax();
        assertThat(BROWSER.driver().findElement(By.id("camera:capabilities")).getText()).contains("Events")
                .doesNotContain("PTZ");
        assertThat(BROWSER.driver().getPageSource()).doesNotContain(PASSWORD);
        BROWSER.open("/admin/camera.xhtml?id=" + id);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("camera:capabilities")));
        assertThat(BROWSER.driver().findElements(By.id("camera:ptz-left"))).as("no PTZ controls without PTZ")
                .isEmpty();
    }

    @Test
    void aCameraWithoutOnvifCannotBeRefreshedAndSaysWhy() {
        long rtsp = SERVER.adminApi().cameras().create(json("name", "RTSP only caps", "connectionType", "rtsp",
                "primaryStreamUrl", "rtsp://127.0.0.1:1/stream")).then().statusCode(201).extract().jsonPath()
                .getLong("id");

        SERVER.asAdmin().post("/api/cameras/{id}/capabilities/refresh", rtsp).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("no ONVIF device service is known for it, and none answered on "
                        + "127.0.0.1 (ports [80, 8000, 2020, 8080, 8899])"));
        assertThat(SERVER.adminApi().cameras().get(rtsp).then().extract().jsonPath().getString("capabilities"))
                .isNull();
        SERVER.asAdmin().post("/api/cameras/{id}/capabilities/refresh", 987_654).then().statusCode(404);
    }

    @Test
    void aCameraAddedByHandFindsItsDeviceServiceOnItsOwnHostWhenRefreshed() {
        OnvifSimulator device = device(LoopbackPorts.free(), "--capabilities", "ptz,imaging");
        long id = SERVER.adminApi().cameras().create(json("name", "Added by hand", "connectionType", "rtsp",
                "primaryStreamUrl", "rtsp://127.0.0.1:1/stream", "snapshotUrl", "http://127.0.0.1:"
                        + device.httpPort() + "/snapshot.jpg", "username", USER, "password", PASSWORD))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        SERVER.asAdmin().post("/api/cameras/{id}/capabilities/refresh", id).then().statusCode(200)
                .body("ptz", org.hamcrest.Matchers.equalTo(true));

        JsonPath camera = SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath();
        assertThat(camera.getString("onvifDeviceUrl")).isEqualTo(device.deviceServiceUrl());
        assertThat(camera.getBoolean("capabilities.imaging")).isTrue();

        SERVER.adminApi().cameras().update(id, json("name", "Added by hand", "connectionType", "rtsp",
                "primaryStreamUrl", "rtsp://127.0.0.2:1/stream", "username", USER, "password", PASSWORD,
                "version", camera.getLong("version"))).then().statusCode(200);
        camera = SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath();
        assertThat(camera.getString("onvifDeviceUrl")).as("moved to another host").isNull();
        assertThat(camera.getString("capabilities")).isNull();
    }

    private static OnvifSimulator device(int httpPort, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--discovery-address", "off", "--http-port",
                String.valueOf(httpPort), "--snapshot-uri", snapshots.url("/snap.jpg")));
        arguments.addAll(List.of(options));
        OnvifSimulator device = OnvifSimulator.onLoopback(USER, PASSWORD, arguments.toArray(String[]::new));
        DEVICES.add(device);
        return device;
    }

    /** Auto-detect with create, as an admin: the camera the device becomes. */
    private static long autoDetect(OnvifSimulator device) {
        Response answer = SERVER.adminApi().discovery().autoDetect(json("ip", "127.0.0.1", "port", device.httpPort(),
                "username", USER, "password", PASSWORD, "create", true));
        answer.then().statusCode(201);
        assertThat(answer.asString()).doesNotContain(PASSWORD);
        return answer.jsonPath().getLong("cameraId");
    }
}
