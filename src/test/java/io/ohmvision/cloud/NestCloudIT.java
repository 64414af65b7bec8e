package io.ohmvision.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.ohmvision.testing.NestSdmStandIn;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Google Nest cameras through the SDM API, against a local server answering in Google's formats, whose RTSP
 * stream URLs point at a real RTSP server: the stream is generated once, extended before it expires, and checked by
 * the RTSP probe; a WebRTC-only camera is checked by a signalling round; expired access tokens, rate limits and
 * server errors are ridden out; a refused refresh token waits for new credentials; no token ever shows.
 */
class NestCloudIT {

    static final NestSdmStandIn GOOGLE = NestSdmStandIn.start();

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.monitoringOnH2("nest-h2")
            .withEnvironment("OHMVISION_CLOUD_NEST_TOKEN_URL", GOOGLE.tokenUrl().toString())
            .withEnvironment("OHMVISION_CLOUD_NEST_API_URL", GOOGLE.apiUrl().toString())
            .withEnvironment("OHMVISION_CLOUD_NEST_RENEW_BEFORE", "PT6S");

    static RtspTestPeer relay;

    @BeforeAll
    static void startRelay() {
        relay = RtspTestPeer.startWithoutAuthentication();
        GOOGLE.streamFrom(relay.url("/main"));
        GOOGLE.streamLifetime(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        relay.close();
        GOOGLE.close();
    }

    private static String cloudConfig(String refreshToken) {
        return "{\"clientId\": \"" + NestSdmStandIn.CLIENT_ID + "\", \"clientSecret\": \""
                + NestSdmStandIn.CLIENT_SECRET + "\", \"refreshToken\": \"" + refreshToken + "\"}";
    }

    private static String camera(String name, String device, String refreshToken) {
        return "{\"name\": \"" + name + "\", \"connectionType\": \"cloud_api\", \"manufacturer\": \"google-nest\", "
                + "\"primaryStreamUrl\": \"nest://" + NestSdmStandIn.PROJECT + "/" + device + "\", "
                + "\"cloudConfig\": " + cloudConfig(refreshToken) + "}";
    }

    private static long register(String name, String device, String refreshToken) {
        String body = SERVER.adminApi().cameras().create(camera(name, device, refreshToken)).then()
                .statusCode(201).extract().asString();
        assertNoSecret(body);
        return JsonPath.from(body).getLong("id");
    }

    private static void assertNoSecret(String text) {
        assertThat(text).doesNotContain(NestSdmStandIn.REFRESH_TOKEN).doesNotContain(NestSdmStandIn.CLIENT_SECRET)
                .doesNotContain("g.0.").doesNotContain("ya29.").doesNotContain("auth=");
    }

    @Test
    void aProjectsCamerasAreListedWithTheUrlsToRegisterThem() {
        List<String> urls = SERVER.adminApi().cloud().nestDevices("{\"projectId\": \"" + NestSdmStandIn.PROJECT + "\", "
                        + cloudConfig(NestSdmStandIn.REFRESH_TOKEN).substring(1))
                .then().statusCode(200).extract().jsonPath()
                .getList("primaryStreamUrl");
        assertThat(urls).containsExactly("nest://" + NestSdmStandIn.PROJECT + "/" + NestSdmStandIn.RTSP_DEVICE,
                "nest://" + NestSdmStandIn.PROJECT + "/" + NestSdmStandIn.WEBRTC_DEVICE);
        SERVER.adminApi().cloud().nestDevices("{\"projectId\": \"" + NestSdmStandIn.PROJECT + "\", "
                        + cloudConfig("1//0g-revoked").substring(1))
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", containsString("AUTH_FAILED")).body("detail", not(containsString("1//0g")));
    }

    @Test
    void anRtspCameraKeepsOneStreamExtendedBeforeItExpiresAndRidesOutTokenExpiryAndRateLimits() {
        long id = register("Nest front door", NestSdmStandIn.RTSP_DEVICE, NestSdmStandIn.REFRESH_TOKEN);
        awaitOnline(id);
        JsonPath probe = SERVER.adminApi().cameras().probe(id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(probe.getString("[0].result.channel")).isEqualTo("CLOUD_API");
        assertThat(probe.getString("[0].result.outcome")).isEqualTo("OK");
        assertThat(probe.getString("[0].result.reason")).startsWith("RTSP stream from the SDM API");
        assertThat(probe.getInt("[0].result.media.width")).isEqualTo(640);

        // streams live 10 s here and are extended with less than 6 s left: checks every 2 s keep one stream alive
        await().atMost(Duration.ofSeconds(40)).until(() ->
                GOOGLE.count("sdm.devices.commands.CameraLiveStream.ExtendRtspStream") >= 2);
        assertThat(GOOGLE.count("sdm.devices.commands.CameraLiveStream.GenerateRtspStream")).isLessThanOrEqualTo(2);

        long tokens = GOOGLE.count("POST /token");
        GOOGLE.revokeAccessTokens();
        await().atMost(Duration.ofSeconds(20)).until(() -> GOOGLE.count("POST /token") > tokens);
        GOOGLE.failNext(429, 503);
        long before = GOOGLE.requests().size();
        await().atMost(Duration.ofSeconds(20)).until(() -> GOOGLE.requests().size() > before + 4);
        assertThat(level(id)).isIn("excellent", "good", "fair", "poor");

        assertNoSecret(SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().asString());
        assertNoSecret(SERVER.adminApi().health().camera(id).then().statusCode(200).extract().asString());
        assertNoSecret(SERVER.payara().allLogs());
    }

    @Test
    void aWebRtcOnlyCameraIsCheckedByASignallingRound() {
        long id = register("Nest garage", NestSdmStandIn.WEBRTC_DEVICE, NestSdmStandIn.REFRESH_TOKEN);
        awaitOnline(id);
        assertThat(GOOGLE.requests()).contains("sdm.devices.commands.CameraLiveStream.GenerateWebRtcStream",
                "sdm.devices.commands.CameraLiveStream.StopWebRtcStream");
        assertThat(SERVER.adminApi().health().camera(id).then().extract().jsonPath().getString("reason"))
                .startsWith("WebRTC answer from the SDM API");
    }

    @Test
    void aRefusedRefreshTokenWaitsForNewCloudSettings() {
        long id = register("Nest revoked", NestSdmStandIn.RTSP_DEVICE, "1//0g-revoked");
        await().atMost(Duration.ofSeconds(45)).until(() -> "offline".equals(level(id)));
        JsonPath health = SERVER.adminApi().health().camera(id).then().extract().jsonPath();
        assertThat(health.getString("cause")).isEqualTo("AUTH_FAILED");
        assertThat(health.getString("reason")).contains("invalid_grant").doesNotContain("1//0g");

        long version = SERVER.adminApi().cameras().get(id).then().extract().jsonPath().getLong("version");
        String fixed = camera("Nest revoked", NestSdmStandIn.RTSP_DEVICE, NestSdmStandIn.REFRESH_TOKEN);
        SERVER.adminApi().cameras()
                .update(id, fixed.substring(0, fixed.length() - 1) + ", \"version\": " + version + "}")
                .then().statusCode(200);
        awaitOnline(id);
    }

    @Test
    void autoDetectListsTheProjectsCamerasAndRegistersTheChosenOne() {
        String credentials = cloudConfig(NestSdmStandIn.REFRESH_TOKEN);
        String project = "\"connectionType\": \"nest\", \"projectId\": \"" + NestSdmStandIn.PROJECT + "\", "
                + credentials.substring(1, credentials.length() - 1);
        String listed = SERVER.adminApi().discovery().autoDetect("{" + project + "}")
                .then().statusCode(200).extract().asString();
        assertNoSecret(listed);
        JsonPath report = JsonPath.from(listed);
        assertThat(report.getString("provider")).isEqualTo("google-nest");
        assertThat(report.getList("candidates.deviceId")).containsExactly(NestSdmStandIn.RTSP_DEVICE,
                NestSdmStandIn.WEBRTC_DEVICE);
        assertThat(report.getList("candidates.protocols").get(0).toString()).contains("RTSP");

        io.restassured.response.Response created = SERVER.adminApi().discovery()
                .autoDetect("{" + project + ", \"create\": true, \"deviceId\": \"" + NestSdmStandIn.RTSP_DEVICE
                        + "\", \"name\": \"Nest detected\"}");
        created.then().statusCode(201);
        assertNoSecret(created.asString());
        long id = created.jsonPath().getLong("cameraId");
        assertThat(created.header("Location")).endsWith("/api/cameras/" + id);
        JsonPath camera = SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath();
        assertThat(camera.getString("connectionType")).isEqualTo("cloud_api");
        assertThat(camera.getString("primaryStreamUrl")).isEqualTo("nest://" + NestSdmStandIn.PROJECT + "/"
                + NestSdmStandIn.RTSP_DEVICE);
        awaitOnline(id);
        assertThat(SERVER.adminApi().health().cameras().then().statusCode(200).extract().jsonPath()
                .getString("find { it.cameraId == " + id + " }.connectionType")).isEqualTo("cloud_api");
        assertThat(SERVER.adminApi().health().status().then().statusCode(200).extract().jsonPath()
                .getInt("cameras")).isGreaterThanOrEqualTo(1);

        SERVER.adminApi().discovery().autoDetect("{" + project + ", \"create\": true, "
                + "\"deviceId\": \"no-such-device\"}").then().statusCode(400)
                .contentType("application/problem+json");
        SERVER.adminApi().discovery().autoDetect("{\"connectionType\": \"nest\", \"projectId\": \""
                        + NestSdmStandIn.PROJECT + "\", " + cloudConfig("1//0g-revoked").substring(1))
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", not(containsString("1//0g")));
    }

    @Test
    void theOpenApiDocumentDescribesCloudCameras() {
        JsonPath document = SERVER.anonymous().accept(ContentType.JSON).get("/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(document.getMap("paths")).containsKey("/api/cloud/nest/devices");
        // auto-detect's webhook and cloud kinds: their answers, examples and refusals
        assertThat(document.getMap("components.schemas")).containsKeys("WebhookDetectReport", "NestDetectReport",
                "AutoDetectReport", "NestCameraView");
        String detect = "paths.'/api/discovery/auto-detect'.post";
        assertThat(document.getString(detect + ".description")).contains("connectionType webhook")
                .contains("connectionType cloud_api");
        assertThat(document.getMap(detect + ".responses.'200'.content.'application/json'.examples"))
                .containsKeys("hikvision", "webhook", "nest");
        assertThat(document.getMap(detect + ".responses.'201'.content.'application/json'.examples"))
                .containsKeys("recorder", "webhook");
        assertThat(document.getMap(detect + ".responses")).containsKeys("400", "401", "403", "404", "413", "502");
        assertThat(document.getMap("components.schemas.AutoDetectRequest.properties")).containsKeys(
                "connectionType", "projectId", "clientId", "clientSecret", "refreshToken", "deviceId");
    }

    private static String level(long id) {
        return SERVER.adminApi().health().camera(id).then().extract().jsonPath().getString("level");
    }

    private static void awaitOnline(long id) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> List.of("excellent", "good", "fair", "poor").contains(level(id)));
    }
}
