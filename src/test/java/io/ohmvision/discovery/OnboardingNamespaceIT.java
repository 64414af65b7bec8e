package io.ohmvision.discovery;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.ohmvision.testing.CameraSubnet;
import io.ohmvision.testing.ChromeBrowser;
import io.ohmvision.testing.CameraSubnet.SimulatedCamera;
import io.ohmvision.testing.CameraWebRoot;
import io.ohmvision.testing.LighttpdTestPeer;
import io.ohmvision.testing.LoopbackPorts;
import io.ohmvision.testing.OnvifSimulator;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A whole site onboarded on a running OhmVision, against real peers in a /24 of their own (CameraSubnet: a network
 * namespace, one macvlan with its own MAC per camera; needs root):
 * <ul>
 * <li>.30 an ONVIF device (simulator on port 80, WS-Discovery) whose profiles point at its own RTSP server (8554,
 * Digest);</li>
 * <li>.31 an RTSP camera with Digest auth and no ONVIF, in a Hikvision MAC block, serving Hikvision's paths on 554;</li>
 * <li>.32 an HTTP snapshot camera (lighttpd asking for Digest) in an Axis MAC block, serving Axis's JPEG path;</li>
 * <li>.33 a recorder: an RTSP server with Digest in a Hikvision MAC block serving three channels on Hikvision's
 * paths.</li>
 * </ul>
 * Addresses and MACs differ from AutoDetectNamespaceIT's, whose cameras stay on the shared server: onboarding would
 * rightly offer those as updates.
 * The credentials list has a wrong one first. The tests run in order: they are one onboarding story, ending with the
 * console's wizard (headless Chromium).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingNamespaceIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    @RegisterExtension
    static final ChromeBrowser BROWSER = new ChromeBrowser(SERVER);

    private static final String USER = "admin";
    private static final String PASSWORD = "site-Pw-31";
    private static final String WRONG_PASSWORD = "site-Wrong-17";
    private static final List<Map<String, String>> CREDENTIALS = List.of(
            Map.of("username", USER, "password", WRONG_PASSWORD), Map.of("username", USER, "password", PASSWORD));
    private static final Duration DETECTION_BUDGET = Duration.ofMinutes(3);

    private static CameraSubnet subnet;
    private static final List<AutoCloseable> PEERS = new ArrayList<>();
    private static OnvifSimulator onvifDevice;
    private static String operator;
    private static long onvifCameraId;
    private static long snapshotCameraId;

    @BeforeAll
    static void buildTheSite() throws Exception {
        subnet = CameraSubnet.create(List.of(
                new SimulatedCamera(30, "02:00:5e:00:00:30", List.of()),
                new SimulatedCamera(31, "44:19:b6:00:00:31", List.of()),
                new SimulatedCamera(32, "00:40:8c:00:00:32", List.of()),
                new SimulatedCamera(33, "44:19:b6:00:00:33", List.of())));
        CameraWebRoot www = start(CameraWebRoot.start());
        // Axis's snapshot path on the camera's web server
        Files.createDirectories(www.directory().resolve("jpg"));
        Files.createSymbolicLink(www.directory().resolve("jpg/image.jpg"), Path.of("../snap.jpg"));
        start(RtspTestPeer.startAt(subnet.inside(), ip(30), 8554, true, USER, PASSWORD,
                "/media/profile1=main", "/media/profile2=sub"));
        String profiles = "rtsp://" + ip(30) + ":8554/media/profile";
        onvifDevice = start(OnvifSimulator.inNamespace(subnet.namespace(), ip(30), USER, PASSWORD,
                "--http-port", "80", "--no-snapshot",
                "--profile", "profile_1,Main,H264,640,360,25," + profiles + "1",
                "--profile", "profile_2,Sub,H264,320,180,10," + profiles + "2"));
        start(RtspTestPeer.startAt(subnet.inside(), ip(31), 554, true, USER, PASSWORD,
                "/Streaming/Channels/101=main", "/Streaming/Channels/102=sub"));
        start(LighttpdTestPeer.startAt(subnet.inside(), ip(32), 80, www, LoopbackPorts.free(), "camera32", USER,
                PASSWORD));
        start(RtspTestPeer.startAt(subnet.inside(), ip(33), 554, true, USER, PASSWORD,
                "/Streaming/Channels/101=main", "/Streaming/Channels/102=sub", "/Streaming/Channels/201=sub",
                "/Streaming/Channels/301=sub"));
        operator = "onboarding-op-" + System.nanoTime();
        SERVER.adminApi().users().create(json("username", operator, "password", "operator-Pw-1", "role", "operator"))
                .then().statusCode(201);
    }

    private static <T extends AutoCloseable> T start(T peer) {
        PEERS.add(0, peer);
        return peer;
    }

    @AfterAll
    static void removeTheSite() throws Exception {
        for (AutoCloseable peer : PEERS) {
            peer.close();
        }
        if (subnet != null) {
            subnet.close();
        }
    }

    private static String ip(int lastOctet) {
        return subnet.address(lastOctet);
    }

    /** Starts an onboarding of the subnet and waits until it is ready for a choice. */
    private static JsonPath onboardTheSite() {
        Response started = SERVER.adminApi().discovery().startOnboarding(json("cidrs", List.of(subnet.cidr()),
                "credentials", CREDENTIALS));
        started.then().statusCode(202);
        String id = started.jsonPath().getString("id");
        assertThat(started.header("Location")).endsWith("/api/discovery/onboarding/" + id);
        assertThat(started.jsonPath().getString("phase")).isEqualTo("scanning");
        JsonPath[] ready = new JsonPath[1];
        await().atMost(DETECTION_BUDGET).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Response answer = SERVER.adminApi().discovery().onboarding(id);
            answer.then().statusCode(200);
            assertThat(answer.asString()).doesNotContain(PASSWORD, WRONG_PASSWORD);
            ready[0] = answer.jsonPath();
            assertThat(ready[0].getString("phase")).isNotEqualTo("failed");
            return ready[0].getString("phase").equals("ready");
        });
        return ready[0];
    }

    private static Map<String, Object> device(JsonPath job, int lastOctet) {
        return job.getMap("devices.find { it.address == '" + ip(lastOctet) + "' }");
    }

    private static String at(JsonPath job, int lastOctet, String path) {
        return job.getString("devices.find { it.address == '" + ip(lastOctet) + "' }." + path);
    }

    private static List<Long> camerasAt(int lastOctet) {
        return SERVER.adminApi().cameras().list("size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.ipAddress == '" + ip(lastOctet) + "' }.id", Long.class);
    }

    @Test
    @Order(1)
    void everyDeviceIsFoundAndDetectedAndAWrongCredentialFirstDoesNotStopTheRightOne() {
        JsonPath job = onboardTheSite();

        assertThat(job.getInt("percent")).isEqualTo(100);
        assertThat(job.getInt("credentialsGiven")).isEqualTo(2);
        assertThat(job.getList("devices.address", String.class))
                .containsExactlyInAnyOrder(ip(30), ip(31), ip(32), ip(33));
        assertThat(job.getInt("devicesDetected")).isEqualTo(4);

        assertThat(at(job, 30, "onvifEndpoint")).isEqualTo(onvifDevice.endpoint());
        assertThat(at(job, 30, "mac")).isEqualToIgnoringCase("02:00:5e:00:00:30");
        assertThat(at(job, 30, "model")).isEqualTo("SIM-1000");
        assertThat(at(job, 30, "main.url")).isEqualTo("rtsp://" + ip(30) + ":8554/media/profile1");
        assertThat(at(job, 30, "sub.url")).isEqualTo("rtsp://" + ip(30) + ":8554/media/profile2");

        assertThat(at(job, 31, "onvifEndpoint")).isNull();
        assertThat(at(job, 31, "mac")).isEqualToIgnoringCase("44:19:b6:00:00:31");
        assertThat(at(job, 31, "manufacturer")).isEqualTo("hikvision");
        assertThat(at(job, 31, "main.url")).isEqualTo("rtsp://" + ip(31) + ":554/Streaming/Channels/101");

        assertThat(at(job, 32, "manufacturer")).isEqualTo("axis");
        assertThat(at(job, 32, "main.url")).isNull();
        assertThat(at(job, 32, "snapshot.url")).startsWith("http://" + ip(32));

        for (int device : List.of(30, 31, 32)) {
            assertThat(at(job, device, "credentialIndex")).as("device .%d", device).isEqualTo("1");
            assertThat(at(job, device, "refusals")).as("the wrong credential cost .%d one refusal", device)
                    .isEqualTo("1");
            assertThat(at(job, device, "lockedOut")).isEqualTo("false");
            assertThat(at(job, device, "proposal.action")).isEqualTo("create");
            assertThat(at(job, device, "proposal.kind")).isEqualTo("camera");
        }
        assertThat(at(job, 32, "proposal.primaryStreamUrl")).isEqualTo(at(job, 32, "snapshot.url"));
        assertThat(at(job, 33, "credentialIndex")).isEqualTo("1");
        assertThat(at(job, 33, "proposal.action")).isEqualTo("create");
        assertThat(at(job, 33, "proposal.kind")).as("recognised as a recorder").isEqualTo("recorder");
        assertThat(job.getList("devices.find { it.address == '" + ip(33) + "' }.proposal.channels.number"))
                .hasSize(3);
        assertThat(at(job, 30, "proposal.name")).isEqualTo("SIM-1000 " + ip(30));
    }

    @Test
    @Order(2)
    void applyCreatesExactlyTheChosenCamerasInOneGoAndOnlyAdminsStoreCredentials() {
        JsonPath job = onboardTheSite();
        String id = job.getString("id");

        SERVER.apiAs(operator, "operator-Pw-1").discovery().applyOnboarding(id, json("devices", List.of(ip(30))))
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Only admins may store camera credentials"));
        SERVER.adminApi().discovery().applyOnboarding(id, json("devices", List.of(ip(30), "203.0.113.9")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not a device this onboarding found"));
        assertThat(camerasAt(30)).as("refused applies store nothing").isEmpty();

        Response applied = SERVER.adminApi().discovery().applyOnboarding(id, json("devices", List.of(ip(30), ip(32))));
        applied.then().statusCode(200).body("phase", org.hamcrest.Matchers.equalTo("applied"));
        assertThat(applied.asString()).doesNotContain(PASSWORD, WRONG_PASSWORD);

        assertThat(camerasAt(30)).hasSize(1);
        assertThat(camerasAt(32)).hasSize(1);
        assertThat(camerasAt(31)).as("not chosen").isEmpty();
        onvifCameraId = camerasAt(30).get(0);
        snapshotCameraId = camerasAt(32).get(0);
        assertThat(applied.jsonPath().getString("devices.find { it.address == '" + ip(30) + "' }.applied"))
                .isEqualTo("created camera " + onvifCameraId);

        JsonPath onvifCamera = SERVER.adminApi().cameras().get(onvifCameraId).then().statusCode(200).extract()
                .jsonPath();
        assertThat(onvifCamera.getString("primaryStreamUrl")).isEqualTo("rtsp://" + ip(30) + ":8554/media/profile1");
        assertThat(onvifCamera.getString("macAddress")).isEqualToIgnoringCase("02:00:5e:00:00:30");
        assertThat(onvifCamera.getBoolean("hasPassword")).isTrue();
        JsonPath snapshotCamera = SERVER.adminApi().cameras().get(snapshotCameraId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(snapshotCamera.getString("connectionType")).isEqualTo("http");
        assertThat(snapshotCamera.getString("primaryStreamUrl")).startsWith("http://" + ip(32));
        SERVER.adminApi().cameras().probe(snapshotCameraId).then().statusCode(200)
                .body("result.outcome", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("OK")));

        SERVER.adminApi().discovery().applyOnboarding(id, json("devices", List.of(ip(31))))
                .then().statusCode(409).body("detail", containsString("applied already"));
    }

    @Test
    @Order(3)
    void aSecondOnboardingOffersTheRegisteredCamerasAsUpdatesAndNeverDuplicatesThem() {
        JsonPath job = onboardTheSite();

        assertThat(at(job, 30, "proposal.action")).isEqualTo("update");
        assertThat(at(job, 30, "proposal.existingId")).isEqualTo(String.valueOf(onvifCameraId));
        assertThat(at(job, 30, "proposal.matchedBy")).isEqualTo("mac");
        assertThat(at(job, 32, "proposal.action")).isEqualTo("update");
        assertThat(at(job, 32, "proposal.existingId")).isEqualTo(String.valueOf(snapshotCameraId));
        assertThat(at(job, 31, "proposal.action")).isEqualTo("create");
        assertThat(device(job, 31)).isNotNull();

        SERVER.adminApi().discovery().applyOnboarding(job.getString("id"), json("devices",
                List.of(ip(30), ip(31), ip(32), ip(33)))).then().statusCode(200);

        assertThat(camerasAt(30)).containsExactly(onvifCameraId);
        assertThat(camerasAt(32)).containsExactly(snapshotCameraId);
        assertThat(camerasAt(31)).hasSize(1);
        JsonPath recorders = SERVER.adminApi().recorders().list().then().statusCode(200).extract().jsonPath();
        assertThat(recorders.getList("findAll { it.ipAddress == '" + ip(33) + "' }")).as("one recorder stored")
                .hasSize(1);
        assertThat(recorders.getList("find { it.ipAddress == '" + ip(33) + "' }.channels")).hasSize(3);
        assertThat(camerasAt(33)).as("its channels are cameras").hasSize(3);
    }

    @Test
    @Order(4)
    void theConsoleWizardShowsProgressAndAReviewAndAppliesTheTickedDevice() {
        BROWSER.signIn("admin", RunningServer.ADMIN_PASSWORD);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("nav-onboarding"))).click();
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("onboarding:cidrs")));
        BROWSER.type(By.id("onboarding:cidrs"), subnet.cidr());
        BROWSER.type(By.id("onboarding:credentials:0:username"), USER);
        BROWSER.type(By.id("onboarding:credentials:0:password"), PASSWORD);
        BROWSER.driver().findElement(By.id("onboarding:start")).click();
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("onboarding:onboarding-progress")));
        BROWSER.await(DETECTION_BUDGET, ExpectedConditions.textToBePresentInElementLocated(
                By.id("onboarding-state"), "ready"));
        assertThat(BROWSER.driver().findElement(By.id("onboarding:onboarding-progress")).getText()).contains("100");

        WebElement row = BROWSER.driver().findElement(By.xpath(
                "//tbody[@id='onboarding:devices_data']/tr[td[normalize-space()='" + ip(31) + "']]"));
        assertThat(row.getText()).contains("update camera");
        row.findElement(By.cssSelector(".ui-chkbox-box")).click();
        BROWSER.driver().findElement(By.id("onboarding:apply")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("onboarding:devices"),
                "updated camera"));

        assertThat(camerasAt(31)).hasSize(1);
        assertThat(BROWSER.driver().getPageSource()).doesNotContain(PASSWORD);
        assertThat(BROWSER.driver().findElement(By.id("onboarding:credentials:0:password")).getAttribute("value"))
                .isEmpty();
    }

    @Test
    @Order(5)
    void aCancelledOnboardingStopsWhereItStandsAndCanNeitherBeAppliedNorCancelledAgain() {
        Response started = SERVER.adminApi().discovery().startOnboarding(json("cidrs", List.of(subnet.cidr()),
                "credentials", CREDENTIALS));
        started.then().statusCode(202);
        String id = started.jsonPath().getString("id");

        SERVER.apiAs(operator, "operator-Pw-1").discovery().cancelOnboarding(id).then().statusCode(200)
                .body("phase", org.hamcrest.Matchers.equalTo("cancelled"));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                SERVER.adminApi().discovery().onboarding(id).then().statusCode(200)
                        .body("phase", org.hamcrest.Matchers.equalTo("cancelled")));
        SERVER.adminApi().discovery().applyOnboarding(id, json("devices", List.of(ip(30)))).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("cancelled"));
        SERVER.adminApi().discovery().cancelOnboarding(id).then().statusCode(409)
                .body("detail", containsString("is cancelled"));
        SERVER.adminApi().discovery().cancelOnboarding("no-such-job").then().statusCode(404);
    }

    @Test
    @Order(6)
    void badRequestsAreRefusedWithAProblem() {
        SERVER.adminApi().discovery().startOnboarding(json("cidrs", List.of("203.0.113.0/24")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not a subnet of this host"));
        SERVER.adminApi().discovery().startOnboarding(json("cidrs", List.of(subnet.cidr()), "credentials",
                List.of(Map.of("username", USER, "pasword", PASSWORD)))).then().statusCode(400)
                .contentType("application/problem+json");
        SERVER.adminApi().discovery().onboarding("no-such-job").then().statusCode(404)
                .body("detail", containsString("member that started them"));
    }
}
