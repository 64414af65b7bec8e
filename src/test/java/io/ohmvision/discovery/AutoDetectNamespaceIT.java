package io.ohmvision.discovery;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.ohmvision.testing.CameraSubnet;
import io.ohmvision.testing.CameraSubnet.SimulatedCamera;
import io.ohmvision.testing.CameraWebRoot;
import io.ohmvision.testing.FoscamCgiPeer;
import io.ohmvision.testing.LighttpdTestPeer;
import io.ohmvision.testing.LoopbackPorts;
import io.ohmvision.testing.OnvifSimulator;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Auto-detection, ONVIF discovery and batch tests on a running OhmVision against real peers in a /24 of their own
 * (CameraSubnet: a network namespace, one macvlan with its own MAC per camera; needs root):
 * <ul>
 * <li>.20 an ONVIF camera (simulator on port 80) whose profiles point at its own RTSP server (8554,
 * /media/profile1 640x360 and /media/profile2 320x180) and whose snapshot is a JPEG behind HTTP Digest (lighttpd);
 * its MAC block belongs to nobody, and it announces 0.0.0.0 in its XAddrs;</li>
 * <li>.21 a camera without ONVIF in a Hikvision MAC block, serving only Hikvision's paths on 554;</li>
 * <li>.22 a camera in a Dahua MAC block whose password the request gets wrong: its web server (lighttpd) asks for
 * the password before it looks at the path, as many cameras do, while its RTSP server (GStreamer) answers 404 for
 * an unknown path first;</li>
 * <li>.23 an ONVIF device whose clock is an hour ahead, streaming from .20's server (as an encoder would);</li>
 * <li>.24 a Foscam HD camera's CGI on port 88: credentials in the query, refusals as HTTP 200 with result -2.</li>
 * </ul>
 */
class AutoDetectNamespaceIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    private static final String USER = "admin";
    private static final String PASSWORD = "cam-Pw20";
    private static final String OTHER_PASSWORD = "cam-Pw22";

    private static CameraSubnet subnet;
    private static final List<AutoCloseable> PEERS = new ArrayList<>();
    private static OnvifSimulator onvifCamera;
    private static OnvifSimulator skewedCamera;
    private static LighttpdTestPeer snapshots;
    private static FoscamCgiPeer foscam;

    @BeforeAll
    static void buildTheSubnet() throws Exception {
        subnet = CameraSubnet.create(List.of(
                new SimulatedCamera(20, "02:00:5e:00:00:20", List.of()),
                new SimulatedCamera(21, "44:19:b6:00:00:21", List.of()),
                new SimulatedCamera(22, "08:ed:ed:00:00:22", List.of()),
                new SimulatedCamera(23, "02:00:5e:00:00:23", List.of()),
                new SimulatedCamera(24, "02:00:5e:00:00:24", List.of())));
        CameraWebRoot www = start(CameraWebRoot.start());
        // the snapshot is on the camera's own host: a URI a device gives for another host is not followed
        snapshots = start(LighttpdTestPeer.startAt(subnet.inside(), ip(20), 8080, www, LoopbackPorts.free(),
                "camera20", USER, PASSWORD));
        start(RtspTestPeer.startAt(subnet.inside(), ip(20), 8554, true, USER, PASSWORD,
                "/media/profile1=main", "/media/profile2=sub"));
        start(RtspTestPeer.startAt(subnet.inside(), ip(21), 554, true, USER, PASSWORD,
                "/Streaming/Channels/101=main", "/Streaming/Channels/102=sub"));
        start(RtspTestPeer.startAt(subnet.inside(), ip(22), 554, true, USER, OTHER_PASSWORD,
                "/Streaming/Channels/101=main"));
        start(LighttpdTestPeer.startAt(subnet.inside(), ip(22), 80, www, LoopbackPorts.free(), "camera22", USER,
                OTHER_PASSWORD));
        foscam = start(FoscamCgiPeer.inNamespace(subnet.namespace(), ip(24), 88, USER, PASSWORD));
        String profiles = "rtsp://" + ip(20) + ":8554/media/profile";
        onvifCamera = start(OnvifSimulator.inNamespace(subnet.namespace(), ip(20), USER, PASSWORD,
                "--http-port", "80", "--announce-zero", "--snapshot-uri", snapshots.url("/snap.jpg"),
                "--profile", "profile_1,Main,H264,640,360,25," + profiles + "1",
                "--profile", "profile_2,Sub,H264,320,180,10," + profiles + "2"));
        skewedCamera = start(OnvifSimulator.inNamespace(subnet.namespace(), ip(23), USER, PASSWORD,
                "--http-port", "80", "--clock-offset", "3600", "--no-snapshot",
                "--profile", "enc_1,Main,H264,640,360,25," + profiles + "1"));
    }

    private static <T extends AutoCloseable> T start(T peer) {
        PEERS.add(0, peer);
        return peer;
    }

    @AfterAll
    static void removeTheSubnet() throws Exception {
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

    private static Response detect(Object... body) {
        return SERVER.adminApi().discovery().autoDetect(json(body));
    }

    @Test
    void anOnvifCameraIsCreatedWithItsOwnMainSubAndSnapshotInOneCall() {
        Response answer = detect("ip", ip(20), "username", USER, "password", PASSWORD, "create", true,
                "name", "Gate 20");

        answer.then().statusCode(201);
        JsonPath report = answer.jsonPath();
        assertThat(answer.asString()).doesNotContain(PASSWORD);
        assertThat(report.getList("openPorts", Integer.class)).contains(80, 8554);
        assertThat(report.getString("onvif.outcome")).isEqualTo("OK");
        assertThat(report.getString("main.url")).isEqualTo("rtsp://" + ip(20) + ":8554/media/profile1");
        assertThat(report.getString("main.source")).isEqualTo("onvif");
        assertThat(report.getInt("main.width")).isEqualTo(640);
        assertThat(report.getString("main.why")).contains("highest resolution");
        assertThat(report.getString("sub.url")).isEqualTo("rtsp://" + ip(20) + ":8554/media/profile2");
        assertThat(report.getInt("sub.width")).isEqualTo(320);
        assertThat(report.getString("snapshot.url")).isEqualTo(snapshots.url("/snap.jpg"));
        assertThat(report.getString("summary")).matches("\\d+ candidates: 3 OK, .*");
        assertThat(report.getList("candidates.rank", Integer.class)).startsWith(1, 2, 3);
        assertThat(report.getList("candidates.maskedUrl", String.class))
                .allMatch(url -> !url.contains(PASSWORD) && (url.contains("://admin:***@")
                        || url.matches(".*[?&](user|usr)=admin&(password|pwd)=\\*\\*\\*")));
        assertThat(report.getString("lockout")).isNull();

        long id = report.getLong("cameraId");
        assertThat(answer.header("Location")).endsWith("/api/cameras/" + id);
        JsonPath camera = SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath();
        assertThat(camera.getString("name")).isEqualTo("Gate 20");
        assertThat(camera.getString("primaryStreamUrl")).isEqualTo("rtsp://" + ip(20) + ":8554/media/profile1");
        assertThat(camera.getString("secondaryStreamUrl")).isEqualTo("rtsp://" + ip(20) + ":8554/media/profile2");
        assertThat(camera.getString("snapshotUrl")).isEqualTo(snapshots.url("/snap.jpg"));
        assertThat(camera.getString("model")).isEqualTo("SIM-1000");
        assertThat(camera.getBoolean("hasPassword")).isTrue();
        SERVER.adminApi().cameras().probe(id).then().statusCode(200)
                .body("result.outcome", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("OK")));
    }

    @Test
    void aCameraWithoutOnvifIsFoundThroughTheTemplatesOfItsMacVendor() {
        JsonPath report = detect("ip", ip(21), "username", USER, "password", PASSWORD).then().statusCode(200)
                .extract().jsonPath();

        assertThat(report.getString("onvif.outcome")).isNull();
        assertThat(report.getString("manufacturer")).isEqualTo("hikvision");
        assertThat(report.getList("manufacturerEvidence", String.class)).anyMatch(e -> e.contains("mac-oui"));
        assertThat(report.getString("main.url")).isEqualTo("rtsp://" + ip(21) + ":554/Streaming/Channels/101");
        assertThat(report.getString("main.source")).isEqualTo("vendor");
        assertThat(report.getString("sub.url")).isEqualTo("rtsp://" + ip(21) + ":554/Streaming/Channels/102");
        assertThat(report.getString("snapshot.url")).isNull();
        assertThat(report.getString("summary")).matches("\\d+ candidates: 2 OK, .*\\d+ not found.*");
        assertThat(report.getList("candidates.outcome", String.class)).doesNotContain("AUTH_FAILED", "NOT_TRIED");
        assertThat(report.getLong("tookMillis")).isLessThan(10_000);
    }

    @Test
    void aWrongPasswordStopsGuessingAfterThreeRefusalsAndCreatesNothing() {
        long camerasBefore = cameraCount();

        // the operator names the maker, which pins the candidate order: otherwise templates that worked on other
        // devices of the shared server come first, and the device's refusals could all fall at the list's end
        JsonPath report = detect("ip", ip(22), "username", USER, "password", PASSWORD, "manufacturer", "hikvision",
                "create", true).then().statusCode(200).extract().jsonPath();

        // its web server asks for the password even for ONVIF's time of day: not taken for ONVIF, no attempt spent
        assertThat(report.getString("onvif.outcome")).isNull();
        List<String> outcomes = report.getList("candidates.outcome", String.class);
        assertThat(outcomes.stream().filter("AUTH_FAILED"::equals)).hasSize(3);
        // the RTSP server's 404s (path checked before the password) cost no attempt; guessing went on until 3
        assertThat(outcomes.stream().filter(o -> !o.equals("AUTH_FAILED") && !o.equals("NOT_TRIED")))
                .containsOnly("NOT_FOUND");
        assertThat(outcomes).as("outcomes of %s", report.getList("candidates.maskedUrl")).endsWith("NOT_TRIED");
        assertThat(report.getString("lockout")).contains("guessing stopped after 3 wrong-password answers");
        assertThat(report.getString("summary")).matches("\\d+ candidates: 3 wrong password, .*\\d+ not tried");
        assertThat(report.getString("main.url")).isNull();
        assertThat(report.getString("cameraId")).isNull();
        assertThat(report.getString("saving")).startsWith("nothing stored");
        assertThat(cameraCount()).isEqualTo(camerasBefore);
    }

    /** Foscam's CGI takes the credentials in its query: tried with them, stored without them, masked in the report. */
    @Test
    void aCameraTakingCredentialsInTheQueryIsCreatedWithThemStoredApart() {
        Response answer = detect("ip", ip(24), "username", USER, "password", PASSWORD, "manufacturer", "foscam",
                "create", true, "name", "Foscam 24");

        answer.then().statusCode(201);
        assertThat(answer.asString()).doesNotContain(PASSWORD);
        JsonPath report = answer.jsonPath();
        assertThat(report.getString("snapshot.url")).isEqualTo(foscam.storedSnapshotUrl());
        assertThat(report.getList("candidates.maskedUrl", String.class))
                .contains(foscam.storedSnapshotUrl().replace("usr=&pwd=", "usr=admin&pwd=***"));
        JsonPath camera = SERVER.adminApi().cameras().get(report.getLong("cameraId")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(camera.getString("snapshotUrl")).isEqualTo(foscam.storedSnapshotUrl());
        assertThat(camera.getBoolean("hasPassword")).isTrue();
        SERVER.adminApi().cameras().probe(report.getLong("cameraId")).then().statusCode(200)
                .body("find { it.role == 'SNAPSHOT' }.result.outcome", equalTo("OK"));
    }

    /** Foscam refuses a wrong password with HTTP 200 and result -2: a refusal the lockout guard counts. */
    @Test
    void foscamsRefusalInA200CountsAsAWrongPassword() {
        JsonPath report = detect("ip", ip(24), "username", USER, "password", OTHER_PASSWORD, "manufacturer", "foscam")
                .then().statusCode(200).extract().jsonPath();

        String snapshot = "candidates.find { it.maskedUrl.contains('cmd=snapPicture2') }";
        assertThat(report.getString(snapshot + ".outcome")).isEqualTo("AUTH_FAILED");
        assertThat(report.getString(snapshot + ".reason")).contains("CGI result -2");
        assertThat(report.getString("summary")).contains("wrong password");
    }

    @Test
    void aDeviceClockAnHourAheadIsCorrectedAndReported() {
        JsonPath report = detect("ip", ip(23), "username", USER, "password", PASSWORD).then().statusCode(200)
                .extract().jsonPath();

        assertThat(report.getString("onvif.outcome")).isEqualTo("OK");
        assertThat(report.getString("onvif.reason")).contains("device clock 3600 s ahead");
        // its one profile streams from another camera's host: reported, never tried
        assertThat(report.getList("onvif.notFollowed", String.class)).singleElement().asString()
                .contains("rtsp://" + ip(20) + ":8554/media/profile1", "another host");
        assertThat(report.getString("main.url")).isNull();
    }

    @Test
    void onvifDevicesAreFoundByMulticastOnTheTestLinkOnlyAndByUnicast() {
        JsonPath onLink = discover("interfaces", List.of(subnet.hostInterface()), "windowMs", 1500,
                "username", USER, "password", PASSWORD).then().statusCode(200).extract().jsonPath();
        assertThat(onLink.getList("endpoint", String.class))
                .containsExactlyInAnyOrder(onvifCamera.endpoint(), skewedCamera.endpoint());
        Map<String, Object> first = onLink.getMap("find { it.address == '" + ip(20) + "' }");
        assertThat(first.get("outcome")).isEqualTo("OK");
        assertThat(first.get("xaddrs")).isEqualTo(List.of(onvifCamera.deviceServiceUrl()));
        assertThat(onLink.getList("find { it.address == '" + ip(20) + "' }.profiles.streamUri", String.class))
                .containsExactly("rtsp://" + ip(20) + ":8554/media/profile1",
                        "rtsp://" + ip(20) + ":8554/media/profile2");

        JsonPath onLoopback = discover("interfaces", List.of("lo"), "windowMs", 800).then().statusCode(200)
                .extract().jsonPath();
        assertThat(onLoopback.getList("endpoint", String.class))
                .doesNotContain(onvifCamera.endpoint(), skewedCamera.endpoint());

        JsonPath unicast = discover("addresses", List.of(ip(23)), "windowMs", 800, "username", USER,
                "password", "wrong").then().statusCode(200).extract().jsonPath();
        assertThat(unicast.getList("endpoint", String.class)).containsExactly(skewedCamera.endpoint());
        assertThat(unicast.getString("[0].outcome")).isEqualTo("AUTH_FAILED");
        assertThat(unicast.getList("[0].profiles")).isEmpty();
    }

    @Test
    void aBatchTestsStoredCamerasAndDevicesAndSaysWhichWork() {
        long id = detect("ip", ip(21), "username", USER, "password", PASSWORD, "create", true).then().statusCode(201)
                .extract().jsonPath().getLong("cameraId");

        JsonPath batch = SERVER.adminApi().discovery().batchTest(json("cameraIds", List.of(id),
                        "devices", List.of(Map.of("ip", ip(22), "username", USER, "password", PASSWORD))))
                .then().statusCode(200).extract().jsonPath();

        assertThat(batch.getString("summary")).isEqualTo("2 tested: 1 working, 1 failing");
        assertThat(batch.getLong("results[0].cameraId")).isEqualTo(id);
        assertThat(batch.getBoolean("results[0].working")).isTrue();
        assertThat(batch.getList("results[0].checks.outcome", String.class)).containsExactly("OK", "OK");
        assertThat(batch.getString("results[1].address")).isEqualTo(ip(22));
        assertThat(batch.getBoolean("results[1].working")).isFalse();
        assertThat(batch.getString("results[1].summary")).contains("wrong password").contains("lockout");
    }

    @Test
    void anExistingCameraIsUpdatedInPlaceAndOnlyAdminsMayStoreCredentials() {
        long id = SERVER.adminApi().cameras().create(json("name", "Yard 20", "ipAddress", ip(20)))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String operator = "op-" + System.nanoTime();
        SERVER.adminApi().users().create(json("username", operator, "password", "operator-Pw-1", "role", "operator"))
                .then().statusCode(201);

        SERVER.apiAs(operator, "operator-Pw-1")
                .discovery().autoDetect(json("ip", ip(20), "username", USER, "password", PASSWORD, "cameraId", id))
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Only admins may store camera credentials"));

        JsonPath report = detect("ip", ip(20), "username", USER, "password", PASSWORD, "cameraId", id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("cameraId")).isEqualTo(id);
        assertThat(report.getString("saving")).isEqualTo("updated camera " + id);
        JsonPath camera = SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath();
        assertThat(camera.getString("name")).isEqualTo("Yard 20");
        assertThat(camera.getString("primaryStreamUrl")).isEqualTo("rtsp://" + ip(20) + ":8554/media/profile1");
        assertThat(camera.getString("secondaryStreamUrl")).isEqualTo("rtsp://" + ip(20) + ":8554/media/profile2");
        assertThat(camera.getBoolean("hasPassword")).isTrue();
        detect("ip", ip(20), "cameraId", 987_654_321).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsRefusedWithAProblemBeforeAnythingIsSent() {
        discover("interfaces", List.of("nosuch0")).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no network interface named 'nosuch0'"));
        discover("addresses", List.of("203.0.113.9")).then().statusCode(400)
                .body("detail", containsString("not on a subnet of this host"));
        discover("interfaces", List.of("lo"), "windowMs", 60_000).then().statusCode(400)
                .body("detail", containsString("windowMs must be within"));
        discover().then().statusCode(400).body("detail", containsString("at least one interface"));

        detect("ip", "203.0.113.9", "username", USER, "password", PASSWORD).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not on a subnet"));
        detect("ip", "not-an-ip").then().statusCode(400).body("detail", containsString("not an IPv4 address"));
        detect("ip", ip(21), "manufacturer", "acme").then().statusCode(400)
                .body("detail", containsString("not in the catalogue"));
        detect("ip", ip(21), "create", true, "cameraId", 1).then().statusCode(400)
                .body("detail", containsString("not both"));

        SERVER.adminApi().discovery().batchTest(json("cameraIds", LongStream.rangeClosed(1, 51).boxed().toList()))
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("at most 50"));
        SERVER.adminApi().discovery().batchTest(json("cameraIds", List.of()))
                .then().statusCode(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheNewEndpoints() {
        JsonPath document = SERVER.anonymous().get("/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(document.getMap("paths")).containsKeys("/api/discovery/auto-detect",
                "/api/discovery/onvif/discover", "/api/discovery/batch-test");
        assertThat(document.getMap("components.schemas")).containsKeys("AutoDetectRequest", "AutoDetectReport",
                "AutoDetectCandidate", "AutoDetectChannel", "OnvifDiscoveryRequest", "DiscoveredDevice",
                "BatchTestRequest", "BatchTestReport");
        for (String path : List.of("'/api/discovery/auto-detect'", "'/api/discovery/onvif/discover'",
                "'/api/discovery/batch-test'")) {
            assertThat(document.getMap("paths." + path + ".post.responses")).as(path)
                    .containsKeys("200", "400", "401", "403", "413");
            assertThat(document.getMap("paths." + path + ".post.responses.'200'.content.'application/json'.examples"))
                    .as(path).isNotEmpty();
        }
        assertThat(document.getString("paths.'/api/discovery/auto-detect'.post.description"))
                .contains("Lockout protection");
    }

    private static Response discover(Object... body) {
        return SERVER.adminApi().discovery().discoverOnvif(json(body));
    }

    private static long cameraCount() {
        return SERVER.adminApi().cameras().list().then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
    }
}
